import * as z from 'zod/mini';

/**
 * The DSIN's deployment settings (`deploiement.json`), read and checked when the app is built.
 * Every value the FAQ does not give is empty by default: the app then leaves out what needs it
 * (no e-mail button without a recipient, no link without an address) instead of inventing it.
 * Each check is one pattern with its own French message, which names what to write.
 */

const url = '(https://[^\\s"<>]+)';
const httpsUrl = z
  .string()
  .check(z.regex(new RegExp(`^${url}$`), 'une adresse web commençant par https:// est attendue'));

/** What a setting left empty means: nothing is shown that would need it. */
const orEmpty = (pattern: string, message: string) =>
  z._default(z.string().check(z.regex(new RegExp(`^(${pattern})?$`), message)), '');

/** A French number as dialled: 10 digits, or +33 and 9 digits; spaces and dots allowed. */
export const frenchPhone = '(0|\\+33 ?)[1-9]([ .]?[0-9]{2}){4}';

const words = (fallback: string) => z._default(z.string().check(z.maxLength(300)), fallback);

export const settingsSchema = z.strictObject({
  /** Where people open the Centre de Services: the ENT, whose public address is known. */
  serviceCenterUrl: z._default(httpsUrl, 'https://ent.umontpellier.fr'),
  /** The way there in words, shown next to the link. */
  serviceCenterPath: words('ENT → Assistance → Centre de Services'),
  /**
   * Direct links into the Centre de Services, keyed by what a ticket step names as its target:
   * a catalogue entry, a category or a domain (« Création de listes de diffusion »).
   */
  serviceCenterLinks: z._default(z.record(z.string().check(z.minLength(1)), httpsUrl), {}),
  /** How long an answer usually takes, in words (« sous deux jours ouvrés »); empty: not said. */
  responseTime: words(''),
  /** An address that opens a ticket at the helpdesk; empty: no e-mail button. */
  helpdeskEmail: orEmpty(
    '[^\\s@<>"?&]+@[^\\s@<>"?&]+\\.[^\\s@<>"?&]+',
    'laissez vide, ou écrivez une adresse e-mail (nom@domaine.fr)',
  ),
  /** The public « formulaire de demande d'assistance », for people who cannot log in. */
  assistanceFormUrl: orEmpty(url, 'laissez vide, ou écrivez une adresse commençant par https://'),
  /** The helpdesk's phone number and when it answers; empty: not shown. */
  phoneNumber: orEmpty(
    frenchPhone,
    'laissez vide, ou écrivez un numéro à 10 chiffres (04 00 00 00 00 ou +33 4 00 00 00 00)',
  ),
  phoneHours: words(''),
  /** Hours a session stays in the browser after its last change, so the person can resume it. */
  sessionRetentionHours: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(720)), 24),
});
export type Settings = z.infer<typeof settingsSchema>;
