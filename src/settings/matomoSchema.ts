import * as z from 'zod/mini';

/**
 * The Matomo server: https, or a loopback address for the tests' recorder (127.0.0.1 or
 * localhost, which never leaves the machine).
 */
const matomoUrl = z
  .string()
  .check(
    z.regex(
      /^(https:\/\/[^\s"<>?#]+|http:\/\/(127\.0\.0\.1|localhost)(:[0-9]{1,5})?(\/[^\s"<>?#]*)?)$/,
      'l’adresse du serveur Matomo, commençant par https://, est attendue',
    ),
  );

/** A Custom Dimension's id, as Matomo numbers them when they are created. */
const dimensionId = z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(999)));

/**
 * Audience measurement with the DSIN's Matomo (README, « Mesure d'audience »). Kept apart from
 * the other settings: only the measurement's own chunk parses it, so the home page's download
 * does not carry it, and a build without it does not even contain the measurement's code.
 */
export const matomoSchema = z.strictObject({
  /** The Matomo server's address; requests go to its `matomo.php`. */
  url: matomoUrl,
  /** The site's id in Matomo (« Administration → Sites web → Gérer »). */
  siteId: z.number().check(z.int(), z.minimum(1)),
  /**
   * Send what people type in the search box (Matomo's site search). Off by default: the text
   * is free and may hold anything; only its length and whether it found a procedure are sent.
   */
  searchQueries: z._default(z.boolean(), false),
  /** Action-scope Custom Dimensions to fill, by their id in Matomo: the procedure, its version. */
  dimensions: z._default(z.strictObject({ procedure: dimensionId, version: dimensionId }), {}),
});
export type MatomoSettings = z.infer<typeof matomoSchema>;
