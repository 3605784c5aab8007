import { type Dispatch, type SetStateAction, useState } from 'react';
import { getApiErrors, getUserMessage } from '../graphql/errors';

/** A message per field that needs one; a field without an entry (or `undefined`) is fine. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface UseFormOptions<V, F extends string> {
  /** The values the form starts from (or a function that computes them once). */
  initialValues: V | (() => V);
  /** The fields in on-screen order: on a failed submit, the first of them with an error gets focus. */
  fields: readonly F[] | ((values: V) => readonly F[]);
  /** Field `name` has the input `id` `${idPrefix}-${name}`, dots written as dashes ("goal-milestones-0-title"). */
  idPrefix: string;
  /** The form's own checks, run on submit before anything is sent. */
  validate?: (values: V) => FieldErrors<F>;
  /**
   * Maps the API's `extensions.field` (with any leading "input." removed) to a field. Without it, a
   * field is found by its name, or by the name's first part ("competencyKeys.2" → "competencyKeys").
   */
  toField?: (apiField: string) => F | undefined;
  /** The form's message when a save fails for a reason no field can show. */
  fallbackMessage: string;
  /**
   * Whether a CONFLICT (someone else saved first) sets `conflict`, for a ConflictAlert; when false
   * the server's message becomes the form's message. True unless said otherwise.
   */
  detectConflict?: boolean;
}

export interface UseForm<V, F extends string> {
  values: V;
  /** Replaces the values (e.g. with what the server saved); keeps the errors. */
  setValues: Dispatch<SetStateAction<V>>;
  /** Changes one value and clears that field's error. */
  setField: <K extends keyof V>(field: K, value: V[K]) => void;
  errors: FieldErrors<F>;
  setErrors: Dispatch<SetStateAction<FieldErrors<F>>>;
  /** What went wrong that no field can show, for the form's alert; null when nothing did. */
  formError: string | null;
  setFormError: Dispatch<SetStateAction<string | null>>;
  /** The last save was refused because someone else changed the record first. */
  conflict: boolean;
  /** Forgets the conflict, e.g. after the latest version was loaded. */
  resetConflict: () => void;
  /** Moves focus to the first field, in `fields` order, that has an error. */
  focusFirstError: (errors: FieldErrors<F>) => void;
  /**
   * Shows a failed save: CONFLICT sets `conflict` (see `detectConflict`); BAD_USER_INPUT errors
   * that name a field go on that field, which gets focus; the rest become `formError`.
   */
  showServerError: (error: unknown) => void;
  /**
   * Clears the last problems, validates, focuses the first invalid field, and only when all is
   * well calls `save` with the values; an error `save` throws is shown with `showServerError`.
   * Settles once that is done; it never rejects.
   */
  submit: (save: (values: V) => Promise<unknown> | unknown) => Promise<void>;
  /** `submit` as a form's `onSubmit`: `<form onSubmit={form.handleSubmit(save)}>`. */
  handleSubmit: (save: (values: V) => Promise<unknown> | unknown) => (event?: { preventDefault: () => void }) => void;
}

/** The id of a field's input, as `useForm` focuses it. */
export function fieldId(idPrefix: string, field: string): string {
  return `${idPrefix}-${field.replace(/\./g, '-')}`;
}

export function hasFieldErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.values(errors).some(Boolean);
}

/** Values, validation, focus on the first invalid field, and the API's field errors and conflicts. */
export function useForm<V, F extends string = Extract<keyof V, string>>(options: UseFormOptions<V, F>): UseForm<V, F> {
  const { fields, idPrefix, validate, toField, fallbackMessage, detectConflict = true } = options;
  const [values, setValues] = useState<V>(options.initialValues);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const fieldOrder = (): readonly F[] => (typeof fields === 'function' ? fields(values) : fields);

  const setField = <K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      const name = field as string;
      if (!(name in current)) return current;
      return { ...current, [name]: undefined };
    });
  };

  const focusFirstError = (found: FieldErrors<F>) => {
    const first = fieldOrder().find((field) => found[field]);
    if (first) document.getElementById(fieldId(idPrefix, first))?.focus();
  };

  const fieldOf = (apiField: string): F | undefined => {
    const name = apiField.replace(/^input\./, '');
    if (toField) return toField(name);
    const order = fieldOrder();
    return order.find((field) => field === name) ?? order.find((field) => field === name.split('.')[0]);
  };

  const showServerError = (error: unknown) => {
    const found: FieldErrors<F> = {};
    const unplaced: string[] = [];
    let conflictMessage: string | null = null;
    for (const item of getApiErrors(error)) {
      if (item.code !== 'BAD_USER_INPUT' && item.code !== 'CONFLICT') continue;
      // A CONFLICT that names a field (an email already in use) is that field's problem.
      const field = item.field ? fieldOf(item.field) : undefined;
      if (field) {
        if (!found[field]) found[field] = item.message;
      } else if (item.code === 'CONFLICT') conflictMessage ??= item.message;
      else unplaced.push(item.message);
    }
    if (conflictMessage !== null && detectConflict) {
      setConflict(true);
      setErrors({});
      setFormError(null);
      return;
    }
    setErrors(found);
    if (conflictMessage !== null) setFormError(conflictMessage);
    else if (unplaced.length > 0) setFormError(unplaced.join(' '));
    else setFormError(hasFieldErrors(found) ? null : getUserMessage(error, fallbackMessage));
    focusFirstError(found);
  };

  const submit = async (save: (values: V) => Promise<unknown> | unknown) => {
    setFormError(null);
    const found = validate ? validate(values) : {};
    setErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstError(found);
      return;
    }
    try {
      await save(values);
    } catch (error) {
      showServerError(error);
    }
  };

  const handleSubmit =
    (save: (values: V) => Promise<unknown> | unknown) => (event?: { preventDefault: () => void }) => {
      event?.preventDefault();
      void submit(save);
    };

  return {
    values,
    setValues,
    setField,
    errors,
    setErrors,
    formError,
    setFormError,
    conflict,
    resetConflict: () => setConflict(false),
    focusFirstError,
    showServerError,
    submit,
    handleSubmit,
  };
}
