import raw from 'virtual:settings';
import { settingsSchema, type Settings } from './settingsSchema';

/** The deployment settings, checked at build time and parsed again here, as any outside data. */
export const settings: Settings = settingsSchema.parse(raw);
