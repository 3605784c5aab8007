import type { GraphQLFormattedError } from 'graphql';

/** A GraphQL error response as the API sends it. */
export function apiError(code: string, message: string, extra: Record<string, unknown> = {}) {
  const error: GraphQLFormattedError = { message, extensions: { code, ...extra } };
  return { data: null, errors: [error] };
}
