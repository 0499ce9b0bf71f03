/**
 * Calendar arithmetic on dates written `YYYY-MM-DD`, in UTC so that no time zone or daylight
 * saving change can shift a day.
 */
export interface DateOffset {
  months?: number;
  days?: number;
}

function parts(iso: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Adds months, then days. Months keep the day of the month when it exists and otherwise stop
 * at the month's last day: 31 January + 1 month is 28 (or 29) February, never 3 March.
 * Undefined for anything that is not a real date.
 */
export function addToDate(iso: string, offset: DateOffset): string | undefined {
  const [year, month, day] = parts(iso) ?? [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const start = new Date(Date.UTC(year, month - 1, day));
  if (toIso(start) !== iso) return undefined;
  const targetMonth = month - 1 + (offset.months ?? 0);
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)));
  shifted.setUTCDate(shifted.getUTCDate() + (offset.days ?? 0));
  return toIso(shifted);
}

const weekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const months = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `2027-03-01` → « lundi 1er mars 2027 », as a date is written in French. */
export function formatLongDate(iso: string): string {
  const [year, month, day] = parts(iso) ?? [];
  if (year === undefined || month === undefined || day === undefined) return iso;
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return `${weekday} ${day === 1 ? '1er' : String(day)} ${months[month - 1] ?? ''} ${String(year)}`;
}

/** `2026-11-25` → `25/11/2026`, the way dates are written in France; anything else as it is. */
export function formatDate(value: string): string {
  const [year, month, day] = parts(value) ?? [];
  if (year === undefined || month === undefined || day === undefined) return value;
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year)}`;
}
