import * as z from 'zod/mini';
import { matomoSchema } from './matomoSchema.ts';
import { settingsSchema } from './settingsSchema.ts';

/**
 * `deploiement.json` as the build reads and checks it: the app's settings, and Matomo's when
 * the DSIN measures its audience. The build hands them to the app apart (scripts/build/settingsPlugin.ts).
 */
export const deploymentSchema = z.extend(settingsSchema, { matomo: z.optional(matomoSchema) });
export type Deployment = z.infer<typeof deploymentSchema>;
