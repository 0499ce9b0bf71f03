// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalog as fullCatalog } from '../../../scripts/flows/allFlows';
import type { CatalogEntry } from '../../../src/engine/catalog/catalogEntry';

// The algorithm is tested on two real flows that stay put; each flow's own tests check that
// its users' words find it first in the whole catalogue.
const catalog = fullCatalog.filter((entry) =>
  ['network-connection', 'other-problem'].includes(entry.id),
);
import { searchFlows, searchTokens } from '../../../src/engine/catalog/searchFlows';
import { inEnglish } from '../../../src/engine/catalog/englishCatalog';
import type { EnglishCatalog } from '../../../src/engine/catalog/englishCatalogSchema';

/** Ids of the flows found, best first. */
function ids(entries: readonly CatalogEntry[], query: string): string[] {
  return searchFlows(entries, query).map((entry) => entry.id);
}

/** A hand-made entry whose words are all given, so a test controls where each word is found. */
function entry(id: string, words: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id,
    title: 'Procédure',
    description: 'Une procédure.',
    category: 'Divers',
    keywords: ['divers'],
    symptoms: [],
    ...words,
  };
}

describe('searchTokens', () => {
  it('lowercases, removes accents, punctuation and stop words, and joins hyphenated words', () => {
    expect(searchTokens("Les Câbles réseaux d'ÉCRAN, GPS & bus : Wi-Fi 5G ?")).toEqual([
      'cables',
      'reseaux',
      'ecran',
      'gps',
      'bus',
      'wifi',
      '5g',
    ]);
  });

  it('drops the words that say nothing about which problem it is', () => {
    expect(searchTokens('Problème : le wifi ne marche pas, ne fonctionne plus, en panne')).toEqual([
      'wifi',
    ]);
  });

  it('reads a typographic apostrophe as a separator', () => {
    expect(searchTokens('demande d’aide')).toEqual(['demande', 'aide']);
  });

  it('returns nothing for blanks and stop words', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('  ?! ')).toEqual([]);
    expect(searchTokens('je ne trouve pas le réseau')).toEqual(['trouve', 'reseau']);
  });
});

describe('searchFlows on the real catalogue', () => {
  it('holds the two flows these tests rely on, in this order', () => {
    expect(catalog.map((flow) => flow.id)).toEqual(['network-connection', 'other-problem']);
  });

  it.each(['RÉSEAU', 'reseau', 'Réseau', 'réseaux', 'RESEAUX'])(
    'ignores case, accents and plurals: %s',
    (query) => {
      expect(ids(catalog, query)).toEqual(['network-connection']);
    },
  );

  it.each(['internet', 'câble', 'cable', 'câbles', 'wifi', 'Wi-Fi', 'ethernet', "pas d'internet"])(
    'finds the network flow for %s',
    (query) => {
      expect(ids(catalog, query)).toEqual(['network-connection']);
    },
  );

  it.each(['autre', 'ticket', 'assistance', 'demande d’aide', 'procédures'])(
    'finds the fallback flow for %s',
    (query) => {
      expect(ids(catalog, query)).toEqual(['other-problem']);
    },
  );

  it.each([
    ['reseu', 'a missing letter'],
    ['rseau', 'a missing letter at the start'],
    ['resaau', 'a wrong letter'],
    ['intenret', 'two swapped letters'],
    ['cabel', 'two swapped letters'],
    ['reseua', 'two swapped letters at the end'],
  ])('tolerates one typo in a word of 4 to 7 letters: %s (%s)', (query) => {
    expect(ids(catalog, query)).toEqual(['network-connection']);
  });

  it('tolerates two typos in a word of 8 letters or more', () => {
    expect(ids(catalog, 'ehternte')).toEqual(['network-connection']);
    expect(ids(catalog, 'conexxion')).toEqual(['network-connection']);
  });

  it('does not tolerate two typos in a word of fewer than 8 letters', () => {
    expect(ids(catalog, 'rzseu')).toEqual([]);
    expect(ids(catalog, 'cbael')).toEqual([]);
  });

  it('finds a flow while a word is being typed', () => {
    expect(ids(catalog, 'conn')).toEqual(['network-connection']);
    expect(ids(catalog, 'connex')).toEqual(['network-connection']);
    expect(ids(catalog, 'wif')).toEqual(['network-connection']);
    expect(ids(catalog, 'assis')).toEqual(['other-problem']);
  });

  it('does not complete a word from one or two letters', () => {
    expect(ids(catalog, 'co')).toEqual([]);
    expect(ids(catalog, 'te')).toEqual([]); // not « in »: a stop word in English
  });

  it('does not fuzzy-match words of fewer than 4 letters', () => {
    expect(ids(catalog, 'pc')).toEqual([]);
    expect(ids(catalog, 'wfi')).toEqual([]);
    expect(ids(catalog, 'box')).toEqual([]);
  });

  it('returns every flow, in catalogue order, for an empty or stop-words-only query', () => {
    for (const query of ['', '   ', '?!', 'le la de', "qu'on ne l'est pas"]) {
      const found = searchFlows(catalog, query);
      expect(found).toEqual(catalog);
      expect(found).not.toBe(catalog);
    }
  });

  it('returns nothing when no word matches', () => {
    expect(searchFlows(catalog, 'imprimante')).toEqual([]);
    expect(searchFlows(catalog, 'xyz')).toEqual([]);
    expect(searchFlows(catalog, 'écran bleu')).toEqual([]);
  });

  it('keeps a flow that matches only some of the words', () => {
    expect(ids(catalog, 'réseau imprimante')).toEqual(['network-connection']);
  });

  it('reads « problème » as saying nothing: every flow, as for an empty query', () => {
    expect(ids(catalog, 'problème')).toEqual(['network-connection', 'other-problem']);
    expect(ids(catalog, 'problème de réseau')).toEqual(['network-connection']);
  });
});

describe('searchFlows ranking', () => {
  it('puts a flow matching two words before one matching one, whatever the order', () => {
    const printer = entry('printer', {
      title: 'Imprimante en panne',
      keywords: ['imprimante'],
    });
    const paperJam = entry('paper-jam', {
      description: 'Une imprimante avec du papier coincé.',
    });
    // The jam flow scores less (two description words, 1 + 1) than the printer flow
    // (one title word, 3): the number of words matched decides first.
    expect(ids([printer, paperJam], 'imprimante papier')).toEqual(['paper-jam', 'printer']);
    expect(ids([paperJam, printer], 'imprimante papier')).toEqual(['paper-jam', 'printer']);
  });

  it('puts a match in the title or keywords before one in the symptoms, then the description', () => {
    const inDescription = entry('description', { description: 'Le clavier ne répond plus.' });
    const inCategory = entry('category', { category: 'Clavier et souris' });
    const inSymptoms = entry('symptoms', { symptoms: ['clavier bloqué'] });
    const inKeywords = entry('keywords', { keywords: ['clavier'] });
    const inTitle = entry('title', { title: 'Clavier' });
    const entries = [inDescription, inCategory, inSymptoms, inKeywords, inTitle];
    // Title and keywords weigh 3, symptoms 2, category and description 1; ties keep the list order.
    expect(ids(entries, 'clavier')).toEqual([
      'keywords',
      'title',
      'symptoms',
      'description',
      'category',
    ]);
  });

  it('puts an exact word before a word being typed', () => {
    const prefix = entry('prefix', { keywords: ['portable'] });
    const exact = entry('exact', { keywords: ['port'] });
    expect(ids([prefix, exact], 'port')).toEqual(['exact', 'prefix']);
  });

  it('takes a word found in some flow as meant, never as a typo of another word', () => {
    const fort = entry('fort', { keywords: ['fort'] });
    const port = entry('port', { keywords: ['port'] });
    expect(ids([fort, port], 'port')).toEqual(['port']);
    expect(ids([fort, port], 'fort')).toEqual(['fort']);
    // Found nowhere, « pott » is a typo: of « port » only, « fort » is two letters away.
    expect(ids([fort, port], 'pott')).toEqual(['port']);
  });

  it('puts the nearer correction first', () => {
    const twoTypos = entry('two', { keywords: ['imprimerie'] });
    const oneTypo = entry('one', { keywords: ['imprimante'] });
    expect(ids([twoTypos, oneTypo], 'imprimente')).toEqual(['one', 'two']);
  });

  it('corrects toward the words an author chose, not the prose of a description', () => {
    const suspension = entry('suspension', { description: 'Combien de temps votre e-mail…' });
    const teams = entry('teams', { keywords: ['Teams'] });
    expect(ids([suspension, teams], 'tems')).toEqual(['teams']);
    expect(ids([suspension], 'tems')).toEqual([]);
    expect(ids([suspension, teams], 'temps')).toEqual(['suspension']);
  });

  it('does not correct a word into one of fewer than 4 letters', () => {
    const portal = entry('portal', { keywords: ['ENT'] });
    expect(ids([portal], 'lent')).toEqual([]);
    expect(ids([portal], 'ent')).toEqual(['portal']);
  });

  it('finds a hyphenated word typed whole, in parts or with its hyphen', () => {
    const mail = entry('mail', { keywords: ['e-mail'] });
    for (const query of ['e-mail', 'email', 'mail', 'E-MAILS']) {
      expect(ids([mail], query)).toEqual(['mail']);
    }
    const wifi = entry('wifi', { keywords: ['wifi'] });
    expect(ids([wifi], 'Wi-Fi')).toEqual(['wifi']);
  });

  it('reads a feminine or plural ending as the same word', () => {
    const guest = entry('guest', { keywords: ['invité'] });
    for (const query of ['invitée', 'invités', 'INVITEES', 'invite']) {
      expect(ids([guest], query)).toEqual(['guest']);
    }
  });

  it('keeps the catalogue order between equal matches', () => {
    const first = entry('first', { title: 'Souris' });
    const second = entry('second', { title: 'Souris sans fil' });
    expect(ids([first, second], 'souris')).toEqual(['first', 'second']);
    expect(ids([second, first], 'souris')).toEqual(['second', 'first']);
  });

  it('counts a word typed twice once', () => {
    const black = entry('black', { title: 'Noir' });
    const screen = entry('screen', { title: 'Écran' });
    // Both match one distinct word in the title: a tie, so the list order stays.
    expect(ids([black, screen], 'écran écran noir')).toEqual(['black', 'screen']);
  });

  it('matches a short word only when typed exactly', () => {
    const pc = entry('pc', { keywords: ['PC'] });
    const mac = entry('mac', { keywords: ['Mac'] });
    expect(ids([pc, mac], 'pc')).toEqual(['pc']);
    expect(ids([pc, mac], 'PC')).toEqual(['pc']);
    expect(ids([pc, mac], 'pa')).toEqual([]);
    expect(ids([pc, mac], 'mak')).toEqual([]);
    expect(ids([pc, mac], 'mac')).toEqual(['mac']);
  });
});

describe('searchFlows in either language', () => {
  const network = entry('network', {
    title: 'Connexion au réseau',
    keywords: ['réseau', 'câble', 'internet'],
  });
  const printer = entry('printer', { title: 'Imprimante', keywords: ['imprimante'] });
  const english: EnglishCatalog = {
    categories: { Divers: 'Miscellaneous' },
    flows: {
      network: {
        title: 'Network connection',
        description: 'No network at the office.',
        keywords: ['network', 'cable', 'ethernet'],
        symptoms: ['no internet'],
      },
    },
  };
  const both = [printer, network];

  it('finds a flow by its English words once the English catalogue is given', () => {
    expect(ids(both, 'ethernet')).toEqual([]);
    expect(searchFlows(both, 'ethernet', english)).toEqual([network]);
    expect(searchFlows(both, 'my network cable doesn’t work', english)).toEqual([network]);
  });

  it('still finds it by its French words, in English mode too', () => {
    expect(searchFlows(both, 'câble réseau', english)).toEqual([network]);
    expect(searchFlows(both, 'imprimante', english)).toEqual([printer]);
  });

  it('corrects a typo in an English word', () => {
    expect(searchFlows(both, 'etherent', english)).toEqual([network]);
  });

  it('drops the English words that say nothing about which problem it is', () => {
    expect(searchTokens("My Wi-Fi doesn't work, how can I fix the problem?")).toEqual([
      'wifi',
      'fix',
    ]);
  });

  it('reads an entry in English, French where it has none', () => {
    expect(inEnglish(network, english)).toMatchObject({
      id: 'network',
      title: 'Network connection',
      category: 'Miscellaneous',
    });
    expect(inEnglish(printer, english)).toMatchObject({
      title: 'Imprimante',
      category: 'Miscellaneous',
    });
  });
});
