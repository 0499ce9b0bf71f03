// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { characters, titleValue, titleValueLength } from '../../../src/engine/handOff/titleValue';

describe('a value in a ticket’s subject', () => {
  it('stays whole up to 60 characters, on one line', () => {
    expect(titleValue('Triolet, bâtiment 16')).toBe('Triolet, bâtiment 16');
    expect(titleValue('  Le Wi-Fi se coupe\ntoutes les heures.  ')).toBe(
      'Le Wi-Fi se coupe toutes les heures.',
    );
    const sixty = 'x'.repeat(titleValueLength);
    expect(titleValue(sixty)).toBe(sixty);
  });

  it('is cut past 60 characters at the end of a word, with « … »', () => {
    const problem =
      'L’imprimante du couloir affiche « Erreur 49 » depuis hier, et plus personne ne peut imprimer.';
    const cut = titleValue(problem);
    expect(cut).toBe('L’imprimante du couloir affiche « Erreur 49 » depuis hier…');
    expect(characters(cut).length).toBeLessThanOrEqual(titleValueLength + 1);
  });

  it('keeps a word that ends exactly at the limit', () => {
    const value = `${'a'.repeat(29)} ${'b'.repeat(30)} suite`;
    expect(titleValue(value)).toBe(`${'a'.repeat(29)} ${'b'.repeat(30)}…`);
  });

  it('never ends on punctuation or an opening quote before « … »', () => {
    expect(titleValue(`${'mot '.repeat(13)}suite, « message affiché »`)).toBe(
      `${'mot '.repeat(13)}suite…`,
    );
  });

  it('cuts a single long word where it must, and never inside a character', () => {
    expect(titleValue('https://'.padEnd(80, 'a'))).toBe(`${'https://'.padEnd(60, 'a')}…`);
    const emoji = `${'é'.repeat(59)}😀😀😀`;
    expect(titleValue(emoji)).toBe(`${'é'.repeat(59)}😀…`);
  });
});
