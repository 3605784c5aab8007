import { fiscalQuarterOf, type FiscalQuarter } from './fiscal-quarter';

type QuarterNumber = FiscalQuarter['quarter'];

/*
 * Years are four digits without a leading zero (1000-9999) so that keys sort chronologically as
 * text, and so that `Date.UTC` never reads a two-digit year as 19xx.
 */
const QUARTER_KEY_PATTERN = /^FY([1-9]\d{3})-Q([1-4])$/;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function isQuarterNumber(quarter: number): quarter is QuarterNumber {
  return quarter === 1 || quarter === 2 || quarter === 3 || quarter === 4;
}

function requireKey(key: string): { fiscalYear: number; quarter: QuarterNumber } {
  const parsed = parseQuarterKey(key);
  if (!parsed) throw new RangeError(`Not a quarter key (FY<year>-Q<1-4>, e.g. "FY2027-Q1"): "${key}"`);
  return parsed;
}

function isoDate(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/**
 * A fiscal quarter's stable key, e.g. 'FY2027-Q1'; sorts chronologically as text. Throws
 * `RangeError` for a year outside 1000-9999 or a quarter outside 1-4.
 */
export function quarterKey(q: { fiscalYear: number; quarter: number }): string {
  if (!Number.isInteger(q.fiscalYear) || q.fiscalYear < MIN_YEAR || q.fiscalYear > MAX_YEAR) {
    throw new RangeError(`A quarter key's fiscal year must be ${MIN_YEAR}-${MAX_YEAR}, got ${q.fiscalYear}`);
  }
  if (!isQuarterNumber(q.quarter)) throw new RangeError(`A quarter must be 1-4, got ${q.quarter}`);
  return `FY${q.fiscalYear}-Q${q.quarter}`;
}

/** Parses 'FY2027-Q1'; null when malformed (quarter must be 1-4, year 4 digits). */
export function parseQuarterKey(key: string): { fiscalYear: number; quarter: 1 | 2 | 3 | 4 } | null {
  const match = QUARTER_KEY_PATTERN.exec(key);
  if (!match) return null;
  const quarter = Number(match[2]);
  return isQuarterNumber(quarter) ? { fiscalYear: Number(match[1]), quarter } : null;
}

/**
 * The quarter of a key as a `FiscalQuarter` for a fiscal year starting in `startMonth` (1-12),
 * agreeing with `fiscalQuarterOf`. Throws `RangeError` on a malformed key or start month.
 */
export function quarterOfKey(key: string, startMonth: number): FiscalQuarter {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`The fiscal year start month must be 1-12, got ${startMonth}`);
  }
  const { fiscalYear, quarter } = requireKey(key);
  // A year starting in January is the calendar year; any other begins the calendar year before
  // the one it is named after (FY2027 from April 2026). Date.UTC rolls month indexes past 11 over.
  const firstCalendarYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const startMonthIndex = startMonth - 1 + (quarter - 1) * 3;
  return {
    fiscalYear,
    quarter,
    start: isoDate(firstCalendarYear, startMonthIndex, 1),
    end: isoDate(firstCalendarYear, startMonthIndex + 3, 0),
    label: `FY${fiscalYear} Q${quarter}`,
  };
}

/** The key of the quarter containing an ISO date, for a fiscal year starting in `startMonth`. */
export function quarterKeyOf(date: string, startMonth: number): string {
  return quarterKey(fiscalQuarterOf(date, startMonth));
}

/** The key of the quarter before. Throws `RangeError` on a malformed key or before FY1000-Q1. */
export function previousQuarterKey(key: string): string {
  const { fiscalYear, quarter } = requireKey(key);
  return quarter === 1
    ? quarterKey({ fiscalYear: fiscalYear - 1, quarter: 4 })
    : quarterKey({ fiscalYear, quarter: quarter - 1 });
}

/** The key of the quarter after. Throws `RangeError` on a malformed key or after FY9999-Q4. */
export function nextQuarterKey(key: string): string {
  const { fiscalYear, quarter } = requireKey(key);
  return quarter === 4
    ? quarterKey({ fiscalYear: fiscalYear + 1, quarter: 1 })
    : quarterKey({ fiscalYear, quarter: quarter + 1 });
}
