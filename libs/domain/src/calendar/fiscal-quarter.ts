/** A quarter of an organization's fiscal year. Dates are ISO strings (YYYY-MM-DD), in UTC. */
export interface FiscalQuarter {
  /** The fiscal year is named after the calendar year in which it ends (FY2027 ends in 2027). */
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** First day of the quarter. */
  start: string;
  /** Last day of the quarter. */
  end: string;
  /** e.g. "FY2027 Q1". */
  label: string;
}

function iso(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

function parseIsoDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!parsed || parsed.toISOString().slice(0, 10) !== date) throw new RangeError(`Not an ISO date: "${date}"`);
  return parsed;
}

/**
 * The fiscal quarter containing `date`, for a fiscal year starting in `startMonth` (1-12).
 * With startMonth 1 quarters are calendar quarters; with startMonth 4, Q1 is April-June.
 */
export function fiscalQuarterOf(date: string, startMonth: number): FiscalQuarter {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`The fiscal year start month must be 1-12, got ${startMonth}`);
  }
  const d = parseIsoDate(date);
  const monthsIntoYear = (d.getUTCMonth() - (startMonth - 1) + 12) % 12;
  const quarter = (Math.floor(monthsIntoYear / 3) + 1) as FiscalQuarter['quarter'];
  const startMonthIndex = d.getUTCMonth() - (monthsIntoYear % 3);
  const start = iso(d.getUTCFullYear(), startMonthIndex, 1);
  const end = iso(d.getUTCFullYear(), startMonthIndex + 3, 0);
  // The fiscal year began in the calendar year of its first month and is named by its end.
  const yearStartCalendarYear = d.getUTCFullYear() - (d.getUTCMonth() < startMonth - 1 ? 1 : 0);
  const fiscalYear = startMonth === 1 ? yearStartCalendarYear : yearStartCalendarYear + 1;
  return { fiscalYear, quarter, start, end, label: `FY${fiscalYear} Q${quarter}` };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `count` ASCII digits at `at` as a number, or NaN. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return NaN;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Days since 1970-01-01 of an ISO date, by arithmetic (Howard Hinnant's days-from-civil):
 * goal health asks for it several times per goal, for thousands of goals per page.
 */
export function dayNumber(date: string): number {
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || !(day >= 1 && day <= monthDays)) {
    throw new RangeError(`Not an ISO date: "${date}"`);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
