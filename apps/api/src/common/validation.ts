import { ValidateIf, ValidationOptions } from 'class-validator';

/** The field may be left out, but when given it must not be null. */
export function IfPresent(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are checked before use: a malformed one is bad input, never a database error. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Options for IsISO8601: a real calendar date, written in full. */
export const STRICT_DATE = { strict: true, strictSeparator: true } as const;
// IsISO8601 also takes '2026', '2026-11', week dates and timestamps: a day is YYYY-MM-DD.
export const DAY_PATTERN = [/^\d{4}-\d{2}-\d{2}$/, { message: 'Give a date like 2026-03-01.' }] as const;
export const QUARTER_PATTERN = [/^FY\d{4}-Q[1-4]$/, { message: 'Give a quarter like FY2027-Q1.' }] as const;
