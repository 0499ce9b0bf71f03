import type { Field } from '../contract/schemas/fieldSchema';
import { agentLabel } from '../handOff/ticket';
import { frenchApproximateWords } from './approximateDate';
import { formatLongDate } from './calendarDate';
import type { DatePart } from './dateInput';
import type { FieldMessages } from './fieldProblem';

const partNames: Record<DatePart, string> = { day: 'le jour', month: 'le mois', year: 'l’année' };

function listParts(parts: readonly DatePart[]): string {
  const names = parts.map((part) => partNames[part]);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} et ${names.at(-1) ?? ''}`
    : names.join('');
}

function expectedPhone(extension: boolean): string {
  return extension
    ? 'un numéro à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou un numéro de poste interne à 4 ou 5 chiffres'
    : 'un numéro français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78';
}

const emailExample = 'par exemple prenom.nom@exemple.fr';

/** A rule names its fields as the agent reads them: « Nom du PC », not « Nom du PC (facultatif) ». */
const named = (field: Field) => `« ${agentLabel(field)} »`;

/**
 * The engine's words about typed values, in French: written with ordinary spaces, as the flows'
 * texts, and typeset where they are shown (stepView).
 */
export const frenchFieldMessages: FieldMessages = {
  required: (field) =>
    field.type === 'choice'
      ? `Choisissez une réponse : « ${field.label} ».`
      : `Renseignez « ${field.label} ».`,
  tooLong: (max) => `Ce champ est limité à ${String(max)} caractères : raccourcissez-le.`,
  choice: 'Choisissez une des réponses proposées.',
  future: 'Cette date est dans le futur : indiquez une date passée ou celle du jour.',
  past: 'Cette date est passée : indiquez la date du jour ou une date à venir.',
  dateNotNumbers: 'Saisissez la date en chiffres : le jour, le mois et l’année.',
  dateMissing: (parts) => `La date doit comprendre ${listParts(parts)}.`,
  day: 'Le jour doit être un nombre de 1 à 31.',
  month: 'Le mois doit être un nombre de 1 à 12, ou son nom (« novembre », « nov. »).',
  year: (example) => `L’année s’écrit avec 4 chiffres, par exemple ${example}.`,
  noSuchDate: (written) => `Le ${written} n’existe pas : vérifiez le jour et le mois.`,
  phoneCharacter: (character, extension) =>
    `Un numéro de téléphone ne contient pas « ${character} » : saisissez ${expectedPhone(extension)}.`,
  phoneDigits: (digits, extension) =>
    digits === undefined
      ? `Saisissez ${expectedPhone(extension)}.`
      : `Ce numéro a ${String(digits)} chiffre${digits > 1 ? 's' : ''} : saisissez ${expectedPhone(extension)}.`,
  emailTooLong: (max) => `Une adresse e-mail a ${String(max)} caractères au plus.`,
  emailSpace: `Une adresse e-mail ne contient pas d’espace : saisissez-la d’un seul tenant, ${emailExample}.`,
  email: `Saisissez une adresse e-mail complète, ${emailExample}.`,
  notBefore: (mine, theirs, date) =>
    `${named(mine)} ne peut pas être avant ${named(theirs)} (${date}) : indiquez le même jour ou une date après.`,
  after: (mine, theirs, date) =>
    `${named(mine)} doit venir après ${named(theirs)} (${date}) : indiquez une date après le ${date}.`,
  approximate: frenchApproximateWords,
  longDate: formatLongDate,
};
