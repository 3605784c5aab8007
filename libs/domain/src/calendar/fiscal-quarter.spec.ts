import fc from 'fast-check';
import { dayNumber, daysBetween, fiscalQuarterOf } from './fiscal-quarter';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const month = fc.integer({ min: 1, max: 12 });

describe('fiscalQuarterOf', () => {
  it('gives calendar quarters when the fiscal year starts in January', () => {
    expect(fiscalQuarterOf('2026-11-24', 1)).toEqual({
      fiscalYear: 2026,
      quarter: 4,
      start: '2026-10-01',
      end: '2026-12-31',
      label: 'FY2026 Q4',
    });
  });

  it('names a year that starts in April after the calendar year it ends in', () => {
    expect(fiscalQuarterOf('2026-04-01', 4)).toMatchObject({
      fiscalYear: 2027,
      quarter: 1,
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(fiscalQuarterOf('2027-03-31', 4)).toMatchObject({
      fiscalYear: 2027,
      quarter: 4,
      start: '2027-01-01',
      end: '2027-03-31',
    });
    expect(fiscalQuarterOf('2026-11-24', 4).label).toBe('FY2027 Q3');
  });

  it('handles quarters that cross the calendar year and leap days', () => {
    expect(fiscalQuarterOf('2024-01-15', 11)).toMatchObject({ quarter: 1, start: '2023-11-01', end: '2024-01-31' });
    expect(fiscalQuarterOf('2024-02-29', 12)).toMatchObject({ quarter: 1, start: '2023-12-01', end: '2024-02-29' });
  });

  it('refuses a bad month or date with a message naming it', () => {
    expect(() => fiscalQuarterOf('2026-01-01', 13)).toThrow('start month must be 1-12, got 13');
    expect(() => fiscalQuarterOf('2026-02-30', 1)).toThrow('Not an ISO date: "2026-02-30"');
  });

  it('always contains the date, spans three months, and starts on a fiscal quarter boundary', () => {
    fc.assert(
      fc.property(isoDate, month, (date, startMonth) => {
        const q = fiscalQuarterOf(date, startMonth);
        expect(q.start <= date && date <= q.end).toBe(true);
        expect(q.start.endsWith('-01')).toBe(true);
        const startMonthOfQuarter = Number(q.start.slice(5, 7));
        expect((startMonthOfQuarter - startMonth + 12) % 3).toBe(0);
        expect(daysBetween(q.start, q.end)).toBeGreaterThanOrEqual(88);
        expect(daysBetween(q.start, q.end)).toBeLessThanOrEqual(91);
      }),
    );
  });

  it('gives every day of a quarter the same quarter, and the next day after its end the next one', () => {
    fc.assert(
      fc.property(isoDate, month, (date, startMonth) => {
        const q = fiscalQuarterOf(date, startMonth);
        expect(fiscalQuarterOf(q.start, startMonth)).toEqual(q);
        expect(fiscalQuarterOf(q.end, startMonth)).toEqual(q);
        const next = new Date(`${q.end}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        const after = fiscalQuarterOf(next.toISOString().slice(0, 10), startMonth);
        expect(after.quarter).toBe(q.quarter === 4 ? 1 : q.quarter + 1);
        expect(after.fiscalYear).toBe(q.quarter === 4 ? q.fiscalYear + 1 : q.fiscalYear);
      }),
    );
  });
});

describe('dayNumber and daysBetween', () => {
  it('count days as the calendar does, across leap years and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(dayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      }),
    );
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '26-01-01', '2026-01-01T00:00', '', 'abcd-ef-gh'])(
    'refuses "%s"',
    (date) => {
      expect(() => dayNumber(date)).toThrow(RangeError);
    },
  );
});
