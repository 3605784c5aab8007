import { Logger } from '@nestjs/common';
import { buildSchema, execute, GraphQLError, GraphQLFormattedError, parse } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError, badInput, conflict, forbidden, notFound, unauthenticated } from '../common/errors';
import { formatError, TOO_MANY_VARIABLE_ERRORS } from './format-error';

const GENERIC = 'Something went wrong on our side. Try again.';

/** What Apollo hands to formatError for an error thrown in a resolver: wrapped, with a path. */
function fromResolver(original: Error): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const wrapped = new GraphQLError(original.message, { path: ['people'], originalError: original });
  const formatted: GraphQLFormattedError = {
    message: original.message,
    path: ['people'],
    locations: [{ line: 1, column: 3 }],
    extensions: {
      code:
        original instanceof GraphQLError
          ? (original.extensions.code ?? 'INTERNAL_SERVER_ERROR')
          : 'INTERNAL_SERVER_ERROR',
      stacktrace: ['Error: at somewhere.ts:1'],
    },
  };
  return { formatted, error: wrapped };
}

describe('formatError', () => {
  let log: jest.SpyInstance;

  beforeEach(() => {
    log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  it.each([
    ['BAD_USER_INPUT', badInput('name', 'Enter a name.')],
    ['UNAUTHENTICATED', unauthenticated()],
    ['FORBIDDEN', forbidden('You cannot edit this person.')],
    ['NOT_FOUND', notFound('Person')],
    ['CONFLICT', conflict('Sam was changed by someone else.')],
  ])('keeps an AppError (%s): its message and extensions reach the client, without a stack', (code, appError) => {
    const { formatted, error } = fromResolver(appError);
    const result = formatError(formatted, error);
    expect(result).toEqual({
      message: appError.message,
      path: ['people'],
      locations: [{ line: 1, column: 3 }],
      extensions: { ...appError.extensions },
    });
    expect(result.extensions?.code).toBe(code);
    expect(result.extensions?.stacktrace).toBeUndefined();
    expect(log).not.toHaveBeenCalled();
  });

  it('keeps the field of a bad input', () => {
    const { formatted, error } = fromResolver(badInput('weeklyCapacityHours', 'At most 168.'));
    expect(formatError(formatted, error).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'weeklyCapacityHours' });
  });

  it('turns an unknown Error into a generic INTERNAL_SERVER_ERROR and logs the original', () => {
    const { formatted, error } = fromResolver(new TypeError("Cannot read properties of undefined (reading 'orgId')"));
    expect(formatError(formatted, error)).toEqual({
      message: GENERIC,
      path: ['people'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining("reading 'orgId'"));
  });

  it('turns a TypeORM QueryFailedError into a generic INTERNAL_SERVER_ERROR, hiding the SQL', () => {
    const sql = 'UPDATE "people" SET "name" = $1 WHERE org_id = $2';
    const driverError = Object.assign(
      new Error('new row for relation "people" violates check constraint "people_name_check"'),
      {
        code: '23514',
      },
    );
    const { formatted, error } = fromResolver(new QueryFailedError(sql, ['  ', 'org'], driverError));
    const result = formatError(formatted, error);
    expect(result.message).toBe(GENERIC);
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(result)).not.toMatch(/UPDATE|violates|check constraint|23514/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('violates check constraint'));
  });

  it('does not trust a client-safe code on a database error', () => {
    const failed = new QueryFailedError('SELECT 1', [], new Error('relation "secret_table" does not exist'));
    const formatted: GraphQLFormattedError = { message: failed.message, extensions: { code: 'BAD_USER_INPUT' } };
    const result = formatError(formatted, new GraphQLError(failed.message, { path: ['x'], originalError: failed }));
    expect(result).toEqual({ message: GENERIC, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it("does not trust a client-safe code on an error that is not GraphQL's own", () => {
    const sneaky = Object.assign(new Error('password_hash column is null'), { extensions: { code: 'FORBIDDEN' } });
    const formatted: GraphQLFormattedError = { message: sneaky.message, extensions: { code: 'FORBIDDEN' } };
    expect(formatError(formatted, sneaky)).toEqual({ message: GENERIC, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it("keeps GraphQL's own validation errors, written for clients, and drops anything else they carried", () => {
    const validation = new GraphQLError('Cannot query field "salary" on type "User".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted: GraphQLFormattedError = {
      message: validation.message,
      locations: [{ line: 1, column: 8 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['GraphQLError: at validate.js:1'] },
    };
    expect(formatError(formatted, validation)).toEqual({
      message: validation.message,
      locations: [{ line: 1, column: 8 }],
      path: undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('treats something thrown that is not an Error at all as internal', () => {
    const formatted: GraphQLFormattedError = {
      message: 'Unexpected error value: "boom"',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    expect(formatError(formatted, 'boom')).toEqual({ message: GENERIC, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(log).toHaveBeenCalledWith('boom');
  });

  it("turns graphql-js's own give-up on too many bad variables into a BAD_USER_INPUT", async () => {
    const schema = buildSchema('type Query { f(keys: [String!]!): Int }');
    const result = await execute({
      schema,
      document: parse('query($keys: [String!]!) { f(keys: $keys) }'),
      variableValues: { keys: Array.from({ length: 60 }, (_, i) => i) },
    });
    const giveUp = result.errors?.at(-1);
    // The message this relies on is graphql-js's: an upgrade that changes it fails here.
    expect(giveUp?.message).toBe(TOO_MANY_VARIABLE_ERRORS);
    expect(formatError({ message: TOO_MANY_VARIABLE_ERRORS }, giveUp)).toEqual({
      message: 'Too many values of the request are invalid; the first 50 problems are listed.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it("keeps Apollo's http extension of an AppError (a status) away from the client", () => {
    const error = new AppError('BAD_USER_INPUT', 'Too long.', { field: 'input.name', http: { status: 400 } });
    expect(formatError({ message: 'Too long.' }, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
  });

  it('an AppError is recognized as such even when created directly', () => {
    const error = new AppError('CONFLICT', 'Taken.', { field: 'name' });
    expect(formatError({ message: 'Taken.' }, error).extensions).toEqual({ code: 'CONFLICT', field: 'name' });
  });
});
