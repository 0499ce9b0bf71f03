import { addToDate, formatDate } from './calendarDate';
import { isTypedDate } from './dateInput';

/**
 * « Depuis quand ? » when few people know the day: a field with `approximate: true` offers these
 * answers before « À une date précise » (their words are the UI's, in each language: `form.approximate`
 * in src/ui/i18n/). An answer is saved with the day it was given (`yesterday@2026-11-30`), so the
 * ticket can say which day « hier » was, however late it is read.
 */
export const approximateAnswers = [
  'today',
  'yesterday',
  'fewDays',
  'overAWeek',
  'unknown',
] as const;

type ApproximateAnswer = (typeof approximateAnswers)[number];

const answered = /^(today|yesterday|fewDays|overAWeek)@(\d{4}-\d{2}-\d{2})$/;

function isAnswer(value: string): value is ApproximateAnswer {
  return approximateAnswers.some((candidate) => candidate === value);
}

/** Which choice a value selects: an approximate answer, `exact` for a date, '' for none. */
export function approximateChoice(value: string): ApproximateAnswer | 'exact' | '' {
  const answer = value.split('@')[0] ?? '';
  if (isAnswer(answer)) return answer;
  return isTypedDate(value) || /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? 'exact' : '';
}

/**
 * An approximate answer as it is saved: `today`… dated with `today`; one already dated keeps its
 * day (a saved session or an agent's link replays it), unless that day is still to come.
 * Undefined for anything else (a date, typed or saved, is read as a date).
 */
export function datedAnswer(value: string, today: string): string | undefined {
  if (value === 'unknown') return value;
  if (isAnswer(value)) return `${value}@${today}`;
  const match = answered.exec(value);
  const day = match?.[2];
  if (day === undefined || addToDate(day, {}) !== day || day > today) return undefined;
  return value;
}

const before = (day: string, days: number) => formatDate(addToDate(day, { days: -days }) ?? day);

/** How an approximate answer reads, in one language; each date is DD/MM/YYYY. */
export interface ApproximateWords {
  unknown: string;
  today: (day: string) => string;
  yesterday: (day: string) => string;
  /** Between `from` and `to`, both included. */
  fewDays: (from: string, to: string) => string;
  /** `day` or before. */
  overAWeek: (day: string) => string;
}

/** The ticket's words: French, as the agent reads them. */
export const frenchApproximateWords: ApproximateWords = {
  unknown: 'ne sait plus',
  today: (day) => `aujourd’hui (${day})`,
  yesterday: (day) => `hier (${day})`,
  fewDays: (from, to) => `il y a quelques jours (entre le ${from} et le ${to})`,
  overAWeek: (day) => `il y a plus d’une semaine (le ${day} ou avant)`,
};

/**
 * How a saved value reads for the person and the agent: « hier (29/11/2026) », « 12/11/2026 »;
 * in `words`' language (the ticket's are French).
 */
export function describeApproximate(
  value: string,
  words: ApproximateWords = frenchApproximateWords,
): string {
  if (value === 'unknown') return words.unknown;
  const match = answered.exec(value);
  const day = match?.[2];
  if (day === undefined) return formatDate(value);
  switch (match?.[1]) {
    case 'today':
      return words.today(formatDate(day));
    case 'yesterday':
      return words.yesterday(before(day, 1));
    case 'fewDays':
      return words.fewDays(before(day, 6), before(day, 2));
    default:
      return words.overAWeek(before(day, 7));
  }
}
