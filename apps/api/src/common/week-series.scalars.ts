import { GraphQLError, GraphQLScalarType } from 'graphql';

/**
 * The timeline's dense grid (a value per person and week) travels as one scalar per list: the
 * same JSON as a GraphQL list, but graphql-js completes it once instead of once per week, which
 * was most of the timeline's server time at 500 people × 26 weeks. Output only.
 */
function listScalar<T>(name: string, description: string, isItem: (value: unknown) => value is T) {
  const refuse = (): never => {
    throw new GraphQLError(`${name} is sent by the API only; it is never an argument.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  };
  return new GraphQLScalarType<T[], T[]>({
    name,
    description,
    serialize: (value) => {
      if (Array.isArray(value) && value.every(isItem)) return value as T[];
      throw new GraphQLError(`${name} must be a list of ${name === 'WeekNumbers' ? 'finite numbers' : 'booleans'}.`);
    },
    parseValue: refuse,
    parseLiteral: refuse,
  });
}

export const WeekNumbersScalar = listScalar(
  'WeekNumbers',
  'One number per week of the timeline, in the order of its `weeks` (a list of Float sent as one value).',
  (value): value is number => typeof value === 'number' && Number.isFinite(value),
);

export const WeekFlagsScalar = listScalar(
  'WeekFlags',
  'One yes or no per week of the timeline, in the order of its `weeks` (a list of Boolean sent as one value).',
  (value): value is boolean => typeof value === 'boolean',
);
