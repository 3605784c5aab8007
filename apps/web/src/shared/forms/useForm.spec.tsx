import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { apiError } from '@web/test/graphqlResults';
import { type FieldErrors, fieldId, type UseFormOptions, useForm } from './useForm';

interface Values {
  name: string;
  email: string;
  tags: string[];
}

const start: Values = { name: '', email: '', tags: [] };

function validate(values: Values): FieldErrors<keyof Values> {
  const errors: FieldErrors<keyof Values> = {};
  if (!values.name) errors.name = 'Enter a name';
  if (!values.email.includes('@')) errors.email = 'Enter an email address';
  return errors;
}

const baseOptions: UseFormOptions<Values, keyof Values> = {
  initialValues: start,
  fields: ['name', 'email', 'tags'],
  idPrefix: 'thing',
  validate,
  fallbackMessage: 'The thing could not be saved.',
};

function serverError(...errors: { code: string; message: string; field?: string }[]) {
  const results = errors.map(({ code, message, field }) => apiError(code, message, field ? { field } : {}));
  return new CombinedGraphQLErrors({ data: null, errors: results.flatMap((result) => result.errors) });
}

/** The hook with an input per field, so focus can be seen. */
function setup(options: Partial<UseFormOptions<Values, keyof Values>> = {}) {
  render(
    <>
      {(['name', 'email', 'tags'] as const).map((field) => (
        <input key={field} id={fieldId('thing', field)} aria-label={field} />
      ))}
    </>,
  );
  return renderHook(() => useForm({ ...baseOptions, ...options }));
}

describe('useForm', () => {
  it('changes one value at a time and clears only that field’s error', async () => {
    const { result } = setup();
    await act(() => result.current.submit(jest.fn()));
    expect(result.current.errors).toEqual({ name: 'Enter a name', email: 'Enter an email address' });

    act(() => result.current.setField('name', 'Maya'));
    expect(result.current.values).toEqual({ ...start, name: 'Maya' });
    expect(result.current.errors.name).toBeUndefined();
    expect(result.current.errors.email).toBe('Enter an email address');
  });

  it('does not save invalid values, and focuses the first invalid field in form order', async () => {
    const { result } = setup();
    const save = jest.fn();
    act(() => result.current.setField('name', 'Maya'));
    await act(() => result.current.submit(save));

    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('email')).toHaveFocus();
  });

  it('saves valid values', async () => {
    const { result } = setup({ initialValues: { name: 'Maya', email: 'maya@acme.test', tags: [] } });
    const save = jest.fn();
    await act(() => result.current.submit(save));
    expect(save).toHaveBeenCalledWith({ name: 'Maya', email: 'maya@acme.test', tags: [] });
    expect(result.current.errors).toEqual({});
    expect(result.current.formError).toBeNull();
  });

  it('puts the API’s field errors on their fields, focuses the first, and the rest in the form message', async () => {
    const { result } = setup({ initialValues: { name: 'Maya', email: 'maya@acme.test', tags: [] } });
    const save = () =>
      Promise.reject(
        serverError(
          { code: 'BAD_USER_INPUT', message: 'Unknown tag', field: 'input.tags.1' },
          { code: 'BAD_USER_INPUT', message: 'Name taken', field: 'name' },
          { code: 'BAD_USER_INPUT', message: 'Not today' },
        ),
      );
    await act(() => result.current.submit(save));

    expect(result.current.errors).toEqual({ tags: 'Unknown tag', name: 'Name taken' });
    expect(result.current.formError).toBe('Not today');
    expect(result.current.conflict).toBe(false);
    expect(screen.getByLabelText('name')).toHaveFocus();
  });

  it('maps API fields with toField when the names differ', async () => {
    const { result } = setup({ toField: (field) => (field === 'mail' ? 'email' : undefined) });
    act(() => result.current.showServerError(serverError({ code: 'BAD_USER_INPUT', message: 'Bad', field: 'mail' })));
    expect(result.current.errors).toEqual({ email: 'Bad' });
    expect(result.current.formError).toBeNull();
  });

  it('says something general when no field can show the problem', () => {
    const { result } = setup();
    act(() => result.current.showServerError(new Error('network down')));
    expect(result.current.formError).toBe('The thing could not be saved.');
    act(() => result.current.showServerError(serverError({ code: 'RATE_LIMITED', message: 'Slow down' })));
    expect(result.current.formError).toBe('Slow down');
  });

  it('flags a CONFLICT until it is reset', () => {
    const { result } = setup();
    act(() => result.current.showServerError(serverError({ code: 'CONFLICT', message: 'Changed meanwhile' })));
    expect(result.current.conflict).toBe(true);
    expect(result.current.formError).toBeNull();

    act(() => result.current.resetConflict());
    expect(result.current.conflict).toBe(false);
  });

  it('shows a CONFLICT as the form message when the form has no conflict alert, and on a field it names', () => {
    const { result } = setup({ detectConflict: false });
    act(() => result.current.showServerError(serverError({ code: 'CONFLICT', message: 'Changed meanwhile' })));
    expect(result.current.conflict).toBe(false);
    expect(result.current.formError).toBe('Changed meanwhile');

    act(() => result.current.showServerError(serverError({ code: 'CONFLICT', message: 'In use', field: 'email' })));
    expect(result.current.errors).toEqual({ email: 'In use' });
    expect(result.current.formError).toBeNull();
  });

  it('handles a form submit event: no page load, then submit', async () => {
    const { result } = setup({ initialValues: { name: 'Maya', email: 'maya@acme.test', tags: [] } });
    const save = jest.fn();
    const preventDefault = jest.fn();
    act(() => result.current.handleSubmit(save)({ preventDefault }));
    expect(preventDefault).toHaveBeenCalled();
    await waitFor(() => expect(save).toHaveBeenCalled());
  });

  it('writes ids with dashes for nested fields', () => {
    expect(fieldId('goal', 'milestones.2.title')).toBe('goal-milestones-2-title');
  });
});
