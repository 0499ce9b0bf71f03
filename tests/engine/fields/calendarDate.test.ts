// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addToDate, formatLongDate } from '../../../src/engine';

describe('addToDate', () => {
  it.each([
    ['2026-01-31', { months: 1 }, '2026-02-28'],
    ['2028-01-31', { months: 1 }, '2028-02-29'],
    ['2026-03-31', { months: 1 }, '2026-04-30'],
    ['2026-08-31', { months: 6 }, '2027-02-28'],
    ['2026-12-15', { months: 12 }, '2027-12-15'],
    ['2026-11-30', { months: 3 }, '2027-02-28'],
    ['2027-03-31', { months: -1 }, '2027-02-28'],
    ['2026-03-01', { days: -1 }, '2026-02-28'],
    ['2028-03-01', { days: -1 }, '2028-02-29'],
    ['2027-01-10', { days: -60 }, '2026-11-11'],
    ['2027-01-10', { days: -31 }, '2026-12-10'],
    ['2026-12-31', { days: 1 }, '2027-01-01'],
    ['2026-01-31', { months: 1, days: 1 }, '2026-03-01'],
    ['2026-06-15', {}, '2026-06-15'],
  ])('%s + %o = %s', (from, offset, expected) => {
    expect(addToDate(from, offset)).toBe(expected);
  });

  it('does not shift a day across daylight saving changes', () => {
    expect(addToDate('2026-03-28', { days: 2 })).toBe('2026-03-30');
    expect(addToDate('2026-10-24', { days: 2 })).toBe('2026-10-26');
  });

  it.each(['', '2026-02-30', '31/01/2026', '2026-13-01', 'demain'])('refuses « %s »', (from) => {
    expect(addToDate(from, { months: 1 })).toBeUndefined();
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2027-03-01', 'lundi 1er mars 2027'],
    ['2026-11-25', 'mercredi 25 novembre 2026'],
    ['2027-08-15', 'dimanche 15 août 2027'],
    ['2028-02-29', 'mardi 29 février 2028'],
  ])('%s → %s', (iso, french) => {
    expect(formatLongDate(iso)).toBe(french);
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatLongDate('bientôt')).toBe('bientôt');
  });
});
