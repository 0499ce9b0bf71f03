// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typeset } from '../../../src/engine/text/typeset';

/** Spaces made visible, so a failure shows which space is where. */
const shown = (text: string) => text.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '°');

function expectTypeset(text: string, expected: string) {
  expect(shown(typeset(text))).toBe(shown(expected));
}

describe('typeset: French punctuation', () => {
  it('puts a narrow no-break space before ; : ? ! in place of the ordinary one', () => {
    expectTypeset('Besoin d’aide ?', 'Besoin d’aide\u202f?');
    expectTypeset('Attention !', 'Attention\u202f!');
    expectTypeset('Objet : réseau ; prise B12', 'Objet\u202f: réseau\u202f; prise B12');
    expectTypeset('Quoi ?!', 'Quoi\u202f?!');
  });

  it('replaces any run of spaces, no-break ones included, by one narrow no-break space', () => {
    expectTypeset('Vraiment   ?', 'Vraiment\u202f?');
    expectTypeset('Vraiment\u00a0?', 'Vraiment\u202f?');
    expectTypeset('Vraiment \u202f?', 'Vraiment\u202f?');
  });

  it('adds none where the author wrote none: times, ratios, shortcuts stay as written', () => {
    for (const text of ['Réunion à 8:30', 'à 12:00?', 'fe80::1', 'C:\\Users', 'Ctrl+?', 'a!b'])
      expectTypeset(text, text);
  });

  it('leaves a space that follows a line break or starts the text', () => {
    expectTypeset('? seul', '? seul');
    expectTypeset('ligne\n ?', 'ligne\n ?');
  });

  it('sets a narrow no-break space inside « », written or not', () => {
    expectTypeset(
      'la vignette « Gestion de compte »',
      'la vignette «\u202fGestion de compte\u202f»',
    );
    expectTypeset('«Accès»', '«\u202fAccès\u202f»');
    expectTypeset('« Désolé » :', '«\u202fDésolé\u202f»\u202f:');
    expectTypeset('« « ouvert » Wifi »', '«\u202f«\u202fouvert\u202f» Wifi\u202f»');
  });
});

describe('typeset: numbers', () => {
  it('keeps digit groups together: phone numbers and thousands', () => {
    expectTypeset('+33 4 67 14 30 30', '+33\u00a04\u00a067\u00a014\u00a030\u00a030');
    expectTypeset('04 67 14 30 30', '04\u00a067\u00a014\u00a030\u00a030');
    expectTypeset('10 000 comptes', '10\u00a0000 comptes');
  });

  it('keeps a number with its unit', () => {
    expectTypeset('8 h', '8\u00a0h');
    expectTypeset('de 8 h 30 à 17 h', 'de 8\u00a0h\u00a030 à 17\u00a0h');
    expectTypeset(
      '12 mois, 60 jours, 1 an, 2 semaines',
      '12\u00a0mois, 60\u00a0jours, 1\u00a0an, 2\u00a0semaines',
    );
    expectTypeset('50 Go', '50\u00a0Go');
    expectTypeset('10 %', '10\u00a0%');
  });

  it('lets other words after a number break the line', () => {
    for (const text of ['Windows 10 ou 11', 'entre 2 et 999', '3 ordinateurs', '8 heuristiques'])
      expectTypeset(text, text);
  });

  it('keeps an author’s narrow no-break space in a number', () => {
    expectTypeset('10\u202f000', '10\u202f000');
  });
});

describe('typeset: apostrophes', () => {
  it('turns an apostrophe between letters into ’', () => {
    expectTypeset("l'ENT, aujourd'hui, qu'à", 'l’ENT, aujourd’hui, qu’à');
  });

  it('leaves straight quotes around a word alone', () => {
    expectTypeset("tapez 'cmd' puis Entrée", "tapez 'cmd' puis Entrée");
  });
});

describe('typeset: addresses stay as written', () => {
  it('never touches a web address or an e-mail address', () => {
    expectTypeset(
      "Voir https://ent.umontpellier.fr/l'aide?x=1 : c'est là.",
      "Voir https://ent.umontpellier.fr/l'aide?x=1\u202f: c’est là.",
    );
    expectTypeset(
      "Écrivez à jean.o'brien@umontpellier.fr !",
      "Écrivez à jean.o'brien@umontpellier.fr\u202f!",
    );
    expectTypeset('« www.umontpellier.fr »', '«\u202fwww.umontpellier.fr\u202f»');
    expectTypeset('mailto:a@b.fr ?', 'mailto:a@b.fr\u202f?');
  });

  it('keeps every address of any text, whatever surrounds it', () => {
    const addresses = fc.constantFrom(
      "https://ent.umontpellier.fr/l'aide?a=1&b=2",
      'https://a.fr/x:y',
      "d'artagnan@umontpellier.fr",
      'www.umontpellier.fr/8 h',
    );
    fc.assert(
      fc.property(prose, addresses, prose, (before, address, after) => {
        expect(typeset(`${before} ${address} ${after}`)).toContain(address.split(' ')[0]);
      }),
    );
  });
});

/** Text made of what the rules look at: letters, digits, spaces of every kind, punctuation. */
const pieces = [..."aé1 \u00a0\u202f\n;:?!«»'’h%.-/".split(''), 'mois', 'Go', 'https://x.fr'];
const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((list) => list.join(''));
/** The same, with e-mail addresses: an `@` makes the word around it one. */
const anyText = fc
  .array(fc.constantFrom(...pieces, '@'), { maxLength: 30 })
  .map((list) => list.join(''));

describe('typeset: properties', () => {
  it('is idempotent: typesetting twice changes nothing more', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(shown(typeset(typeset(text)))).toBe(shown(typeset(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing but spaces and apostrophes', () => {
    const bare = (text: string) => text.replace(/[ \u00a0\u202f]/g, '').replace(/’/g, "'");
    fc.assert(
      fc.property(anyText, (text) => {
        expect(bare(typeset(text))).toBe(bare(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no ordinary space before ; : ? ! » nor after «', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const set = typeset(text);
        // An address ending right before the punctuation (https://x.fr ?) is followed by prose.
        expect(set).not.toMatch(/\S +[;:?!»]|« +\S/u);
      }),
      { numRuns: 2000 },
    );
  });
});
