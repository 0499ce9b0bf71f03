import { deploymentSchema } from '../../src/settings/deploymentSchema';
import filled from './deploiement.test.json';

/**
 * Settings as a DSIN deployment might fill them, for tests of what appears once an address is
 * given: the jsdom tests mock the settings with them, and the browser tests run a second build
 * made with the same file (`dist-reglages/`). Every address is on a reserved `.example` name.
 */
const { matomo, ...settings } = deploymentSchema.parse(filled);
export const configuredSettings = settings;

/** The Matomo of that build: the tests' recorder on 127.0.0.1 (tests/browser/support/matomoRecorder.ts). */
export const configuredMatomo = matomo;

export const configuredSettingsFile = 'tests/support/deploiement.test.json';
