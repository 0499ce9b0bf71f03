import checked from 'virtual:settings';
import type { Settings } from './settingsSchema';

/** The deployment settings, checked at build time (scripts/build/readSettings.ts, with settingsSchema). */
export const settings: Settings = checked;
