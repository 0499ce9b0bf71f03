import type { TelField } from '../contract/fieldSchema';

/** A field's value once read: the value to save, written one way, or the French message. */
export type Reading = { ok: true; value: string } | { ok: false; message: string };

/** « 0612345678 » → « 06 12 34 56 78 »: pairs, as French numbers are written. */
function pairs(digits: string): string {
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/**
 * A French phone number, however it is written: with or without spaces, dots or dashes,
 * `+33`, `0033` or `+33 (0)`. It is saved written one way (« 06 12 34 56 78 »,
 * « +33 6 12 34 56 78 », « poste 4521 »), so the agent reads every number alike.
 */
export function readPhone(field: TelField, value: string): Reading {
  const compact = value.replace(/[\s.\-/]/g, '').replace(/^(\+33|0033)\(0\)/, '$1');
  const national = /^(?:\+33|0033)0?([1-9]\d{8})$/.exec(compact);
  if (national?.[1])
    return { ok: true, value: `+33 ${national[1][0] ?? ''} ${pairs(national[1].slice(1))}` };
  if (/^0[1-9]\d{8}$/.test(compact)) return { ok: true, value: pairs(compact) };
  const extension = /^(?:poste)?(\d{4,5})$/i.exec(compact);
  if (field.extension === true && extension?.[1])
    return { ok: true, value: `poste ${extension[1]}` };
  const expected = field.extension
    ? 'un numéro à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou un numéro de poste interne à 4 ou 5 chiffres'
    : 'un numéro français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78';
  const refused = /[^\d+()]/u.exec(compact.replace(/^poste/i, ''))?.[0];
  if (refused !== undefined)
    return {
      ok: false,
      message: `Un numéro de téléphone ne contient pas « ${refused} » : saisissez ${expected}.`,
    };
  const digits = compact.replace(/^\+33/, '0').replace(/\D/g, '').length;
  const counted = (field.extension ? [4, 5, 10] : [10]).includes(digits)
    ? ''
    : `Ce numéro a ${String(digits)} chiffre${digits > 1 ? 's' : ''} : `;
  const sentence = counted === '' ? `Saisissez ${expected}.` : `${counted}saisissez ${expected}.`;
  return { ok: false, message: sentence };
}

/** The longest address the e-mail standard allows. */
const emailMaxLength = 254;

/** An e-mail address: something, one @, a domain with a dot, no spaces. */
export function readEmail(value: string): Reading {
  const example = 'par exemple prenom.nom@exemple.fr';
  if (value.length > emailMaxLength)
    return {
      ok: false,
      message: `Une adresse e-mail a ${String(emailMaxLength)} caractères au plus.`,
    };
  if (/\s/.test(value))
    return {
      ok: false,
      message: `Une adresse e-mail ne contient pas d’espace : saisissez-la d’un seul tenant, ${example}.`,
    };
  if (!/^[^@]+@[^@]+\.[^@.]+$/.test(value) || value.includes('..'))
    return { ok: false, message: `Saisissez une adresse e-mail complète, ${example}.` };
  return { ok: true, value };
}
