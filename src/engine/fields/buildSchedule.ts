import { addToDate, formatLongDate } from './calendarDate';
import type { FieldValues } from '../contract/schemas/fieldSchema';
import { datePlaceholder, type Schedule } from '../contract/schemas/stepSchema';

/** One computed date, with the entry's sentence in both tenses, the date written in full. */
export interface ScheduleRow {
  /** YYYY-MM-DD. */
  date: string;
  future: string;
  past: string;
}

export interface ScheduleView {
  title: string;
  rows: readonly ScheduleRow[];
}

/**
 * The schedule's dates, each written in full by `longDate` (French by default, the person's
 * language in the wizard); undefined when the user gave no (valid) date.
 */
export function buildSchedule(
  schedule: Schedule,
  fields: FieldValues,
  longDate: (iso: string) => string = formatLongDate,
): ScheduleView | undefined {
  const from = fields[schedule.from] ?? '';
  const rows = schedule.entries.flatMap((entry) => {
    const date = addToDate(from, entry);
    if (date === undefined) return [];
    const written = longDate(date);
    return [
      {
        date,
        future: entry.future.replaceAll(datePlaceholder, written),
        past: entry.past.replaceAll(datePlaceholder, written),
      },
    ];
  });
  return rows.length === 0 ? undefined : { title: schedule.title, rows };
}

/**
 * The schedule as read on `today` (YYYY-MM-DD, the person's day, which the UI gives: the engine
 * reads no clock): a date before today in the past tense, today and later in the future.
 */
export function scheduleLines(schedule: ScheduleView, today: string): string[] {
  return schedule.rows.map((row) => (row.date < today ? row.past : row.future));
}
