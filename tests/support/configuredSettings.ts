import { settingsSchema } from '../../src/settings/settingsSchema';
import filled from './deploiement.test.json';

/**
 * Settings as a DSIN deployment might fill them, for tests of what appears once an address is
 * given: the jsdom tests mock the settings with them, and the browser tests run a second build
 * made with the same file (`dist-reglages/`). Every address is on a reserved `.example` name.
 */
export const configuredSettings = settingsSchema.parse(filled);

export const configuredSettingsFile = 'tests/support/deploiement.test.json';
