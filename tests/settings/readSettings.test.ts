// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../scripts/build/readSettings';
import { settingsSchema } from '../../src/settings/settingsSchema';

const root = path.resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(path.join(tmpdir(), 'reglages-'));

function file(content: string): string {
  const name = path.join(folder, `${String(Math.random()).slice(2)}.json`);
  writeFileSync(name, content);
  return name;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the deployment settings', () => {
  it('ship with only what the FAQ or the university’s public site gives', () => {
    const settings = readSettings(path.join(root, 'deploiement.json'));
    expect(settings).toEqual(settingsSchema.parse({}));
    expect(settings).toEqual({
      serviceCenterUrl: 'https://ent.umontpellier.fr',
      serviceCenterPath: 'ENT → Assistance → Centre de Services',
      serviceCenterLinks: {},
      responseTime: '',
      helpdeskEmail: '',
      assistanceFormUrl: '',
      phoneNumber: '',
      phoneHours: '',
      sessionRetentionHours: 24,
    });
  });

  it('fall back to every default when the file is absent', () => {
    expect(readSettings(path.join(folder, 'absent.json'))).toEqual(settingsSchema.parse({}));
  });

  it('refuse a file named by DEPLOIEMENT that does not exist', () => {
    vi.stubEnv('DEPLOIEMENT', 'ailleurs.json');
    expect(() => readSettings(path.join(folder, 'ailleurs.json'))).toThrow(
      /ailleurs\.json : fichier introuvable \(DEPLOIEMENT le désigne\)/,
    );
  });

  it('say in French when the file is not JSON', () => {
    expect(() => readSettings(file('{ "helpdeskEmail": "a@b.fr", }'))).toThrow(
      /: ce n'est pas du JSON valide .*Vérifiez les guillemets et les virgules\./,
    );
  });

  it('name every wrong setting with what to write', () => {
    const wrong = file(
      JSON.stringify({
        serviceCenterUrl: 'http://ent.umontpellier.fr',
        helpdeskEmail: 'assistance',
        assistanceFormUrl: 'javascript:alert(1)',
        phoneNumber: '12',
        sessionRetentionHours: 0,
        serviceCenterLinks: { 'Ressources Humaines': 'ftp://rh' },
        helpdesk: 'typo',
      }),
    );
    let message = '';
    try {
      readSettings(wrong);
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message.split('\n')).toEqual([
      `${path.basename(wrong)} : réglages de déploiement invalides.`,
      '- réglage serviceCenterUrl : une adresse web commençant par https:// est attendue',
      '- réglage serviceCenterLinks.Ressources Humaines : une adresse web commençant par https:// est attendue',
      '- réglage helpdeskEmail : laissez vide, ou écrivez une adresse e-mail (nom@domaine.fr)',
      '- réglage assistanceFormUrl : laissez vide, ou écrivez une adresse commençant par https://',
      '- réglage phoneNumber : laissez vide, ou écrivez un numéro à 10 chiffres (04 00 00 00 00 ou +33 4 00 00 00 00)',
      '- réglage sessionRetentionHours : doit valoir au moins 1',
      '- réglage inconnu : helpdesk (faute de frappe ? Les réglages sont : serviceCenterUrl, serviceCenterPath, serviceCenterLinks, responseTime, helpdeskEmail, assistanceFormUrl, phoneNumber, phoneHours, sessionRetentionHours, matomo)',
      'Chaque réglage est décrit dans le README, section « Déployer pour la DSIN ».',
    ]);
  });

  it('accept what a deployment fills in', () => {
    const filled = {
      serviceCenterUrl: 'https://centre-de-services.example/',
      helpdeskEmail: 'assistance@dsin.example',
      assistanceFormUrl: 'https://dsin.example/formulaire',
      phoneNumber: '+33 4 00 00 00 00',
      phoneHours: 'de 8 h 30 à 17 h',
      sessionRetentionHours: 1,
    };
    expect(readSettings(file(JSON.stringify(filled)))).toMatchObject(filled);
  });

  it('check Matomo’s settings, which only a build that measures has', () => {
    const matomo = { url: 'https://stats.example/', siteId: 3 };
    expect(readSettings(file(JSON.stringify({ matomo }))).matomo).toEqual({
      ...matomo,
      searchQueries: false,
      dimensions: {},
    });
    expect(readSettings(file('{}')).matomo).toBeUndefined();
    expect(() =>
      readSettings(
        file(JSON.stringify({ matomo: { url: 'http://stats.example/', siteId: 0, idsite: 3 } })),
      ),
    ).toThrow(
      [
        '- réglage matomo.url : l’adresse du serveur Matomo, commençant par https://, est attendue',
        '- réglage matomo.siteId : doit valoir au moins 1',
        '- réglage matomo : propriété inconnue : idsite (faute de frappe ?)',
      ].join('\n'),
    );
  });
});
