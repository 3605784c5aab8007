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

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}
