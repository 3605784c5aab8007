import { Extensions } from '@nestjs/graphql';
import { buildMessage, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

/** The field may be left out, but when given it must not be null. */
export function IfPresent(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

/**
 * At most `max` characters, counted as PostgreSQL's length() counts them: one per code point.
 * class-validator's own MaxLength does not count a variation selector (U+FE0F after a letter),
 * so text it accepts could break a column's CHECK and fail inside the database.
 */
export function MaxLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxLength',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && codePoints(value) <= max,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be shorter than or equal to $constraint1 characters`,
          options,
        ),
      },
    },
    options,
  );
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
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

/** The extension that lets a field (or all arguments of a resolver) hold longer text than INPUT_LIMITS allows. */
export const TEXT_LIMIT_EXTENSION = 'maxTextLength';

/**
 * Raises the request-wide text limit (INPUT_LIMITS.textLength) for one input field, or for every
 * argument of one query or mutation; the field's own MaxLength still applies.
 */
export function LongText(maxLength: number): MethodDecorator & PropertyDecorator {
  return Extensions({ [TEXT_LIMIT_EXTENSION]: maxLength });
}
