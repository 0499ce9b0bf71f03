// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalog } from '../../scripts/flows/allFlows';
import { searchFlows } from '../../src/engine/catalog/searchFlows';

/**
 * The words staff really type, against the whole catalogue. The home page searches the
 * procedures only: « Autre problème » (the fallback) is never a result, it is always offered
 * apart, under « Vous ne trouvez pas votre problème ? ». So a query no procedure answers must
 * find nothing here; the person then sees « Aucune procédure ne correspond » and that link.
 */
const procedures = catalog.filter((entry) => entry.fallback !== true);

function ids(query: string): string[] {
  return searchFlows(procedures, query).map((entry) => entry.id);
}

/** Query, the procedure that must come first, and why it helps when it is not obvious. */
const firsts: [query: string, flow: string][] = [
  // Network: the FAQ's checks (cable, Wi-Fi) then a ticket with the socket number.
  ['je n’ai plus internet', 'network-connection'],
  ['internet ne marche plus', 'network-connection'],
  ['pas de réseau', 'network-connection'],
  ['wifi marche pas', 'network-connection'],
  ['wiffi', 'network-connection'],
  ['Wi-Fi', 'network-connection'],
  // eduroam is a Wi-Fi network: the same checks (Wi-Fi on, the right network) apply.
  ['eduroam', 'network-connection'],
  ['eduroam ne marche pas', 'network-connection'],
  ['câble réseau débranché', 'network-connection'],
  ['prise reseau morte', 'network-connection'],
  ['connection', 'network-connection'],
  ['conexion internet', 'network-connection'],
  // Teams and Office 365: the only procedure about them.
  ['tems ne marche pas', 'office365-reassociation'],
  ['teams se déconnecte', 'office365-reassociation'],
  ['Teams ne s’ouvre plus', 'office365-reassociation'],
  ['team', 'office365-reassociation'],
  ['outlook', 'office365-reassociation'],
  ['outlok', 'office365-reassociation'],
  ['onedrive', 'office365-reassociation'],
  ['one drive', 'office365-reassociation'],
  ['o365', 'office365-reassociation'],
  ['ofice', 'office365-reassociation'],
  ['word ne s’ouvre plus', 'office365-reassociation'],
  ['désolé nous avons rencontré un problème', 'office365-reassociation'],
  // End of activity: how long the e-mail stays, and the extension.
  ['mon mail après mon départ', 'account-suspension'],
  ['courriel après mon départ', 'account-suspension'],
  ['garder mon mail', 'account-suspension'],
  ['départ à la retraite', 'account-suspension'],
  ['fin de mon contrat', 'account-suspension'],
  ['prolonger mon compte', 'account-suspension'],
  ['mutation', 'account-suspension'],
  ['compte suspendu', 'account-suspension'],
  // Its first question is « Pouvez-vous encore vous connecter ? », with « mon compte est suspendu ».
  ['compte bloqué', 'account-suspension'],
  // Lists: the FAQ says there is no generic account, only a list, and the flow says so.
  ['liste de diffusion', 'distribution-lists'],
  ['liste de difusion', 'distribution-lists'],
  ['adresse générique', 'distribution-lists'],
  ['mailing list', 'distribution-lists'],
  ['liste de distribution', 'distribution-lists'],
  ['boite fonctionnelle', 'distribution-lists'],
  ['boîte mail partagée', 'distribution-lists'],
  ['créer une liste', 'distribution-lists'],
  // Guest accounts, one from the ENT or several for an event.
  ['invité colloque', 'guest-accounts'],
  ['comptes invites', 'guest-accounts'],
  ['wifi pour un invité', 'guest-accounts'],
  ['accès wifi visiteur', 'guest-accounts'],
  ['séminaire', 'guest-accounts'],
  ['UM-NET', 'guest-accounts'],
  // Location in the Centre de Services, phone number through the HR services.
  ['changer de bureau', 'service-center-profile'],
  ['déménagement', 'service-center-profile'],
  ['num de tel', 'service-center-profile'],
  ['mauvais numéro dans l’annuaire', 'service-center-profile'],
  ['batiment', 'service-center-profile'],
];

/** No procedure helps: no password reset, no printer, no software, no VPN… */
const nothing = [
  'mdp',
  'mdp oublié',
  'mot de passe oublié',
  'password',
  'imprimante',
  'problème d’imprimante',
  'scanner',
  'écran noir',
  'ordinateur lent',
  'clé usb',
  'installer un logiciel',
  'virus',
  'vpn',
  'moodle',
  'souris',
];

describe('search with the words staff type', () => {
  it('holds at least 40 queries', () => {
    expect(firsts.length + nothing.length).toBeGreaterThanOrEqual(40);
  });

  it.each(firsts)('« %s » puts %s first', (query, flow) => {
    expect(ids(query)[0]).toBe(flow);
  });

  it.each(nothing)('« %s » finds no procedure', (query) => {
    expect(ids(query)).toEqual([]);
  });

  it('finds both e-mail procedures, and only them, for « courriel »', () => {
    expect(ids('courriel').sort()).toEqual(['account-suspension', 'distribution-lists']);
  });

  it('does not read « tems » as « temps », a word of the suspension procedure', () => {
    expect(ids('tems')).toEqual(['office365-reassociation']);
  });
});
