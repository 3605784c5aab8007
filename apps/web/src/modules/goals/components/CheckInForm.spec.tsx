import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { CheckInGoalMutationVariables } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { checkInGoalMutation } from '../graphql/checkInGoalMutation';
import { buildCheckIn, buildGoal } from '../testing/goalBuilders';
import { todayIso } from '../utils/dates';
import { CheckInForm } from './CheckInForm';

// Many Mantine comboboxes per test: slow on a busy two-core machine.
jest.setTimeout(20_000);

const goal = buildGoal({ startDate: '2020-01-06', checkIns: [buildCheckIn({ progress: 40, confidence: 'AT_RISK' })] });

function renderForm(mocks: readonly Mock[] = []) {
  const props = { onSaved: jest.fn(), onCancel: jest.fn() };
  return { ...renderWithProviders(<CheckInForm goal={goal} {...props} />, { mocks }), ...props };
}

const progressBox = () => screen.getByRole('textbox', { name: 'Progress' });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));

describe('CheckInForm', () => {
  it('starts where the last check-in left off, dated today', () => {
    renderForm();
    expect(progressBox()).toHaveValue('40%');
    expect(screen.getByRole('slider', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByRole('radio', { name: 'Unsure' })).toBeChecked();
    expect(screen.getByLabelText(/^Date/)).toHaveValue(todayIso());
  });

  it('refuses progress over 100 and a date in the future, sending nothing', async () => {
    const { operations } = renderForm();
    fireEvent.change(progressBox(), { target: { value: '140' } });
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2999-01-01' } });
    save();

    expect(await screen.findByText('Enter a whole number from 0 to 100')).toBeInTheDocument();
    expect(screen.getByText('A check-in cannot be dated in the future')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Date/)).toHaveAttribute('aria-invalid', 'true');
    expect(progressBox()).toHaveFocus();
    expect(operations).toEqual([]);
  });

  it('refuses a date before the goal started', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2019-12-31' } });
    save();
    expect(await screen.findByText('The goal started on Jan 6, 2020: pick that day or later')).toBeInTheDocument();
  });

  it('sends progress, confidence, note and date', async () => {
    let sent: CheckInGoalMutationVariables | undefined;
    const { onSaved } = renderForm([
      {
        request: {
          query: checkInGoalMutation,
          variables: (variables: CheckInGoalMutationVariables) => {
            sent = variables;
            return true;
          },
        },
        result: { data: { checkInGoal: goal } },
      },
    ]);
    fireEvent.change(progressBox(), { target: { value: '65' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Confident' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: ' Reviewers signed off ' } });
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2024-05-02' } });
    save();

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual({
      goalId: 'g-1',
      input: { progress: 65, confidence: 'ON_TRACK', note: 'Reviewers signed off', date: '2024-05-02' },
    });
  });

  it("puts the server's message on the field it names", async () => {
    renderForm([
      {
        request: { query: checkInGoalMutation, variables: () => true },
        result: apiError('BAD_USER_INPUT', 'A check-in cannot be dated in the future.', { field: 'date' }),
      },
    ]);
    save();
    expect(await screen.findByText('A check-in cannot be dated in the future.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Date/)).toHaveAttribute('aria-invalid', 'true');
  });
});
