import type { TelField } from '../contract/schemas/fieldSchema';

/** What is wrong with a phone number or an e-mail address, for the message (fieldProblem.ts). */
export type ContactProblem =
  | { code: 'phoneCharacter'; character: string; extension: boolean }
  /** `digits` when their count is wrong; undefined when it is right but the number is not. */
  | { code: 'phoneDigits'; digits: number | undefined; extension: boolean }
  | { code: 'emailTooLong'; max: number }
  | { code: 'emailSpace' }
  | { code: 'email' };

/** A field's value once read: the value to save, written one way, or what is wrong with it. */
export type Reading<Problem> = { ok: true; value: string } | { ok: false; problem: Problem };

/** « 0612345678 » → « 06 12 34 56 78 »: pairs, as French numbers are written. */
function pairs(digits: string): string {
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/**
 * A French phone number, however it is written: with or without spaces, dots or dashes,
 * `+33`, `0033` or `+33 (0)`. It is saved written one way (« 06 12 34 56 78 »,
 * « +33 6 12 34 56 78 », « poste 4521 »), so the agent reads every number alike.
 */
export function readPhone(field: TelField, value: string): Reading<ContactProblem> {
  const compact = value.replace(/[\s.\-/]/g, '').replace(/^(\+33|0033)\(0\)/, '$1');
  const national = /^(?:\+33|0033)0?([1-9]\d{8})$/.exec(compact);
  if (national?.[1])
    return { ok: true, value: `+33 ${national[1][0] ?? ''} ${pairs(national[1].slice(1))}` };
  if (/^0[1-9]\d{8}$/.test(compact)) return { ok: true, value: pairs(compact) };
  const extension = /^(?:poste)?(\d{4,5})$/i.exec(compact);
  if (field.extension === true && extension?.[1])
    return { ok: true, value: `poste ${extension[1]}` };
  const extensionToo = field.extension === true;
  const refused = /[^\d+()]/u.exec(compact.replace(/^poste/i, ''))?.[0];
  if (refused !== undefined)
    return {
      ok: false,
      problem: { code: 'phoneCharacter', character: refused, extension: extensionToo },
    };
  const digits = compact.replace(/^\+33/, '0').replace(/\D/g, '').length;
  const counted = (extensionToo ? [4, 5, 10] : [10]).includes(digits) ? undefined : digits;
  return { ok: false, problem: { code: 'phoneDigits', digits: counted, extension: extensionToo } };
}

/** The longest address the e-mail standard allows. */
const emailMaxLength = 254;

/** An e-mail address: something, one @, a domain with a dot, no spaces. */
export function readEmail(value: string): Reading<ContactProblem> {
  if (value.length > emailMaxLength)
    return { ok: false, problem: { code: 'emailTooLong', max: emailMaxLength } };
  if (/\s/.test(value)) return { ok: false, problem: { code: 'emailSpace' } };
  if (!/^[^@]+@[^@]+\.[^@.]+$/.test(value) || value.includes('..'))
    return { ok: false, problem: { code: 'email' } };
  return { ok: true, value };
}
