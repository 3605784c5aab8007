import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { UpdatePersonMutationVariables } from '@web/generated/graphql';
import { buildPersonDetail } from '@web/test/builders';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { updatePersonMutation } from '../graphql/updatePersonMutation';
import { PersonEditForm } from './PersonEditForm';

const person = buildPersonDetail({ id: 'p-sam', name: 'Sam Rivera', title: 'Software Engineer', version: 7 });
const teamOptions = [
  { value: 'team-platform', label: 'Platform' },
  { value: 'team-payments', label: 'Payments' },
];
const managerOptions = [
  { value: 'person-maya', label: 'Maya Chen · Engineering Manager' },
  { value: 'p-sam', label: 'Sam Rivera · Software Engineer' },
];

function renderForm(mocks: readonly Mock[] = []) {
  const props = { onSaved: jest.fn(), onCancel: jest.fn(), onReload: jest.fn(() => Promise.resolve()) };
  const rendered = renderWithProviders(
    <PersonEditForm person={person} teamOptions={teamOptions} managerOptions={managerOptions} {...props} />,
    { mocks },
  );
  return { ...rendered, ...props };
}

const change = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

describe('PersonEditForm', () => {
  it('starts from the person as stored', () => {
    renderForm();
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Software Engineer');
    expect(screen.getByLabelText(/^Weekly capacity/)).toHaveValue('40');
    expect(screen.getByLabelText(/^Start date/)).toHaveValue('2024-03-01');
    expect(screen.getByRole('switch', { name: /Active/ })).toBeChecked();
  });

  it('names each invalid field and sends nothing', async () => {
    const { operations, onSaved } = renderForm();

    change(/^Title/, '   ');
    change(/^Weekly capacity/, '200');
    save();

    expect(await screen.findByText('Enter a title')).toBeInTheDocument();
    expect(screen.getByText('Enter a number of hours from 0 to 168')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Title/)).toHaveFocus();
    expect(operations).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('requires a level', async () => {
    const { operations } = renderForm();

    fireEvent.change(screen.getByRole('combobox', { name: 'Level' }), { target: { value: '' } });
    save();

    expect(await screen.findByText('Choose or enter a level')).toBeInTheDocument();
    expect(operations).toEqual([]);
  });

  it('sends the version it was based on and the edited fields', async () => {
    let sent: UpdatePersonMutationVariables | undefined;
    const { onSaved } = renderForm([
      {
        request: {
          query: updatePersonMutation,
          variables: (variables: UpdatePersonMutationVariables) => {
            sent = variables;
            return true;
          },
        },
        result: { data: { updatePerson: { ...person, title: 'Senior Software Engineer', version: 8 } } },
      },
    ]);

    change(/^Title/, 'Senior Software Engineer');
    save();

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent?.id).toBe('p-sam');
    expect(sent?.input).toMatchObject({
      version: 7,
      title: 'Senior Software Engineer',
      weeklyCapacityHours: 40,
      managerId: 'person-maya',
    });
  });

  it('explains a conflicting edit and offers to reload', async () => {
    const { onReload, onSaved } = renderForm([
      {
        request: { query: updatePersonMutation, variables: () => true },
        result: apiError('CONFLICT', 'Person was changed by someone else'),
      },
    ]);

    change(/^Title/, 'Staff Engineer');
    save();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this person');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("puts the server's BAD_USER_INPUT message on the field it names", async () => {
    renderForm([
      {
        request: { query: updatePersonMutation, variables: () => true },
        result: apiError('BAD_USER_INPUT', 'Start date cannot be in the future', { field: 'startDate' }),
      },
    ]);

    change(/^Start date/, '2030-01-01');
    save();

    expect(await screen.findByText('Start date cannot be in the future')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Start date/)).toHaveAttribute('aria-invalid', 'true');
  });
});
