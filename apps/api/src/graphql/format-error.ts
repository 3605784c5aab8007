import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/errors';

/** Codes whose messages are written for clients (by us or by GraphQL itself). */
const CLIENT_SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const logger = new Logger('GraphQL');

/**
 * graphql-js gives up on a request's variables after 50 problems with an error that has no code
 * (Apollo would call it internal): it is the client's input, so it is said as such.
 */
export const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

function isTooManyInputErrors(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && error.message === TOO_MANY_VARIABLE_ERRORS;
}

/**
 * Only messages written for users leave the server. Anything else (SQL, driver, bugs) is logged
 * here and reaches the client as a generic INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    // `http` (a status for Apollo) is read by Apollo before this and is not for clients.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  if (isTooManyInputErrors(original)) {
    return {
      ...base,
      message: 'Too many values of the request are invalid; the first 50 problems are listed.',
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  const fromGraphQL = original instanceof GraphQLError || error instanceof GraphQLError;
  if (
    typeof code === 'string' &&
    CLIENT_SAFE_CODES.has(code) &&
    fromGraphQL &&
    !(original instanceof Error && original.name === 'QueryFailedError')
  ) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  if (
    original instanceof Error &&
    ['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError'].includes(original.name)
  ) {
    // The client went away mid-request and its transaction was rolled back: nothing is wrong here.
    logger.warn('A request was abandoned by its client; its transaction was rolled back.');
  } else {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  }
  return {
    ...base,
    message: 'Something went wrong on our side. Try again.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
