import { dayNumber } from './fiscal-quarter';

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** An ISO week: the year it belongs to (not always the calendar year of its days), its number, its Monday. */
export interface IsoWeek {
  year: number;
  week: number;
  /** e.g. "2026-W49". */
  key: string;
  /** The week's Monday (YYYY-MM-DD). */
  monday: string;
}

/** The date (YYYY-MM-DD) of a day number (days since 1970-01-01): the inverse of `dayNumber`. */
export function dateOfDayNumber(day: number): string {
  // Howard Hinnant's civil-from-days.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** The ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): Weekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): Weekday {
  return weekdayOfDayNumber(dayNumber(date));
}

/** The Monday of the ISO week containing `date`. */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  return dateOfDayNumber(day - (weekdayOfDayNumber(day) - 1));
}

/**
 * The ISO week of a date. Week 1 is the week with the year's first Thursday, so 2020-12-31 is in
 * 2020-W53 and 2021-01-03 still in 2020-W53, while 2024-12-30 is in 2025-W01.
 */
export function isoWeekOf(date: string): IsoWeek {
  const day = dayNumber(date);
  const monday = day - (weekdayOfDayNumber(day) - 1);
  const thursday = dateOfDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return { year, week, key: `${year}-W${String(week).padStart(2, '0')}`, monday: dateOfDayNumber(monday) };
}

/** The ISO weeks that overlap [from, to], in order (from ≤ to, both YYYY-MM-DD). */
export function isoWeeksBetween(from: string, to: string): IsoWeek[] {
  const last = dayNumber(to);
  const weeks: IsoWeek[] = [];
  for (let monday = dayNumber(mondayOf(from)); monday <= last; monday += 7) {
    weeks.push(isoWeekOf(dateOfDayNumber(monday)));
  }
  return weeks;
}
