/**
 * Quarter keys as the API writes them ("FY2027-Q1"), computed from the organization's current
 * quarter. The rules mirror libs/domain's quarter-key helpers, which the web bundle does not load.
 */
export interface QuarterNumber {
  fiscalYear: number;
  quarter: number;
}

export interface QuarterOption {
  value: string;
  label: string;
}

const KEY_PATTERN = /^FY(\d{4})-Q([1-4])$/;

export function quarterKey({ fiscalYear, quarter }: QuarterNumber): string {
  return `FY${fiscalYear}-Q${quarter}`;
}

/** "FY2027-Q1" → "FY2027 Q1", the label the API gives quarters; other text is kept as it is. */
export function quarterLabel(key: string): string {
  const match = KEY_PATTERN.exec(key);
  return match ? `FY${match[1]} Q${match[2]}` : key;
}

export function nextQuarter({ fiscalYear, quarter }: QuarterNumber): QuarterNumber {
  return quarter >= 4 ? { fiscalYear: fiscalYear + 1, quarter: 1 } : { fiscalYear, quarter: quarter + 1 };
}

/** The current quarter and the `count - 1` after it, in time order, e.g. for a due-quarter choice. */
export function upcomingQuarters(current: QuarterNumber, count = 5): QuarterOption[] {
  const options: QuarterOption[] = [];
  let cursor = current;
  for (let i = 0; i < count; i += 1) {
    const key = quarterKey(cursor);
    options.push({ value: key, label: i === 0 ? `${quarterLabel(key)} (this quarter)` : quarterLabel(key) });
    cursor = nextQuarter(cursor);
  }
  return options;
}
