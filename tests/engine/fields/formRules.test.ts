// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DateField, Field } from '../../../src/engine/contract/schemas/fieldSchema';
import { formStepSchema, type FormRule } from '../../../src/engine/contract/schemas/stepSchema';
import { joinDateParts } from '../../../src/engine/fields/dateInput';
import { followRules } from '../../../src/engine/fields/formRules';
import { sampleValue } from '../../../src/engine/fields/sampleFields';
import { validateFields } from '../../../src/engine/fields/validateFields';

const today = '2026-11-30';

const start: DateField = {
  name: 'start',
  label: 'À partir de quand ?',
  ticketLabel: 'Début',
  type: 'date',
  required: true,
  notBeforeToday: true,
};
const end: DateField = {
  name: 'end',
  label: 'Jusqu’à quand ?',
  ticketLabel: 'Fin',
  type: 'date',
  required: false,
};
const fields: Field[] = [start, end];
const notBefore: FormRule = { field: 'end', notBefore: 'start' };
const after: FormRule = { field: 'end', after: 'start' };

function check(values: Record<string, string>, rules: FormRule[]) {
  return validateFields(fields, values, today, { rules });
}

describe('a rule between two dates', () => {
  it('notBefore: the same day or later, else a French message at the later field', () => {
    expect(check({ start: '2026-12-03', end: '2026-12-03' }, [notBefore]).ok).toBe(true);
    expect(check({ start: '2026-12-03', end: '2026-12-04' }, [notBefore]).ok).toBe(true);
    expect(check({ start: '2026-12-03', end: '2026-12-02' }, [notBefore])).toEqual({
      ok: false,
      errors: {
        end: '« Fin » ne peut pas être avant « Début » (03/12/2026) : indiquez le même jour ou une date après.',
      },
    });
  });

  it('after: strictly later', () => {
    expect(check({ start: '2026-12-03', end: '2026-12-04' }, [after]).ok).toBe(true);
    expect(check({ start: '2026-12-03', end: '2026-12-03' }, [after])).toEqual({
      ok: false,
      errors: {
        end: '« Fin » doit venir après « Début » (03/12/2026) : indiquez une date après le 03/12/2026.',
      },
    });
  });

  it('says the author’s message when the rule has one', () => {
    const rule = { ...notBefore, message: 'La fin ne peut pas être avant le début.' };
    expect(check({ start: '2026-12-03', end: '2026-12-01' }, [rule])).toEqual({
      ok: false,
      errors: { end: 'La fin ne peut pas être avant le début.' },
    });
  });

  it('compares the dates typed in the boxes, once each is read', () => {
    const typed = {
      start: joinDateParts({ day: '3', month: 'déc', year: '2026' }),
      end: joinDateParts({ day: '2', month: '12', year: '2026' }),
    };
    expect(check(typed, [notBefore])).toEqual({
      ok: false,
      errors: {
        end: '« Fin » ne peut pas être avant « Début » (03/12/2026) : indiquez le même jour ou une date après.',
      },
    });
  });

  it('leaves each field’s own error alone, and has nothing to compare with an empty date', () => {
    expect(check({ start: '2026-11-01', end: '2026-10-01' }, [notBefore])).toEqual({
      ok: false,
      errors: { start: 'Cette date est passée : indiquez la date du jour ou une date à venir.' },
    });
    expect(check({ start: '2026-12-03', end: '' }, [notBefore])).toEqual({
      ok: true,
      values: { start: '2026-12-03', end: '' },
    });
  });

  it('is read from a flow with exactly one of after and notBefore', () => {
    const form = { kind: 'form', title: 'Dates', fields };
    expect(formStepSchema.safeParse({ ...form, rules: [notBefore] }).success).toBe(true);
    expect(formStepSchema.safeParse({ ...form, rules: [{ field: 'end' }] }).success).toBe(false);
    expect(
      formStepSchema.safeParse({
        ...form,
        rules: [{ field: 'end', after: 'start', notBefore: 'start' }],
      }).success,
    ).toBe(false);
  });
});

describe('sample values for the generated tests and the preview', () => {
  it('fit each new field: a date to come, an approximate date, a phone, an e-mail', () => {
    expect(sampleValue(start, today)).toBe('2036-11-30');
    expect(sampleValue({ ...start, notBeforeToday: false }, today)).toBe('2026-11-02');
    expect(sampleValue({ ...end, approximate: true }, today)).toBe('2026-11-02');
    expect(sampleValue({ name: 'p', label: 'Tél.', type: 'tel', required: true }, today)).toBe(
      '06 12 34 56 78',
    );
    expect(sampleValue({ name: 'm', label: 'E-mail', type: 'email', required: true }, today)).toBe(
      'prenom.nom@exemple.fr',
    );
  });

  it('are moved so the form’s rules hold', () => {
    const samples = { start: '2026-12-07', end: '2026-11-02' };
    expect(followRules([notBefore], samples)).toEqual({ start: '2026-12-07', end: '2026-12-07' });
    expect(followRules([after], samples)).toEqual({ start: '2026-12-07', end: '2026-12-08' });
    expect(check(followRules([after], samples), [after]).ok).toBe(true);
    // An empty optional date has nothing to follow.
    expect(followRules([after], { start: '2026-12-07', end: '' })).toEqual({
      start: '2026-12-07',
      end: '',
    });
  });
});
