import { addDays, daysBetween } from '@trellis/domain';
import ICAL from 'ical.js';

/** A holiday read from a file. */
export interface IcsHoliday {
  date: string;
  name: string;
}

/** An event (or a day of one) left out, and why, in words for the admin who imported the file. */
export interface IcsSkipped {
  name: string;
  date: string | null;
  reason: string;
}

export interface IcsReading {
  holidays: IcsHoliday[];
  skipped: IcsSkipped[];
}

/** What a file cannot be: the reason is shown as it is. */
export class IcsError extends Error {}

/** An event longer than this is a season or a term, not a holiday. */
export const MAX_HOLIDAY_DAYS = 31;
/** Holidays are calendar dates between these (as the LocalDate scalar). */
const EARLIEST = '1970-01-01';
const LATEST = '2999-12-31';
const NAME_LENGTH = 200;
/** A yearly rule is followed at most this many times, whatever its range. */
const MAX_OCCURRENCES = 1000;

const FREQUENCY: Record<string, string> = {
  SECONDLY: 'every second',
  MINUTELY: 'every minute',
  HOURLY: 'hourly',
  DAILY: 'daily',
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
};

/**
 * The holidays of an iCalendar file: every all-day event becomes a holiday on each of its days
 * (DTEND is exclusive, as the format says); an event that repeats yearly is expanded over the years
 * `fromYear` to `toYear`. Anything else is skipped with a reason: a timed event, a cancelled one,
 * one that repeats otherwise, one longer than a month, a day another event already took.
 */
export function readIcsHolidays(text: string, fromYear: number, toYear: number): IcsReading {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    throw new IcsError(`This is not an iCalendar file (${e instanceof Error ? e.message : 'it could not be read'}).`);
  }
  if (root.name !== 'vcalendar')
    throw new IcsError('This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.');
  const components = root.getAllSubcomponents('vevent');
  if (components.length === 0) throw new IcsError('The file holds no events: there is nothing to import.');

  const events = components.map((c) => new ICAL.Event(c));
  // A changed occurrence of a repeating event (RECURRENCE-ID) stands in for the one it replaces.
  const replaced = new Set(
    events.filter((e) => e.isRecurrenceException()).map((e) => `${e.uid}|${e.recurrenceId.toString().slice(0, 10)}`),
  );

  const taken = new Map<string, string>();
  const holidays: IcsHoliday[] = [];
  const skipped: IcsSkipped[] = [];
  const skip = (name: string, date: string | null, reason: string) => skipped.push({ name, date, reason });

  for (const event of events) {
    const name = nameOf(event);
    const status = String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') {
      skip(name, null, 'It is cancelled.');
      continue;
    }
    if (!event.component.hasProperty('dtstart')) {
      skip(name, null, 'It has no date.');
      continue;
    }
    const start = event.startDate;
    const startDate = start.toString().slice(0, 10);
    if (!start.isDate) {
      skip(name, startDate, 'It is not an all-day event: it has a time of day.');
      continue;
    }
    const length = lengthInDays(event, startDate);
    if (length > MAX_HOLIDAY_DAYS) {
      skip(name, startDate, `It lasts ${length} days: longer than a month is not a holiday.`);
      continue;
    }

    let firstDays: string[];
    if (event.isRecurring() && !event.isRecurrenceException()) {
      const other = Object.keys(event.getRecurrenceTypes()).find((f) => f !== 'YEARLY');
      if (other) {
        skip(
          name,
          startDate,
          `It repeats ${FREQUENCY[other] ?? other.toLowerCase()}: only yearly holidays are imported.`,
        );
        continue;
      }
      firstDays = [];
      const iterator = event.iterator();
      for (let n = 0; n < MAX_OCCURRENCES; n++) {
        const next = iterator.next();
        if (!next) break;
        const day = next.toString().slice(0, 10);
        if (Number(day.slice(0, 4)) > toYear) break;
        if (Number(day.slice(0, 4)) < fromYear) continue;
        if (replaced.has(`${event.uid}|${day}`)) continue;
        firstDays.push(day);
      }
      if (firstDays.length === 0) {
        skip(name, startDate, `It repeats yearly but falls on no day in ${fromYear}–${toYear}.`);
        continue;
      }
    } else {
      firstDays = [startDate];
    }

    for (const first of firstDays) {
      for (let i = 0; i < length; i++) {
        const date = addDays(first, i);
        if (date < EARLIEST || date > LATEST) {
          skip(name, date, `Holidays are dates from ${EARLIEST.slice(0, 4)} to ${LATEST.slice(0, 4)}.`);
          continue;
        }
        const other = taken.get(date);
        if (other !== undefined) {
          skip(name, date, `“${other}” of the same file is on that day.`);
          continue;
        }
        taken.set(date, name);
        holidays.push({ date, name });
      }
    }
  }
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  return { holidays, skipped };
}

function nameOf(event: ICAL.Event): string {
  const summary = (event.summary ?? '').replace(/\s+/g, ' ').trim();
  if (!summary) return 'Holiday';
  const chars = [...summary];
  return chars.length > NAME_LENGTH ? `${chars.slice(0, NAME_LENGTH - 1).join('')}…` : summary;
}

/** Days an all-day event covers: DTEND is the day after the last; no DTEND means one day. */
function lengthInDays(event: ICAL.Event, startDate: string): number {
  const hasEnd = event.component.hasProperty('dtend') || event.component.hasProperty('duration');
  if (!hasEnd) return 1;
  const end = event.endDate.toString().slice(0, 10);
  return Math.max(1, daysBetween(startDate, end));
}
