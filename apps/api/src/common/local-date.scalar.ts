import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { dayNumber } from '@trellis/domain';

/** A calendar date as `YYYY-MM-DD`, read the same in every time zone; a real date or BAD_USER_INPUT. */
function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    try {
      dayNumber(value);
      const year = Number(value.slice(0, 4));
      if (year >= 1970 && year <= 2999) return value;
    } catch {
      // falls through to the message below
    }
  }
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : 'that value';
  throw new GraphQLError(`${shown} is not a date: give one like 2026-03-01 (between 1970 and 2999).`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD, independent of time zones.',
  serialize: (value) => String(value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return parseLocalDate(null);
    return parseLocalDate(ast.value);
  },
});
