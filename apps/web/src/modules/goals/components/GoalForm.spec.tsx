import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CreateGoalMutationVariables, UpdateGoalMutationVariables } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { createGoalMutation } from '../graphql/createGoalMutation';
import { updateGoalMutation } from '../graphql/updateGoalMutation';
import { buildGoal, buildGoalFormOptions } from '../testing/goalBuilders';
import { GoalForm } from './GoalForm';

// Many Mantine comboboxes per test: slow on a busy two-core machine.
jest.setTimeout(20_000);

const options = buildGoalFormOptions();

function renderForm(mocks: readonly Mock[] = [], goal?: ReturnType<typeof buildGoal>) {
  const props = { onSaved: jest.fn(), onCancel: jest.fn(), onReload: jest.fn(() => Promise.resolve()) };
  const rendered = renderWithProviders(<GoalForm personId="p-sam" options={options} goal={goal} {...props} />, {
    mocks,
  });
  return { ...rendered, ...props };
}

async function choose(label: string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const submit = (name = 'Create goal') => fireEvent.click(screen.getByRole('button', { name }));

describe('GoalForm', () => {
  it('offers active competencies by area, the levels of the track and the quarters ahead', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('combobox', { name: 'Competencies' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('Craft')).toBeInTheDocument();
    expect(within(listbox).getByText('Influence')).toBeInTheDocument();
    expect(within(listbox).queryByRole('option', { name: 'Pair programming' })).not.toBeInTheDocument();

    expect(screen.getByRole('combobox', { name: 'Due' })).toHaveValue('FY2027 Q1');
    fireEvent.click(screen.getByRole('combobox', { name: 'Due' }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'FY2026 Q4 (this quarter)',
      'FY2027 Q1',
      'FY2027 Q2',
      'FY2027 Q3',
      'FY2027 Q4',
    ]);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Active');
  });

  it('creates a goal with what was entered', async () => {
    let sent: CreateGoalMutationVariables | undefined;
    const { onSaved } = renderForm([
      {
        request: {
          query: createGoalMutation,
          variables: (variables: CreateGoalMutationVariables) => {
            sent = variables;
            return true;
          },
        },
        result: { data: { createGoal: buildGoal({ id: 'g-new', title: 'Run the incident review guild' }) } },
      },
    ]);

    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), {
      target: { value: '  Run the incident review guild ' },
    });
    fireEvent.click(screen.getByRole('combobox', { name: 'Competencies' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Technical writing' }));
    await choose('Target level', 'Senior Engineer');
    await choose('Due', 'FY2027 Q2');
    fireEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Milestone 1' }), { target: { value: 'Pick a format' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Milestone 2' }), { target: { value: 'Host the first one' } });
    submit();

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent?.input).toEqual({
      personId: 'p-sam',
      title: 'Run the incident review guild',
      description: '',
      competencyKeys: ['writing'],
      targetLevelKey: 'senior_engineer',
      dueQuarter: 'FY2027-Q2',
      status: 'ACTIVE',
      milestones: [
        { title: 'Pick a format', done: false },
        { title: 'Host the first one', done: false },
      ],
    });
  });

  it('asks for a title, a competency and each milestone, sending nothing', async () => {
    const { operations } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Milestone 1' })).toHaveFocus());
    submit();

    expect(await screen.findByText('Enter a title')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one competency')).toBeInTheDocument();
    expect(screen.getByText('Enter the milestone, or remove it')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus();

    fireEvent.click(screen.getByRole('button', { name: 'Remove milestone 1' }));
    expect(screen.queryByRole('textbox', { name: 'Milestone 1' })).not.toBeInTheDocument();
    expect(operations).toEqual([]);
  });

  it("shows the server's BAD_USER_INPUT message on the field it names", async () => {
    renderForm([
      {
        request: { query: createGoalMutation, variables: () => true },
        result: apiError('BAD_USER_INPUT', 'FY2026 Q3 has passed: choose this quarter or a later one.', {
          field: 'dueQuarter',
        }),
      },
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'A goal' } });
    fireEvent.click(screen.getByRole('combobox', { name: 'Competencies' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Technical writing' }));
    submit();

    expect(await screen.findByText('FY2026 Q3 has passed: choose this quarter or a later one.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Due' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('edits with the version it started from, and explains a conflict', async () => {
    let sent: UpdateGoalMutationVariables | undefined;
    const goal = buildGoal({ version: 5 });
    const { onReload, onSaved } = renderForm(
      [
        {
          request: {
            query: updateGoalMutation,
            variables: (variables: UpdateGoalMutationVariables) => {
              sent = variables;
              return true;
            },
          },
          result: apiError('CONFLICT', '“Write the payments retry design” was changed by someone else.'),
        },
      ],
      goal,
    );
    expect(screen.getByRole('checkbox', { name: 'Milestone 1 done' })).toBeChecked();
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Write the retry design' } });
    submit('Save changes');

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this goal');
    expect(sent).toMatchObject({ id: 'g-1', input: { version: 5, title: 'Write the retry design' } });
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(onSaved).not.toHaveBeenCalled();
  });
});
