// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type {
  EmailField,
  TelField,
  TextField,
} from '../../../src/engine/contract/schemas/fieldSchema';
import { fieldSchema } from '../../../src/engine/contract/schemas/fieldSchema';
import { validateFields } from '../../../src/engine/fields/validateFields';

const today = '2026-11-30';

const phone: TelField = { name: 'phone', label: 'Téléphone', type: 'tel', required: true };
const withExtension: TelField = { ...phone, extension: true };
const email: EmailField = { name: 'mail', label: 'Adresse e-mail', type: 'email', required: true };

function check(field: TelField | EmailField | TextField, value: string) {
  return validateFields([field], { [field.name]: value }, today);
}

const french = 'un numéro français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.';
const orExtension =
  'un numéro à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou un numéro de poste interne à 4 ou 5 chiffres.';

describe('a tel field', () => {
  it.each([
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['0612345678', '06 12 34 56 78'],
    ['06.12.34.56.78', '06 12 34 56 78'],
    ['06-12-34-56-78', '06 12 34 56 78'],
    ['  04 67 14 30 30 ', '04 67 14 30 30'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['+33612345678', '+33 6 12 34 56 78'],
    ['+33 (0)6 12 34 56 78', '+33 6 12 34 56 78'],
    ['+33 06 12 34 56 78', '+33 6 12 34 56 78'],
    ['0033 6 12 34 56 78', '+33 6 12 34 56 78'],
  ])('accepts %j, saved as %j', (typed, saved) => {
    expect(check(phone, typed)).toEqual({ ok: true, values: { phone: saved } });
    // What is saved is accepted again as it is: a replayed session changes nothing.
    expect(check(phone, saved)).toEqual({ ok: true, values: { phone: saved } });
  });

  it.each([
    ['06 12 34 56 7', `Ce numéro a 9 chiffres : saisissez ${french}`],
    ['06 12 34 56 78 9', `Ce numéro a 11 chiffres : saisissez ${french}`],
    ['00 12 34 56 78', `Saisissez ${french}`],
    ['4521', `Ce numéro a 4 chiffres : saisissez ${french}`],
    ['06 12 34 56 7O', `Un numéro de téléphone ne contient pas « O » : saisissez ${french}`],
    ['+32 2 123 45 67', `Saisissez ${french}`],
  ])('refuses %j: %s', (typed, message) => {
    expect(check(phone, typed)).toEqual({ ok: false, errors: { phone: message } });
  });

  it('takes a 4- or 5-digit internal extension only where the author allows it', () => {
    expect(check(withExtension, '4521')).toEqual({ ok: true, values: { phone: 'poste 4521' } });
    expect(check(withExtension, 'poste 45 210')).toEqual({
      ok: true,
      values: { phone: 'poste 45210' },
    });
    expect(check(withExtension, 'poste 4521')).toEqual({
      ok: true,
      values: { phone: 'poste 4521' },
    });
    expect(check(withExtension, '+33 4 67 14 30 30')).toEqual({
      ok: true,
      values: { phone: '+33 4 67 14 30 30' },
    });
    expect(check(withExtension, '452')).toEqual({
      ok: false,
      errors: { phone: `Ce numéro a 3 chiffres : saisissez ${orExtension}` },
    });
  });
});

describe('an email field', () => {
  it.each(['camille.martin@exemple.fr', ' Camille.Martin@labo.exemple.fr '])(
    'accepts %j',
    (typed) => {
      expect(check(email, typed)).toEqual({ ok: true, values: { mail: typed.trim() } });
    },
  );

  it.each([
    ['camille.martin', 'Saisissez une adresse e-mail complète, par exemple prenom.nom@exemple.fr.'],
    [
      'camille@exemple',
      'Saisissez une adresse e-mail complète, par exemple prenom.nom@exemple.fr.',
    ],
    [
      'camille@@exemple.fr',
      'Saisissez une adresse e-mail complète, par exemple prenom.nom@exemple.fr.',
    ],
    [
      'camille@exemple..fr',
      'Saisissez une adresse e-mail complète, par exemple prenom.nom@exemple.fr.',
    ],
    [
      'camille martin@exemple.fr',
      'Une adresse e-mail ne contient pas d’espace : saisissez-la d’un seul tenant, par exemple prenom.nom@exemple.fr.',
    ],
    [`${'a'.repeat(250)}@exemple.fr`, 'Une adresse e-mail a 254 caractères au plus.'],
  ])('refuses %j: %s', (typed, message) => {
    expect(check(email, typed)).toEqual({ ok: false, errors: { mail: message } });
  });
});

describe('a pattern', () => {
  const building: TextField = {
    name: 'building',
    label: 'Bâtiment',
    type: 'text',
    required: true,
    pattern: { regex: '^bât(iment)? [a-z0-9]+$', message: 'Écrivez « Bât » puis son numéro.' },
  };

  it('minds the case unless the author says ignoreCase', () => {
    expect(check(building, 'Bât B12')).toEqual({
      ok: false,
      errors: { building: 'Écrivez « Bât » puis son numéro.' },
    });
    const relaxed: TextField = {
      ...building,
      pattern: {
        ...building.pattern,
        regex: '^bât(iment)? [a-z0-9]+$',
        message: 'x',
        ignoreCase: true,
      },
    };
    expect(check(relaxed, 'Bât B12')).toEqual({ ok: true, values: { building: 'Bât B12' } });
    expect(check(relaxed, 'BÂTIMENT 5')).toEqual({ ok: true, values: { building: 'BÂTIMENT 5' } });
  });

  it('is read from a flow with ignoreCase as an option, and nothing else', () => {
    expect(
      fieldSchema.safeParse({ ...building, pattern: { ...building.pattern, ignoreCase: true } })
        .success,
    ).toBe(true);
    expect(
      fieldSchema.safeParse({ ...building, pattern: { ...building.pattern, flags: 'i' } }).success,
    ).toBe(false);
  });
});
