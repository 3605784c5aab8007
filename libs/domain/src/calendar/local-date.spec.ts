import fc from 'fast-check';
import { dayNumber } from './fiscal-quarter';
import { addDays, dateOfDayNumber, isoWeekday, isoWeekOf, isoWeeksBetween, mondayOf } from './local-date';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('turns day numbers back into dates, across leap days and centuries', () => {
    expect(dateOfDayNumber(0)).toBe('1970-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    fc.assert(fc.property(isoDate, (date) => expect(dateOfDayNumber(dayNumber(date))).toBe(date)));
  });

  it('names weekdays the ISO way, Monday first', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-04')).toBe(5);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });

  it('puts the turn of the year in the ISO week of its Thursday, week 53 included', () => {
    expect(isoWeekOf('2020-12-31').key).toBe('2020-W53');
    expect(isoWeekOf('2021-01-03').key).toBe('2020-W53');
    expect(isoWeekOf('2021-01-04').key).toBe('2021-W01');
    expect(isoWeekOf('2024-12-30').key).toBe('2025-W01');
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53, key: '2026-W53', monday: '2026-12-28' });
    expect(isoWeekOf('2027-01-04').key).toBe('2027-W01');
  });

  it('gives every date a week whose Monday is at most six days before it', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const week = isoWeekOf(date);
        const offset = dayNumber(date) - dayNumber(week.monday);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(6);
        expect(isoWeekday(week.monday)).toBe(1);
        expect(week.week).toBeGreaterThanOrEqual(1);
        expect(week.week).toBeLessThanOrEqual(53);
      }),
    );
  });

  it('lists the weeks a range touches, each once and in order', () => {
    expect(isoWeeksBetween('2026-12-30', '2027-01-06').map((w) => w.key)).toEqual(['2026-W53', '2027-W01']);
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 400 }), (from, length) => {
        const weeks = isoWeeksBetween(from, addDays(from, length));
        expect(weeks[0].key).toBe(isoWeekOf(from).key);
        expect(weeks[weeks.length - 1].key).toBe(isoWeekOf(addDays(from, length)).key);
        for (let i = 1; i < weeks.length; i++)
          expect(dayNumber(weeks[i].monday) - dayNumber(weeks[i - 1].monday)).toBe(7);
      }),
    );
  });
});
