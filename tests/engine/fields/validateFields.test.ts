// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type {
  ChoiceField,
  DateField,
  Field,
  TextareaField,
  TextField,
} from '../../../src/engine/contract/schemas/fieldSchema';
import { formatDate } from '../../../src/engine/fields/calendarDate';
import { validateFields } from '../../../src/engine/fields/validateFields';

/** A fixed "today", so date checks do not depend on the day the tests run. */
const today = '2026-11-25';

const socket: TextField = {
  name: 'socketNumber',
  label: 'Numéro de la prise',
  type: 'text',
  required: true,
};

const details: TextareaField = {
  name: 'details',
  label: 'Décrivez le problème',
  type: 'textarea',
  required: true,
};

const since: DateField = {
  name: 'since',
  label: 'Depuis quand',
  type: 'date',
  required: true,
  notAfterToday: true,
};

const device: ChoiceField = {
  name: 'device',
  label: 'Type de poste',
  type: 'choice',
  required: true,
  options: [
    { value: 'laptop', label: 'Ordinateur portable' },
    { value: 'desktop', label: 'Ordinateur fixe' },
  ],
};

/** Validates a single field and returns its error, or its accepted value. */
function check(field: Field, value: string) {
  return validateFields([field], { [field.name]: value }, today);
}

const notInFigures = 'Saisissez la date en chiffres : le jour, le mois et l’année.';
const futureDate = 'Cette date est dans le futur : indiquez une date passée ou celle du jour.';

describe('validateFields: text', () => {
  it('rejects an empty required text with the default message', () => {
    expect(check(socket, '')).toEqual({
      ok: false,
      errors: { socketNumber: 'Renseignez « Numéro de la prise ».' },
    });
  });

  it('treats spaces only as empty', () => {
    expect(check(socket, '   \t ')).toEqual({
      ok: false,
      errors: { socketNumber: 'Renseignez « Numéro de la prise ».' },
    });
  });

  it('treats a missing key as empty', () => {
    expect(validateFields([socket], {}, today)).toEqual({
      ok: false,
      errors: { socketNumber: 'Renseignez « Numéro de la prise ».' },
    });
  });

  it('uses the field’s own requiredMessage when it has one', () => {
    const field: TextField = {
      ...socket,
      requiredMessage: 'Le numéro est écrit sur la prise murale.',
    };
    expect(check(field, ' ')).toEqual({
      ok: false,
      errors: { socketNumber: 'Le numéro est écrit sur la prise murale.' },
    });
  });

  it('accepts a text of exactly maxLength characters and rejects one more', () => {
    const field: TextField = { ...socket, maxLength: 10 };
    expect(check(field, 'a'.repeat(10))).toEqual({
      ok: true,
      values: { socketNumber: 'a'.repeat(10) },
    });
    expect(check(field, 'a'.repeat(11))).toEqual({
      ok: false,
      errors: { socketNumber: 'Ce champ est limité à 10 caractères : raccourcissez-le.' },
    });
  });

  it('limits a text to 200 characters when it sets no maxLength', () => {
    expect(check(socket, 'a'.repeat(200))).toEqual({
      ok: true,
      values: { socketNumber: 'a'.repeat(200) },
    });
    expect(check(socket, 'a'.repeat(201))).toEqual({
      ok: false,
      errors: { socketNumber: 'Ce champ est limité à 200 caractères : raccourcissez-le.' },
    });
  });

  it('counts the length after trimming', () => {
    const field: TextField = { ...socket, maxLength: 5 };
    expect(check(field, '  abcde  ')).toEqual({ ok: true, values: { socketNumber: 'abcde' } });
  });

  it('rejects a value that does not match the pattern, with the pattern’s message', () => {
    const field: TextField = {
      ...socket,
      pattern: {
        regex: '^[A-Z]\\d{2}-\\d{3}$',
        message: 'Recopiez le numéro, par exemple B12-034.',
      },
    };
    expect(check(field, 'b12-034')).toEqual({
      ok: false,
      errors: { socketNumber: 'Recopiez le numéro, par exemple B12-034.' },
    });
    expect(check(field, 'B12-0345')).toEqual({
      ok: false,
      errors: { socketNumber: 'Recopiez le numéro, par exemple B12-034.' },
    });
    expect(check(field, '  B12-034 ')).toEqual({ ok: true, values: { socketNumber: 'B12-034' } });
  });

  it('reports the length before the pattern when both fail', () => {
    const field: TextField = {
      ...socket,
      maxLength: 5,
      pattern: { regex: '^\\d+$', message: 'Chiffres uniquement.' },
    };
    expect(check(field, 'abcdefgh')).toEqual({
      ok: false,
      errors: { socketNumber: 'Ce champ est limité à 5 caractères : raccourcissez-le.' },
    });
  });

  it('trims a valid value', () => {
    expect(check(socket, '  B12-034\n')).toEqual({ ok: true, values: { socketNumber: 'B12-034' } });
  });
});

describe('validateFields: textarea', () => {
  it('rejects an empty required textarea with the default message', () => {
    expect(check(details, '\n  \n')).toEqual({
      ok: false,
      errors: { details: 'Renseignez « Décrivez le problème ».' },
    });
  });

  it('limits a textarea to 2000 characters when it sets no maxLength', () => {
    expect(check(details, 'b'.repeat(2000))).toEqual({
      ok: true,
      values: { details: 'b'.repeat(2000) },
    });
    expect(check(details, 'b'.repeat(2001))).toEqual({
      ok: false,
      errors: { details: 'Ce champ est limité à 2000 caractères : raccourcissez-le.' },
    });
  });

  it('uses its own maxLength over the default', () => {
    const field: TextareaField = { ...details, maxLength: 300 };
    expect(check(field, 'b'.repeat(301))).toEqual({
      ok: false,
      errors: { details: 'Ce champ est limité à 300 caractères : raccourcissez-le.' },
    });
  });

  it('keeps inner line breaks and trims the ends', () => {
    expect(check(details, '\n Ligne 1\nLigne 2 \n')).toEqual({
      ok: true,
      values: { details: 'Ligne 1\nLigne 2' },
    });
  });
});

describe('validateFields: date', () => {
  it.each(['31/02/2026', 'abc', '2026-2-3'])('rejects %s, which is not a date', (value) => {
    expect(check(since, value)).toEqual({ ok: false, errors: { since: notInFigures } });
  });

  it.each([
    ['2026-02-30', 'Le 30/02/2026 n’existe pas : vérifiez le jour et le mois.'],
    ['2026-02-29', 'Le 29/02/2026 n’existe pas : vérifiez le jour et le mois.'],
    ['2026-13-01', 'Le mois doit être un nombre de 1 à 12, ou son nom (« novembre », « nov. »).'],
  ])('rejects %s, a day not in the calendar', (value, message) => {
    expect(check(since, value)).toEqual({ ok: false, errors: { since: message } });
  });

  it('accepts 29 February in a leap year', () => {
    expect(check(since, '2024-02-29')).toEqual({ ok: true, values: { since: '2024-02-29' } });
  });

  it('rejects an empty required date with the default message', () => {
    expect(check(since, '')).toEqual({
      ok: false,
      errors: { since: 'Renseignez « Depuis quand ».' },
    });
  });

  it('rejects a date after today when notAfterToday is set', () => {
    expect(check(since, '2026-11-26')).toEqual({ ok: false, errors: { since: futureDate } });
    expect(check(since, '2027-01-01')).toEqual({ ok: false, errors: { since: futureDate } });
  });

  it('accepts today and a past date when notAfterToday is set', () => {
    expect(check(since, '2026-11-25')).toEqual({ ok: true, values: { since: '2026-11-25' } });
    expect(check(since, '2025-12-31')).toEqual({ ok: true, values: { since: '2025-12-31' } });
  });

  it('accepts a future date without notAfterToday', () => {
    const planned: DateField = {
      name: 'since',
      label: 'Depuis quand',
      type: 'date',
      required: true,
    };
    expect(check(planned, '2030-06-01')).toEqual({ ok: true, values: { since: '2030-06-01' } });
    const explicit: DateField = { ...since, notAfterToday: false };
    expect(check(explicit, '2030-06-01')).toEqual({ ok: true, values: { since: '2030-06-01' } });
  });

  it('trims a valid date', () => {
    expect(check(since, ' 2026-11-20 ')).toEqual({ ok: true, values: { since: '2026-11-20' } });
  });
});

describe('validateFields: choice', () => {
  it('rejects an empty required choice with the default message', () => {
    expect(check(device, '')).toEqual({
      ok: false,
      errors: { device: 'Choisissez une réponse : « Type de poste ».' },
    });
  });

  it('uses the field’s own requiredMessage when it has one', () => {
    const field: ChoiceField = { ...device, requiredMessage: 'Indiquez votre type de poste.' };
    expect(check(field, '')).toEqual({
      ok: false,
      errors: { device: 'Indiquez votre type de poste.' },
    });
  });

  it('rejects a value that is not one of the options', () => {
    for (const value of ['tablet', 'Laptop', 'Ordinateur portable']) {
      expect(check(device, value)).toEqual({
        ok: false,
        errors: { device: 'Choisissez une des réponses proposées.' },
      });
    }
  });

  it('accepts one of the options', () => {
    expect(check(device, 'desktop')).toEqual({ ok: true, values: { device: 'desktop' } });
    expect(check(device, ' laptop ')).toEqual({ ok: true, values: { device: 'laptop' } });
  });
});

describe('validateFields: optional fields', () => {
  const optional: Field[] = [
    { ...socket, required: false },
    { ...details, required: false },
    { ...since, required: false },
    { ...device, required: false },
  ];

  it('accepts them empty, missing or blank, as an empty string', () => {
    expect(
      validateFields(optional, { socketNumber: '', details: '  \n ', since: ' ' }, today),
    ).toEqual({ ok: true, values: { socketNumber: '', details: '', since: '', device: '' } });
  });

  it('still checks a value once one is typed', () => {
    expect(
      validateFields(
        optional,
        { socketNumber: 'x'.repeat(201), details: ' ok ', since: 'abc', device: 'tablet' },
        today,
      ),
    ).toEqual({
      ok: false,
      errors: {
        socketNumber: 'Ce champ est limité à 200 caractères : raccourcissez-le.',
        since: notInFigures,
        device: 'Choisissez une des réponses proposées.',
      },
    });
  });
});

describe('validateFields: several fields', () => {
  const fields: Field[] = [socket, details, since, device];

  it('gives one error per invalid field, and none for the valid ones', () => {
    expect(
      validateFields(
        fields,
        { socketNumber: '  ', details: 'Plus de réseau', since: '2026-12-01', device: 'tablet' },
        today,
      ),
    ).toEqual({
      ok: false,
      errors: {
        socketNumber: 'Renseignez « Numéro de la prise ».',
        since: futureDate,
        device: 'Choisissez une des réponses proposées.',
      },
    });
  });

  it('returns every value, trimmed, when all are valid', () => {
    expect(
      validateFields(
        fields,
        {
          socketNumber: 'B12-034 ',
          details: ' Plus de réseau',
          since: '2026-11-20',
          device: 'laptop',
        },
        today,
      ),
    ).toEqual({
      ok: true,
      values: {
        socketNumber: 'B12-034',
        details: 'Plus de réseau',
        since: '2026-11-20',
        device: 'laptop',
      },
    });
  });

  it('ignores input keys that are not fields', () => {
    expect(
      validateFields([socket], { socketNumber: 'B12-034', injected: 'x'.repeat(5000) }, today),
    ).toEqual({ ok: true, values: { socketNumber: 'B12-034' } });
    expect(validateFields([socket], { injected: 'B12-034' }, today)).toEqual({
      ok: false,
      errors: { socketNumber: 'Renseignez « Numéro de la prise ».' },
    });
  });

  it('accepts an empty form', () => {
    expect(validateFields([], { anything: 'x' }, today)).toEqual({ ok: true, values: {} });
  });
});

describe('formatDate', () => {
  it('writes an ISO date the French way', () => {
    expect(formatDate('2026-11-25')).toBe('25/11/2026');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });

  it('returns anything else unchanged', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('25/11/2026')).toBe('25/11/2026');
    expect(formatDate('2026-11-25T10:00')).toBe('2026-11-25T10:00');
  });
});

it('repairs a lone surrogate from a paste, so the ticket can still be e-mailed', () => {
  const field = { name: 'place', label: 'Lieu', type: 'text', required: true } as const;
  const result = validateFields([field], { place: 'Bât. 5 \ud83d' }, '2026-11-25');
  expect(result).toEqual({ ok: true, values: { place: 'Bât. 5 \ufffd' } });
  const whole = validateFields([field], { place: 'Bât. 5 😀' }, '2026-11-25');
  expect(whole).toEqual({ ok: true, values: { place: 'Bât. 5 😀' } });
});
