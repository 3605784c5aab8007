import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IcsError, readIcsHolidays } from './ics-holidays';

const FIXTURE = readFileSync(join(__dirname, '../../../../test/fixtures/holidays.ics'), 'utf8');

const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...events, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) =>
  [
    'BEGIN:VEVENT',
    ...(lines.some((l) => l.startsWith('UID:')) ? [] : [`UID:${Math.random()}`]),
    'DTSTAMP:20250101T000000Z',
    ...lines,
    'END:VEVENT',
  ].join('\r\n');

describe('reading holidays from an iCalendar file', () => {
  it('turns all-day events into holidays by date, one per day, and expands yearly ones over the years asked', () => {
    const { holidays, skipped } = readIcsHolidays(FIXTURE, 2026, 2027);
    expect(holidays).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-12-24', name: 'Christmas' },
      { date: '2026-12-25', name: 'Christmas' },
      { date: '2026-12-26', name: 'Christmas' },
      { date: '2027-01-01', name: "New Year's Day" },
      { date: '2027-05-01', name: 'Labour Day' },
    ]);
    expect(skipped).toEqual([
      { name: 'Neujahr', date: '2027-01-01', reason: "“New Year's Day” of the same file is on that day." },
      { name: 'Office party', date: '2026-12-18', reason: 'It is not an all-day event: it has a time of day.' },
      { name: 'Planning day', date: '2026-01-05', reason: 'It repeats weekly: only yearly holidays are imported.' },
      { name: "Founders' Day", date: null, reason: 'It is cancelled.' },
    ]);
  });

  it('leaves out the years a yearly event skips (EXDATE) and a moved occurrence’s old day', () => {
    const text = calendar(
      event('DTSTART;VALUE=DATE:20240601', 'RRULE:FREQ=YEARLY', 'EXDATE;VALUE=DATE:20260601', 'SUMMARY:Summer day'),
      event('UID:moved', 'DTSTART;VALUE=DATE:20230301', 'RRULE:FREQ=YEARLY', 'SUMMARY:Spring day'),
      event('UID:moved', 'RECURRENCE-ID;VALUE=DATE:20270301', 'DTSTART;VALUE=DATE:20270302', 'SUMMARY:Spring day'),
    );
    const { holidays } = readIcsHolidays(text, 2026, 2027);
    expect(holidays.map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-03-01 Spring day',
      '2027-03-02 Spring day',
      '2027-06-01 Summer day',
    ]);
  });

  it('skips an event longer than a month and one that repeats yearly outside the years asked', () => {
    const { holidays, skipped } = readIcsHolidays(
      calendar(
        event('DTSTART;VALUE=DATE:20260701', 'DTEND;VALUE=DATE:20260901', 'SUMMARY:Summer'),
        event('DTSTART;VALUE=DATE:20100101', 'RRULE:FREQ=YEARLY;UNTIL=20120101', 'SUMMARY:Old holiday'),
      ),
      2026,
      2027,
    );
    expect(holidays).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'It lasts 62 days: longer than a month is not a holiday.',
      'It repeats yearly but falls on no day in 2026–2027.',
    ]);
  });

  it('refuses what is not an iCalendar file, or one without events', () => {
    expect(() => readIcsHolidays('Name,Date\nNew Year,2026-01-01', 2026, 2027)).toThrow(IcsError);
    expect(() => readIcsHolidays('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD', 2026, 2027)).toThrow(
      'This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.',
    );
    expect(() => readIcsHolidays(calendar(), 2026, 2027)).toThrow('The file holds no events');
  });
});
