import fc from 'fast-check';
import { fiscalQuarterOf } from './fiscal-quarter';
import {
  nextQuarterKey,
  parseQuarterKey,
  previousQuarterKey,
  quarterKey,
  quarterKeyOf,
  quarterOfKey,
} from './quarter-key';

const fiscalYear = fc.integer({ min: 1000, max: 9999 });
const quarterNumber = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const month = fc.integer({ min: 1, max: 12 });
const key = fc.record({ fiscalYear, quarter: quarterNumber }).map(quarterKey);
/** Keys with a neighbour on both sides, for round trips through previous and next. */
const innerKey = fc
  .record({ fiscalYear: fc.integer({ min: 1001, max: 9998 }), quarter: quarterNumber })
  .map(quarterKey);
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('quarterKey', () => {
  it('writes the fiscal year and quarter', () => {
    expect(quarterKey({ fiscalYear: 2027, quarter: 1 })).toBe('FY2027-Q1');
    expect(quarterKey(fiscalQuarterOf('2026-11-24', 4))).toBe('FY2027-Q3');
  });

  it('refuses a year or quarter that would not sort or parse', () => {
    expect(() => quarterKey({ fiscalYear: 999, quarter: 1 })).toThrow(RangeError);
    expect(() => quarterKey({ fiscalYear: 10000, quarter: 1 })).toThrow('fiscal year must be 1000-9999, got 10000');
    expect(() => quarterKey({ fiscalYear: 2027.5, quarter: 1 })).toThrow(RangeError);
    expect(() => quarterKey({ fiscalYear: 2027, quarter: 0 })).toThrow('A quarter must be 1-4, got 0');
    expect(() => quarterKey({ fiscalYear: 2027, quarter: 5 })).toThrow(RangeError);
  });

  it('sorts chronologically as text', () => {
    fc.assert(
      fc.property(fiscalYear, quarterNumber, fiscalYear, quarterNumber, (y1, q1, y2, q2) => {
        const a = quarterKey({ fiscalYear: y1, quarter: q1 });
        const b = quarterKey({ fiscalYear: y2, quarter: q2 });
        expect(Math.sign(a.localeCompare(b, 'en'))).toBe(Math.sign(y1 * 4 + q1 - (y2 * 4 + q2)));
        expect(a < b).toBe(y1 * 4 + q1 < y2 * 4 + q2);
      }),
    );
  });
});

describe('parseQuarterKey', () => {
  it('reads a well-formed key', () => {
    expect(parseQuarterKey('FY2027-Q1')).toEqual({ fiscalYear: 2027, quarter: 1 });
    expect(parseQuarterKey('FY1999-Q4')).toEqual({ fiscalYear: 1999, quarter: 4 });
  });

  it.each([
    '',
    'FY2027-Q0',
    'FY2027-Q5',
    'FY27-Q1',
    'FY02027-Q1',
    'FY0999-Q1',
    'fy2027-q1',
    'FY2027 Q1',
    ' FY2027-Q1',
    'FY2027-Q1 ',
    'FY2027-Q1\n',
    '2027-Q1',
    'FY2027-Q',
    'FY2027-Q１',
  ])('returns null for %j', (text) => {
    expect(parseQuarterKey(text)).toBeNull();
  });

  it('round-trips every key', () => {
    fc.assert(
      fc.property(fiscalYear, quarterNumber, (y, q) => {
        expect(parseQuarterKey(quarterKey({ fiscalYear: y, quarter: q }))).toEqual({ fiscalYear: y, quarter: q });
      }),
    );
  });

  it('never throws, and what it accepts writes back to the same text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^FY\d{3,5}-Q\d$/)), (text) => {
        const parsed = parseQuarterKey(text);
        if (parsed) expect(quarterKey(parsed)).toBe(text);
      }),
    );
  });
});

describe('quarterOfKey', () => {
  it('gives calendar quarters when the fiscal year starts in January', () => {
    expect(quarterOfKey('FY2026-Q4', 1)).toEqual({
      fiscalYear: 2026,
      quarter: 4,
      start: '2026-10-01',
      end: '2026-12-31',
      label: 'FY2026 Q4',
    });
  });

  it('starts FY2027 in April 2026 when the fiscal year starts in April', () => {
    expect(quarterOfKey('FY2027-Q1', 4)).toEqual({
      fiscalYear: 2027,
      quarter: 1,
      start: '2026-04-01',
      end: '2026-06-30',
      label: 'FY2027 Q1',
    });
    expect(quarterOfKey('FY2027-Q4', 4)).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
  });

  it('handles quarters that cross the calendar year and leap days', () => {
    expect(quarterOfKey('FY2024-Q1', 11)).toMatchObject({ start: '2023-11-01', end: '2024-01-31' });
    expect(quarterOfKey('FY2024-Q1', 12)).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
    expect(quarterOfKey('FY2025-Q1', 12)).toMatchObject({ start: '2024-12-01', end: '2025-02-28' });
  });

  it('refuses a malformed key or start month', () => {
    expect(() => quarterOfKey('FY2027-Q5', 4)).toThrow(
      'Not a quarter key (FY<year>-Q<1-4>, e.g. "FY2027-Q1"): "FY2027-Q5"',
    );
    expect(() => quarterOfKey('FY2027-Q1', 0)).toThrow('start month must be 1-12, got 0');
    expect(() => quarterOfKey('FY2027-Q1', 4.5)).toThrow(RangeError);
  });

  it('agrees with fiscalQuarterOf on both of its ends', () => {
    fc.assert(
      fc.property(key, month, (k, startMonth) => {
        const q = quarterOfKey(k, startMonth);
        expect(fiscalQuarterOf(q.start, startMonth)).toEqual(q);
        expect(fiscalQuarterOf(q.end, startMonth)).toEqual(q);
        expect(quarterKey(fiscalQuarterOf(q.end, startMonth))).toBe(k);
      }),
    );
  });

  it('gives back the quarter of any date from its key', () => {
    fc.assert(
      fc.property(isoDate, month, (date, startMonth) => {
        expect(quarterOfKey(quarterKeyOf(date, startMonth), startMonth)).toEqual(fiscalQuarterOf(date, startMonth));
      }),
    );
  });

  it('tiles time: each quarter starts the day after the previous one ends', () => {
    fc.assert(
      fc.property(innerKey, month, (k, startMonth) => {
        const before = quarterOfKey(previousQuarterKey(k), startMonth);
        const dayAfter = new Date(`${before.end}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(quarterOfKey(k, startMonth).start).toBe(dayAfter.toISOString().slice(0, 10));
      }),
    );
  });
});

describe('quarterKeyOf', () => {
  it('names the quarter of a date', () => {
    expect(quarterKeyOf('2026-04-01', 4)).toBe('FY2027-Q1');
    expect(quarterKeyOf('2026-03-31', 4)).toBe('FY2026-Q4');
    expect(quarterKeyOf('2026-03-31', 1)).toBe('FY2026-Q1');
  });
});

describe('previousQuarterKey and nextQuarterKey', () => {
  it('step within a year and across years', () => {
    expect(nextQuarterKey('FY2027-Q1')).toBe('FY2027-Q2');
    expect(nextQuarterKey('FY2027-Q4')).toBe('FY2028-Q1');
    expect(previousQuarterKey('FY2027-Q2')).toBe('FY2027-Q1');
    expect(previousQuarterKey('FY2027-Q1')).toBe('FY2026-Q4');
  });

  it('refuse a malformed key and the ends of the range', () => {
    expect(() => nextQuarterKey('2027-Q1')).toThrow(RangeError);
    expect(() => previousQuarterKey('FY2027-Q9')).toThrow(RangeError);
    expect(() => nextQuarterKey('FY9999-Q4')).toThrow(RangeError);
    expect(() => previousQuarterKey('FY1000-Q1')).toThrow(RangeError);
  });

  it('are inverse of each other and move forward in sort order', () => {
    fc.assert(
      fc.property(innerKey, (k) => {
        expect(nextQuarterKey(previousQuarterKey(k))).toBe(k);
        expect(previousQuarterKey(nextQuarterKey(k))).toBe(k);
        expect(previousQuarterKey(k) < k && k < nextQuarterKey(k)).toBe(true);
      }),
    );
  });

  it('match the quarter that follows on the calendar', () => {
    fc.assert(
      fc.property(innerKey, month, (k, startMonth) => {
        const dayAfter = new Date(`${quarterOfKey(k, startMonth).end}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(quarterKeyOf(dayAfter.toISOString().slice(0, 10), startMonth)).toBe(nextQuarterKey(k));
      }),
    );
  });
});
