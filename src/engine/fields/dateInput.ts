/**
 * A date as people type it in GOV.UK's date input: three boxes, Jour, Mois, Année. Unlike the
 * browser's date picker, they read the same in every browser language (Chromium in English shows
 * mm/dd/yyyy even on a French page). A form value is one string: the boxes as typed, joined by
 * U+001F (the "unit separator", which no keyboard types), until validation turns them into
 * `YYYY-MM-DD`. Either form opens in the boxes again, so nothing typed is lost.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DatePart = keyof DateParts;

const separator = '\u001f';
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The boxes as one form value. */
export function joinDateParts({ day, month, year }: DateParts): string {
  return [day, month, year].map((part) => part.replaceAll(separator, '')).join(separator);
}

/** True for a value typed in the boxes, even left empty: someone chose to give a date. */
export function isTypedDate(value: string): boolean {
  return value.includes(separator);
}

/** What each box shows for a form value: typed boxes as typed, a saved date by its parts. */
export function splitDateParts(value: string): DateParts {
  if (isTypedDate(value)) {
    const [day = '', month = '', year = ''] = value.split(separator);
    return { day, month, year };
  }
  const iso = isoPattern.exec(value.trim());
  return iso ? { day: iso[3] ?? '', month: iso[2] ?? '', year: iso[1] ?? '' } : emptyParts;
}

const emptyParts: DateParts = { day: '', month: '', year: '' };

/** What is wrong with a typed date, for the message in the person's language (fieldProblem.ts). */
export type DateProblem =
  | { code: 'dateNotNumbers' }
  | { code: 'dateMissing'; parts: readonly DatePart[] }
  | { code: 'day' }
  | { code: 'month' }
  | { code: 'year'; example: string }
  | { code: 'noSuchDate'; written: string };

/** What a date value says once read: nothing, a real date, or what is wrong and in which boxes. */
type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'problem'; problem: DateProblem; parts: readonly DatePart[] };

const monthNames = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

/** « 11 », « nov », « Novembre », « févr. » → 11; undefined when it is no month. */
function readMonth(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  const word = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return undefined;
  const matches = monthNames.flatMap((name, index) => (name.startsWith(word) ? [index + 1] : []));
  // « jui » could be June or July: an abbreviation names one month or none.
  return matches.length === 1 ? matches[0] : undefined;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** Whether year-month-day is a day of the calendar (no 31 February). */
function exists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a date field's value: the typed boxes, or a date already saved as `YYYY-MM-DD`.
 * A problem is a code for the message at the field; `parts` are the boxes to mark.
 */
export function readDate(value: string, today: string): DateReading {
  const typed = isTypedDate(value);
  const iso = typed ? undefined : isoPattern.exec(value.trim());
  if (!typed && !iso) {
    return value.trim() === ''
      ? { kind: 'empty' }
      : {
          kind: 'problem',
          problem: { code: 'dateNotNumbers' },
          parts: ['day', 'month', 'year'],
        };
  }
  const parts = splitDateParts(value);
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter(
    (part) => ({ day, month, year })[part] === '',
  );
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length > 0)
    return {
      kind: 'problem',
      problem: { code: 'dateMissing', parts: missing },
      parts: missing,
    };
  const dayNumber = /^\d{1,2}$/.test(day) ? Number(day) : 0;
  if (dayNumber < 1 || dayNumber > 31)
    return { kind: 'problem', problem: { code: 'day' }, parts: ['day'] };
  const monthNumber = readMonth(month);
  if (monthNumber === undefined)
    return { kind: 'problem', problem: { code: 'month' }, parts: ['month'] };
  if (!/^\d{4}$/.test(year) || Number(year) < 1000)
    return {
      kind: 'problem',
      problem: { code: 'year', example: today.slice(0, 4) },
      parts: ['year'],
    };
  const yearNumber = Number(year);
  const written = `${pad(dayNumber, 2)}/${pad(monthNumber, 2)}/${year}`;
  if (!exists(yearNumber, monthNumber, dayNumber))
    return {
      kind: 'problem',
      problem: { code: 'noSuchDate', written },
      parts: ['day', 'month'],
    };
  return { kind: 'date', iso: `${year}-${pad(monthNumber, 2)}-${pad(dayNumber, 2)}` };
}

/** The boxes an error is about, for the UI to mark: the ones the reading blames, else all. */
export function datePartsInError(value: string): readonly DatePart[] {
  // The day only changes the example year of a message, which is not shown here.
  const reading = readDate(value, '');
  return reading.kind === 'problem' ? reading.parts : ['day', 'month', 'year'];
}
