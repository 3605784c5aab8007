import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The codes the API puts in `extensions.code`. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

interface ApiErrorDetail {
  code: string | undefined;
  field: string | undefined;
  message: string;
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function getApiErrors(error: unknown): ApiErrorDetail[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((item) => ({
    code: readString(item.extensions?.['code']),
    field: readString(item.extensions?.['field']),
    message: item.message,
  }));
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return getApiErrors(error).some((item) => item.code === code);
}

export function getErrorWithCode(error: unknown, code: ApiErrorCode): ApiErrorDetail | undefined {
  return getApiErrors(error).find((item) => item.code === code);
}

/** Field-level messages from BAD_USER_INPUT errors, keyed by input field name. */
export function getFieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of getApiErrors(error)) {
    if (item.code === 'BAD_USER_INPUT' && item.field && !(item.field in result)) {
      result[item.field] = item.message;
    }
  }
  return result;
}

const SAFE_CODES: readonly string[] = [
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
];

/**
 * A message fit to show a user: the server's own message for the codes whose
 * messages are written for people, a generic sentence otherwise (network
 * failures and internal errors say nothing useful to a reader).
 */
export function getUserMessage(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  const safe = getApiErrors(error).find((item) => item.code !== undefined && SAFE_CODES.includes(item.code));
  if (safe) return safe.message;
  return fallback;
}
