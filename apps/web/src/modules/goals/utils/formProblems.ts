import { getApiErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';

export type FormErrors<F extends string> = Partial<Record<F, string>>;

export interface ServerProblems<F extends string> {
  /** Someone else saved the record first (CONFLICT). */
  conflict: boolean;
  /** BAD_USER_INPUT messages on the fields they name. */
  fields: FormErrors<F>;
  /** What no field can show: for the form's alert, or null. */
  message: string | null;
}

/**
 * Sorts a failed save's errors into a conflict, messages for named fields, and one message for
 * the form. `toField` maps the API's `extensions.field` ("title", "milestones.1.title") to a field.
 */
export function readServerProblems<F extends string>(
  error: unknown,
  toField: (apiField: string) => F | undefined,
  fallback: string,
): ServerProblems<F> {
  if (hasErrorCode(error, 'CONFLICT')) return { conflict: true, fields: {}, message: null };
  const fields: FormErrors<F> = {};
  const unplaced: string[] = [];
  for (const item of getApiErrors(error)) {
    if (item.code !== 'BAD_USER_INPUT') continue;
    const field = item.field ? toField(item.field.replace(/^input\./, '')) : undefined;
    if (field && !fields[field]) fields[field] = item.message;
    else if (!field) unplaced.push(item.message);
  }
  const placed = Object.keys(fields).length > 0;
  const message = unplaced.length > 0 ? unplaced.join(' ') : placed ? null : getUserMessage(error, fallback);
  return { conflict: false, fields, message };
}

export function hasErrors<F extends string>(errors: FormErrors<F>): boolean {
  return Object.values(errors).some(Boolean);
}

/** Focuses the first field, in form order, that has an error; fields carry `id={prefix-field}`. */
export function focusFirstError<F extends string>(errors: FormErrors<F>, order: readonly F[], prefix: string): void {
  const first = order.find((field) => errors[field]);
  if (first) document.getElementById(`${prefix}-${first.replace(/\./g, '-')}`)?.focus();
}
