import { nextQuarterKey, parseQuarterKey, quarterKey } from '@trellis/domain';

/** A quarter as the API's `FiscalQuarter` gives it, e.g. the organization's current quarter. */
export interface QuarterNumber {
  fiscalYear: number;
  quarter: number;
}

export interface QuarterOption {
  value: string;
  label: string;
}

/** "FY2027-Q1" → "FY2027 Q1", the label the API gives quarters; other text is kept as it is. */
export function quarterLabel(key: string): string {
  const parsed = parseQuarterKey(key);
  return parsed ? `FY${parsed.fiscalYear} Q${parsed.quarter}` : key;
}

/** The current quarter and the `count - 1` after it, in time order, e.g. for a due-quarter choice. */
export function upcomingQuarters(current: QuarterNumber, count = 5): QuarterOption[] {
  const options: QuarterOption[] = [];
  let key = quarterKey(current);
  for (let i = 0; i < count; i += 1) {
    options.push({ value: key, label: i === 0 ? `${quarterLabel(key)} (this quarter)` : quarterLabel(key) });
    if (i < count - 1) key = nextQuarterKey(key);
  }
  return options;
}
