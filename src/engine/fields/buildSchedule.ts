import { addToDate, formatLongDate } from './calendarDate';
import type { FieldValues } from '../contract/fieldSchema';
import type { Schedule } from '../contract/stepSchema';

export interface ScheduleView {
  title: string;
  rows: readonly { label: string; date: string }[];
}

/** The schedule's dates, written in full French; undefined when the user gave no (valid) date. */
export function buildSchedule(schedule: Schedule, fields: FieldValues): ScheduleView | undefined {
  const from = fields[schedule.from] ?? '';
  const rows = schedule.entries.flatMap((entry) => {
    const date = addToDate(from, entry);
    return date === undefined ? [] : [{ label: entry.label, date: formatLongDate(date) }];
  });
  return rows.length === 0 ? undefined : { title: schedule.title, rows };
}
