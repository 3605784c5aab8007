import type { FieldErrors } from '@web/shared/forms/useForm';

// The API's limits.
export const MAX_CALENDAR_NAME = 100;
export const MAX_HOLIDAY_NAME = 200;
/** An iCalendar file of holidays is far smaller; the API refuses more. */
export const MAX_ICS_BYTES = 1_000_000;

export interface CalendarNameValues {
  name: string;
}

export function validateCalendarName(values: CalendarNameValues, otherNames: readonly string[]): FieldErrors<'name'> {
  const name = values.name.trim();
  if (!name) return { name: 'Name the calendar.' };
  if ([...name].length > MAX_CALENDAR_NAME) return { name: `Keep the name under ${MAX_CALENDAR_NAME} characters.` };
  if (otherNames.some((other) => other.toLowerCase() === name.toLowerCase())) {
    return { name: `There is a calendar named “${name}” already: choose another name.` };
  }
  return {};
}

export interface HolidayValues {
  date: string;
  name: string;
}

export type HolidayField = keyof HolidayValues;

export function validateHoliday(values: HolidayValues, taken: readonly string[]): FieldErrors<HolidayField> {
  const errors: FieldErrors<HolidayField> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'Choose the day.';
  else if (taken.includes(values.date)) errors.date = 'That day is a holiday on this calendar already.';
  const name = values.name.trim();
  if (!name) errors.name = 'Name the holiday.';
  else if ([...name].length > MAX_HOLIDAY_NAME) errors.name = `Keep the name under ${MAX_HOLIDAY_NAME} characters.`;
  return errors;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The weekday of a calendar date, whatever the browser's time zone. */
export function weekdayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7];
}

/** The years a calendar's list offers: those with holidays, and this year and next. */
export function yearChoices(years: readonly number[], thisYear: number): number[] {
  return [...new Set([...years, thisYear, thisYear + 1])].sort((a, b) => a - b);
}

/** "12 holidays imported, 3 skipped" */
export function importSummary(imported: number, skipped: number): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(imported, 'holiday')} imported, ${skipped} skipped`;
}
