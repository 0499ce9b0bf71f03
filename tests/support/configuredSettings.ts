import { settingsSchema } from '../../src/settings/settingsSchema';

/**
 * Settings as a DSIN deployment might fill them, for tests of what appears once an address is
 * given. Every address here is a test value on reserved `.test` and `.example` names, never
 * shown as the university's.
 */
export const configuredSettings = settingsSchema.parse({
  serviceCenterUrl: 'https://centre-de-services.example/',
  serviceCenterPath: 'ENT → Assistance → Centre de Services',
  serviceCenterLinks: {
    'Création de listes de diffusion': 'https://centre-de-services.example/catalogue/listes',
    'Ressources Humaines': 'https://centre-de-services.example/rh',
  },
  responseTime: 'sous deux jours ouvrés',
  helpdeskEmail: 'assistance@dsin.example',
  assistanceFormUrl: 'https://dsin.example/formulaire-assistance',
  phoneNumber: '04 00 00 00 00',
  phoneHours: 'du lundi au vendredi, de 8 h 30 à 17 h',
  sessionRetentionHours: 12,
});
