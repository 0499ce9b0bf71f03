// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DateField } from '../../../src/engine/contract/schemas/fieldSchema';
import { describeApproximate } from '../../../src/engine/fields/approximateDate';
import {
  datePartsInError,
  joinDateParts,
  splitDateParts,
} from '../../../src/engine/fields/dateInput';
import { validateFields } from '../../../src/engine/fields/validateFields';

const today = '2026-11-30';

const since: DateField = {
  name: 'since',
  label: 'Depuis quand ?',
  type: 'date',
  required: true,
  notAfterToday: true,
};
const start: DateField = {
  name: 'start',
  label: 'À partir de quand ?',
  type: 'date',
  required: true,
  notBeforeToday: true,
};
const approximate: DateField = {
  name: 'since',
  label: 'Depuis quand ?',
  type: 'date',
  required: true,
  approximate: true,
};

const boxes = (day: string, month: string, year: string) => joinDateParts({ day, month, year });

function check(field: DateField, value: string, options: { replayed?: boolean } = {}) {
  return validateFields([field], { [field.name]: value }, today, options);
}

describe('a date typed in the Jour, Mois, Année boxes', () => {
  it.each([
    [['29', '11', '2026'], '2026-11-29'],
    [['3', '2', '2026'], '2026-02-03'],
    [[' 03 ', ' 02 ', ' 2026 '], '2026-02-03'],
    [['1', 'nov', '2026'], '2026-11-01'],
    [['1', 'Novembre', '2026'], '2026-11-01'],
    [['14', 'févr.', '2026'], '2026-02-14'],
    [['14', 'fev', '2026'], '2026-02-14'],
    [['14', 'juil', '2026'], '2026-07-14'],
    [['29', '2', '2024'], '2024-02-29'],
  ])('reads %j as %s', ([day = '', month = '', year = ''], iso) => {
    expect(check(since, boxes(day, month, year))).toEqual({ ok: true, values: { since: iso } });
  });

  it.each([
    [['', '11', '2026'], 'La date doit comprendre le jour.', ['day']],
    [['29', '', ''], 'La date doit comprendre le mois et l’année.', ['month', 'year']],
    [['29', '', '2026'], 'La date doit comprendre le mois.', ['month']],
    [['32', '11', '2026'], 'Le jour doit être un nombre de 1 à 31.', ['day']],
    [['0', '11', '2026'], 'Le jour doit être un nombre de 1 à 31.', ['day']],
    [['1er', '11', '2026'], 'Le jour doit être un nombre de 1 à 31.', ['day']],
    [
      ['12', '13', '2026'],
      'Le mois doit être un nombre de 1 à 12, ou son nom (« novembre », « nov. »).',
      ['month'],
    ],
    [
      ['12', 'jui', '2026'],
      'Le mois doit être un nombre de 1 à 12, ou son nom (« novembre », « nov. »).',
      ['month'],
    ],
    [['12', '11', '26'], 'L’année s’écrit avec 4 chiffres, par exemple 2026.', ['year']],
    [
      ['31', '2', '2026'],
      'Le 31/02/2026 n’existe pas : vérifiez le jour et le mois.',
      ['day', 'month'],
    ],
    [
      ['29', '02', '2026'],
      'Le 29/02/2026 n’existe pas : vérifiez le jour et le mois.',
      ['day', 'month'],
    ],
    [
      ['31', '04', '2026'],
      'Le 31/04/2026 n’existe pas : vérifiez le jour et le mois.',
      ['day', 'month'],
    ],
  ])('refuses %j with « %s », marking %j', ([day = '', month = '', year = ''], message, parts) => {
    const value = boxes(day, month, year);
    expect(check(since, value)).toEqual({ ok: false, errors: { since: message } });
    expect(datePartsInError(value)).toEqual(parts);
  });

  it('marks every box when the date is whole but refused (in the future)', () => {
    const value = boxes('1', '12', '2026');
    expect(check(since, value)).toEqual({
      ok: false,
      errors: {
        since: 'Cette date est dans le futur : indiquez une date passée ou celle du jour.',
      },
    });
    expect(datePartsInError(value)).toEqual(['day', 'month', 'year']);
  });

  it('counts three empty boxes as an empty field', () => {
    expect(check(since, boxes('', ' ', ''))).toEqual({
      ok: false,
      errors: { since: 'Renseignez « Depuis quand ? ».' },
    });
    expect(check({ ...since, required: false }, boxes('', '', ''))).toEqual({
      ok: true,
      values: { since: '' },
    });
  });

  it('gives back exactly what was typed, and a saved date by its parts', () => {
    expect(splitDateParts(boxes('3', 'nov', '20'))).toEqual({ day: '3', month: 'nov', year: '20' });
    expect(splitDateParts('2026-02-03')).toEqual({ day: '03', month: '02', year: '2026' });
    expect(splitDateParts('')).toEqual({ day: '', month: '', year: '' });
    // The separator cannot be typed into a box: a pasted one is dropped, never splits the date.
    expect(splitDateParts(boxes('3\u001f4', '2', '2026'))).toEqual({
      day: '34',
      month: '2',
      year: '2026',
    });
  });
});

describe('a date not in the past (notBeforeToday)', () => {
  it('takes today and later, refuses yesterday in French', () => {
    expect(check(start, boxes('30', '11', '2026'))).toEqual({
      ok: true,
      values: { start: '2026-11-30' },
    });
    expect(check(start, '2027-01-15')).toEqual({ ok: true, values: { start: '2027-01-15' } });
    expect(check(start, boxes('29', '11', '2026'))).toEqual({
      ok: false,
      errors: { start: 'Cette date est passée : indiquez la date du jour ou une date à venir.' },
    });
  });

  it('keeps a date accepted when it was typed, once replayed later', () => {
    expect(check(start, '2026-11-02', { replayed: true })).toEqual({
      ok: true,
      values: { start: '2026-11-02' },
    });
  });
});

describe('an approximate date', () => {
  it.each([
    ['today', 'today@2026-11-30', 'aujourd’hui (30/11/2026)'],
    ['yesterday', 'yesterday@2026-11-30', 'hier (29/11/2026)'],
    [
      'fewDays',
      'fewDays@2026-11-30',
      'il y a quelques jours (entre le 24/11/2026 et le 28/11/2026)',
    ],
    ['overAWeek', 'overAWeek@2026-11-30', 'il y a plus d’une semaine (le 23/11/2026 ou avant)'],
    ['unknown', 'unknown', 'ne sait plus'],
  ])('saves %s as %s, which reads « %s »', (answer, saved, reads) => {
    expect(check(approximate, answer)).toEqual({ ok: true, values: { since: saved } });
    expect(describeApproximate(saved)).toBe(reads);
  });

  it('keeps the day an answer was given when it is replayed days later', () => {
    const later = validateFields([approximate], { since: 'yesterday@2026-11-30' }, '2026-12-15');
    expect(later).toEqual({ ok: true, values: { since: 'yesterday@2026-11-30' } });
    expect(check(approximate, 'yesterday@2026-12-01')).toEqual({
      ok: false,
      errors: { since: 'Saisissez la date en chiffres : le jour, le mois et l’année.' },
    });
  });

  it('takes a precise date instead, never in the future', () => {
    expect(check(approximate, boxes('12', '11', '2026'))).toEqual({
      ok: true,
      values: { since: '2026-11-12' },
    });
    expect(describeApproximate('2026-11-12')).toBe('12/11/2026');
    expect(check(approximate, boxes('1', '12', '2026'))).toEqual({
      ok: false,
      errors: {
        since: 'Cette date est dans le futur : indiquez une date passée ou celle du jour.',
      },
    });
  });

  it('asks for an answer when nothing is chosen, or the precise date is left empty', () => {
    const required = { ok: false, errors: { since: 'Renseignez « Depuis quand ? ».' } };
    expect(check(approximate, '')).toEqual(required);
    expect(check(approximate, boxes('', '', ''))).toEqual(required);
  });

  it('refuses anything that is neither an answer nor a date', () => {
    expect(check(approximate, 'lastYear')).toEqual({
      ok: false,
      errors: { since: 'Saisissez la date en chiffres : le jour, le mois et l’année.' },
    });
  });
});
