import fc from 'fast-check';
import {
  followingMeetingDate,
  isValidStartTime,
  isValidTimeZone,
  localDateTime,
  nextMeetingAt,
  zonedInstant,
  type SeriesSchedule,
} from './schedule';

const berlin = (cadence: SeriesSchedule['cadence'] = 'weekly'): SeriesSchedule => ({
  cadence,
  weekday: 2,
  startTime: '10:00',
  timeZone: 'Europe/Berlin',
});

describe('zonedInstant', () => {
  it('reads a wall-clock time in the zone’s offset of that day, summer and winter', () => {
    expect(zonedInstant('2026-07-07', '10:00', 'Europe/Berlin').toISOString()).toBe('2026-07-07T08:00:00.000Z');
    expect(zonedInstant('2026-01-06', '10:00', 'Europe/Berlin').toISOString()).toBe('2026-01-06T09:00:00.000Z');
    expect(zonedInstant('2026-07-07', '10:00', 'America/New_York').toISOString()).toBe('2026-07-07T14:00:00.000Z');
    expect(zonedInstant('2026-01-06', '10:00', 'America/New_York').toISOString()).toBe('2026-01-06T15:00:00.000Z');
  });

  it('moves a time the clocks skip forward by the gap, and takes the first of a time that happens twice', () => {
    // Berlin springs forward at 02:00 on 2026-03-29: 02:30 does not exist, it becomes 03:30 CEST.
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // New York falls back at 02:00 on 2026-11-01: 01:30 happens twice, first in EDT (UTC−4).
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('gives back the same wall-clock time for any real local time (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'UTC'),
        (instant, zone) => {
          const whole = new Date(Math.floor(instant.getTime() / 60_000) * 60_000);
          const local = localDateTime(whole, zone);
          const back = zonedInstant(local.date, local.time, zone);
          expect(localDateTime(back, zone)).toEqual(local);
        },
      ),
    );
  });
});

describe('nextMeetingAt', () => {
  it('keeps 10:00 on the wall clock across the spring change in Berlin (the instant moves an hour)', () => {
    // Tuesday 2026-03-24 10:00 CET (09:00Z); the clocks change on Sunday 03-29.
    const previous = new Date('2026-03-24T09:00:00Z');
    const next = nextMeetingAt(berlin(), previous, new Date('2026-03-24T12:00:00Z'));
    expect(next.toISOString()).toBe('2026-03-31T08:00:00.000Z');
    expect(localDateTime(next, 'Europe/Berlin')).toEqual({ date: '2026-03-31', time: '10:00' });
  });

  it('keeps 09:30 on the wall clock across the autumn change in New York', () => {
    const schedule: SeriesSchedule = {
      cadence: 'biweekly',
      weekday: 4,
      startTime: '09:30',
      timeZone: 'America/New_York',
    };
    // Thursday 2026-10-29 09:30 EDT (13:30Z); New York falls back on 11-01.
    const next = nextMeetingAt(schedule, new Date('2026-10-29T13:30:00Z'), new Date('2026-10-29T15:00:00Z'));
    expect(next.toISOString()).toBe('2026-11-12T14:30:00.000Z');
    expect(localDateTime(next, 'America/New_York')).toEqual({ date: '2026-11-12', time: '09:30' });
  });

  it('starts a new series on the first such weekday from today, or next week when today’s time has passed', () => {
    // Tuesday 2026-12-01, 07:00 in Berlin: today at 10:00 is still ahead.
    expect(nextMeetingAt(berlin(), null, new Date('2026-12-01T06:00:00Z')).toISOString()).toBe(
      '2026-12-01T09:00:00.000Z',
    );
    // The same Tuesday at 11:00: a week later.
    expect(nextMeetingAt(berlin(), null, new Date('2026-12-01T10:00:00Z')).toISOString()).toBe(
      '2026-12-08T09:00:00.000Z',
    );
    // Friday 2026-12-04: the coming Tuesday.
    expect(nextMeetingAt(berlin(), null, new Date('2026-12-04T10:00:00Z')).toISOString()).toBe(
      '2026-12-08T09:00:00.000Z',
    );
  });

  it('never puts the next meeting in the past for a series that fell behind', () => {
    const next = nextMeetingAt(berlin('biweekly'), new Date('2026-01-06T09:00:00Z'), new Date('2026-12-04T10:00:00Z'));
    expect(next.getTime()).toBeGreaterThan(new Date('2026-12-04T10:00:00Z').getTime());
    expect(localDateTime(next, 'Europe/Berlin')).toEqual({ date: '2026-12-08', time: '10:00' }); // 48 weeks after 01-06: the rhythm holds
  });

  it('is always on the series’ weekday and time, after now (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SeriesSchedule['cadence']>('weekly', 'biweekly', 'monthly'),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom('08:00', '10:30', '17:45'),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Tokyo'),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 90 }),
        (cadence, weekday, startTime, timeZone, previous, daysLater) => {
          const schedule = { cadence, weekday: weekday as SeriesSchedule['weekday'], startTime, timeZone };
          const now = new Date(previous.getTime() + daysLater * 86_400_000);
          const next = nextMeetingAt(schedule, previous, now);
          expect(next.getTime()).toBeGreaterThan(now.getTime());
          const local = localDateTime(next, timeZone);
          expect(local.time).toBe(startTime);
          expect(new Date(`${local.date}T00:00:00Z`).getUTCDay() || 7).toBe(weekday);
        },
      ),
    );
  });
});

describe('followingMeetingDate', () => {
  it('weekly and biweekly: one and two weeks after a meeting on the weekday', () => {
    expect(followingMeetingDate({ cadence: 'weekly', weekday: 2 }, '2026-12-01')).toBe('2026-12-08');
    expect(followingMeetingDate({ cadence: 'biweekly', weekday: 2 }, '2026-12-01')).toBe('2026-12-15');
  });

  it('monthly: the same rank of the weekday in the next month; a fifth one means the last', () => {
    // 2026-12-08 is the second Tuesday of December; the second Tuesday of January 2027 is the 12th.
    expect(followingMeetingDate({ cadence: 'monthly', weekday: 2 }, '2026-12-08')).toBe('2027-01-12');
    // 2026-12-29 is the fifth Tuesday: the last Tuesday of January 2027, the 26th.
    expect(followingMeetingDate({ cadence: 'monthly', weekday: 2 }, '2026-12-29')).toBe('2027-01-26');
    // 2026-03-31 is the fifth Tuesday of March; April 2026 has a fifth Tuesday, the 28th.
    expect(followingMeetingDate({ cadence: 'monthly', weekday: 2 }, '2026-03-31')).toBe('2026-04-28');
  });
});

describe('validation helpers', () => {
  it('knows IANA zones and HH:MM times', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidStartTime('09:30')).toBe(true);
    expect(isValidStartTime('9:30')).toBe(false);
    expect(isValidStartTime('24:00')).toBe(false);
  });
});
