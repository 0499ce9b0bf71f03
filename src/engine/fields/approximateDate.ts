import { addToDate, formatDate } from './calendarDate';
import { isTypedDate } from './dateInput';

/**
 * « Depuis quand ? » when few people know the day: a field with `approximate: true` offers these
 * answers before « À une date précise ». An answer is saved with the day it was given
 * (`yesterday@2026-11-30`), so the ticket can say which day « hier » was, however late it is read.
 */
export const approximateAnswers = [
  { value: 'today', label: 'Aujourd’hui' },
  { value: 'yesterday', label: 'Hier' },
  { value: 'fewDays', label: 'Il y a quelques jours (moins d’une semaine)' },
  { value: 'overAWeek', label: 'Il y a plus d’une semaine' },
  { value: 'unknown', label: 'Je ne sais plus' },
] as const;

type ApproximateAnswer = (typeof approximateAnswers)[number]['value'];

/** The last choice, which opens the date boxes. */
export const exactDateLabel = 'À une date précise';

const answered = /^(today|yesterday|fewDays|overAWeek)@(\d{4}-\d{2}-\d{2})$/;

function isAnswer(value: string): value is ApproximateAnswer {
  return approximateAnswers.some((candidate) => candidate.value === value);
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

/** How a saved value reads for the person and the agent: « hier (29/11/2026) », « 12/11/2026 ». */
export function describeApproximate(value: string): string {
  if (value === 'unknown') return 'ne sait plus';
  const match = answered.exec(value);
  const day = match?.[2];
  if (day === undefined) return formatDate(value);
  switch (match?.[1]) {
    case 'today':
      return `aujourd’hui (${formatDate(day)})`;
    case 'yesterday':
      return `hier (${before(day, 1)})`;
    case 'fewDays':
      return `il y a quelques jours (entre le ${before(day, 6)} et le ${before(day, 2)})`;
    default:
      return `il y a plus d’une semaine (le ${before(day, 7)} ou avant)`;
  }
}
