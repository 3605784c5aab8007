import { dayNumber } from '../calendar/fiscal-quarter';
import { addDays, dateOfDayNumber, weekdayOfDayNumber, type Weekday } from '../calendar/local-date';

/**
 * When the meetings of a one-on-one series fall, in the series' own time zone.
 *
 * A series meets on one weekday at one local time ("Tuesdays at 10:00, Europe/Berlin"), so the
 * meeting stays at 10:00 on the wall clock across daylight-saving changes, and its instant moves.
 *
 * - **weekly**: the first such weekday after the previous meeting's day;
 * - **biweekly**: the first such weekday at least eight days after it (two weeks after a meeting
 *   held on the weekday itself; a meeting moved to another day keeps the rhythm close);
 * - **monthly**: in the month after the previous meeting, the same weekday of the same rank: the
 *   previous meeting's day is the n-th of its weekday in its month (days 1–7 are the first, 8–14
 *   the second…), and the next meeting is the n-th such weekday of the next month; a fifth one
 *   (days 29–31) means the last one of the next month.
 *
 * With no previous meeting (a new series) the first meeting is the first such weekday from today.
 * A meeting is never put in the past: a series that fell behind moves on until its next time is
 * after now.
 *
 * A local time the clocks skip (02:30 on the night clocks go forward) is moved forward by the
 * gap; a time that happens twice (when the clocks go back) is the first of the two.
 */

export type Cadence = 'weekly' | 'biweekly' | 'monthly';

export interface SeriesSchedule {
  cadence: Cadence;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: Weekday;
  /** Local start time, "HH:MM" (24 h). */
  startTime: string;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows the IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Whether a start time is "HH:MM" on a 24-hour clock. */
export function isValidStartTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** The wall-clock date and time of an instant in a time zone. */
export function localDateTime(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The time zone's offset from UTC at an instant, in minutes (Berlin in summer: 120). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of a local date and time in a time zone (see the module's note on gaps and repeats). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const DAY = 86_400_000;
  // The offsets a day either side cover both sides of any change of the clocks that day.
  const before = timeZoneOffsetMinutes(new Date(wall - DAY), timeZone);
  const after = timeZoneOffsetMinutes(new Date(wall + DAY), timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => {
      const local = localDateTime(new Date(t), timeZone);
      return local.date === date && local.time === time;
    })
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]);
  // Skipped by the clocks: read with the offset before the change, which lands after the gap.
  return new Date(wall - before * 60_000);
}

/** The first date on or after `date` that falls on `weekday`. */
export function onOrAfter(date: string, weekday: Weekday): string {
  const day = dayNumber(date);
  return dateOfDayNumber(day + ((weekday - weekdayOfDayNumber(day) + 7) % 7));
}

/** The n-th `weekday` of a month (n 1–4), or its last one (n 5). */
function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, n: number): string {
  const first = onOrAfter(`${year}-${String(month).padStart(2, '0')}-01`, weekday);
  if (n <= 4) return addDays(first, 7 * (n - 1));
  const fifth = addDays(first, 28);
  return Number(fifth.slice(5, 7)) === month ? fifth : addDays(first, 21);
}

/** The meeting day that follows a meeting held (or planned) on `previous`, by the cadence alone. */
export function followingMeetingDate(schedule: Pick<SeriesSchedule, 'cadence' | 'weekday'>, previous: string): string {
  switch (schedule.cadence) {
    case 'weekly':
      return onOrAfter(addDays(previous, 1), schedule.weekday);
    case 'biweekly':
      return onOrAfter(addDays(previous, 8), schedule.weekday);
    case 'monthly': {
      const rank = Math.ceil(Number(previous.slice(8, 10)) / 7);
      let year = Number(previous.slice(0, 4));
      let month = Number(previous.slice(5, 7)) + 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
      return nthWeekdayOfMonth(year, month, schedule.weekday, rank);
    }
  }
}

/**
 * The next meeting of a series: after the previous meeting (its instant, read on the series'
 * wall clock) by the cadence, or from today for a new series; never at or before `now`.
 */
export function nextMeetingAt(schedule: SeriesSchedule, previous: Date | null, now: Date): Date {
  const today = localDateTime(now, schedule.timeZone).date;
  let date =
    previous === null
      ? onOrAfter(today, schedule.weekday)
      : followingMeetingDate(schedule, localDateTime(previous, schedule.timeZone).date);
  let at = zonedInstant(date, schedule.startTime, schedule.timeZone);
  // A series that fell behind: on by the cadence until the meeting is ahead. Bounded: a few
  // hundred steps cover decades.
  for (let i = 0; at.getTime() <= now.getTime() && i < 1000; i++) {
    date =
      previous === null && i === 0
        ? onOrAfter(addDays(today, 1), schedule.weekday)
        : followingMeetingDate(schedule, date);
    at = zonedInstant(date, schedule.startTime, schedule.timeZone);
  }
  return at;
}
