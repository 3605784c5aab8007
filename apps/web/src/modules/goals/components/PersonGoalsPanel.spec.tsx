import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SetMilestoneDoneMutationVariables } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { goalsQuery } from '../graphql/goalsQuery';
import { setMilestoneDoneMutation } from '../graphql/setMilestoneDoneMutation';
import { buildCheckIn, buildGoal } from '../testing/goalBuilders';
import { PersonGoalsPanel } from './PersonGoalsPanel';

// Many Mantine comboboxes per test: slow on a busy two-core machine.
jest.setTimeout(20_000);

const active = buildGoal({
  health: {
    __typename: 'GoalHealth',
    state: 'BEHIND',
    progress: 20,
    expectedProgress: 60,
    reason: '20% done with 60% of the time gone; no check-in for 30 days',
    stale: true,
    daysSinceCheckIn: 30,
    lastCheckInDate: '2026-11-01',
  },
  checkIns: [
    buildCheckIn({ id: 'c-2', date: '2026-11-01', progress: 20, note: 'Second pass at the draft.' }),
    buildCheckIn({ id: 'c-1', date: '2026-10-15', progress: 5, note: 'Outline agreed.', confidence: 'AT_RISK' }),
  ],
});
const done = buildGoal({
  id: 'g-2',
  title: 'Pair on the ledger migration',
  status: 'DONE',
  milestones: [],
  health: { ...active.health, state: 'DONE', stale: false, reason: 'Done', progress: 100 },
});

const goalsMock = (goals = [active, done]): Mock => ({
  request: { query: goalsQuery, variables: { personId: 'p-sam' } },
  result: { data: { goals } },
});

function renderPanel(mocks: readonly Mock[]) {
  return renderWithProviders(<PersonGoalsPanel personId="p-sam" personName="Sam Okafor" canEdit />, { mocks });
}

describe('PersonGoalsPanel', () => {
  it('shows open goals with their health, and closed ones on request', async () => {
    renderPanel([goalsMock()]);
    const card = await screen.findByRole('article', { name: 'Write the payments retry design' });
    // One signal leads (20% done with 60% of the time gone is well behind); staleness follows quietly.
    expect(within(card).getByText('Well behind')).toBeInTheDocument();
    expect(within(card).getByText('No check-in for 30 days')).toBeInTheDocument();
    expect(within(card).queryByText(/Stale|At risk|Off track/)).toBeNull();
    expect(within(card).getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '20');
    expect(
      within(card).getByText(
        (_, node) => node?.textContent === '20% done · 60% expected by now' && node.tagName === 'P',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText('Code quality')).toBeInTheDocument();
    expect(within(card).getByText('Senior Engineer')).toBeInTheDocument();
    expect(within(card).getByText('FY2027 Q1')).toBeInTheDocument();
    expect(within(card).getByText('Second pass at the draft.')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Pair on the ledger migration' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: 'Closed (1)' }));
    expect(screen.getByRole('article', { name: 'Pair on the ledger migration' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Write the payments retry design' })).not.toBeInTheDocument();
  });

  it('shows the check-in history, newest first, when asked', async () => {
    renderPanel([goalsMock()]);
    const card = await screen.findByRole('article', { name: 'Write the payments retry design' });
    const toggle = within(card).getByRole('button', { name: 'Show check-in history (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    expect(within(card).getByRole('button', { name: 'Hide check-in history (2)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const notes = within(card)
      .getAllByText(/Outline agreed\.|Second pass at the draft\./)
      .map((node) => node.textContent);
    expect(notes.slice(-2)).toEqual(['Second pass at the draft.', 'Outline agreed.']);
  });

  it('ticks a milestone at once and saves it', async () => {
    let sent: SetMilestoneDoneMutationVariables | undefined;
    const saved = { ...active, milestones: active.milestones.map((m) => ({ ...m, done: true })) };
    renderPanel([
      goalsMock(),
      {
        request: {
          query: setMilestoneDoneMutation,
          variables: (variables: SetMilestoneDoneMutationVariables) => {
            sent = variables;
            return true;
          },
        },
        result: { data: { setMilestoneDone: saved } },
        delay: 200,
      },
    ]);
    const milestone = await screen.findByRole('checkbox', { name: 'Present it at the guild' });
    expect(milestone).not.toBeChecked();
    expect(screen.getByText('Milestones · 1 of 2 done')).toBeInTheDocument();

    fireEvent.click(milestone);
    // Well before the server answers (200 ms).
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Present it at the guild' })).toBeChecked(), {
      timeout: 150,
    });
    expect(screen.getByText('Milestones · 2 of 2 done')).toBeInTheDocument();
    expect(sent).toEqual({ milestoneId: 'm-2', done: true });
  });

  it('puts the tick back when the save fails', async () => {
    renderPanel([
      goalsMock(),
      {
        request: { query: setMilestoneDoneMutation, variables: () => true },
        result: apiError('FORBIDDEN', 'Growth records are seen by the person and their manager chain only.'),
        delay: 100,
      },
    ]);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Present it at the guild' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Present it at the guild' })).toBeChecked());
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Present it at the guild' })).not.toBeChecked());
  });

  it('invites the first goal when there is none', async () => {
    renderPanel([goalsMock([])]);
    expect(await screen.findByText('No goals yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New goal' })).toBeInTheDocument();
  });

  it("speaks to the person on their own page, and of them on anyone else's", async () => {
    const { unmount } = renderWithProviders(
      <PersonGoalsPanel personId="p-sam" personName="Sam Okafor" canEdit isSelf />,
      { mocks: [goalsMock([])] },
    );
    expect(await screen.findByText(/^Goals tie your growth to competencies/)).toBeInTheDocument();
    expect(screen.getByText('What you are working toward, and how it is going.')).toBeInTheDocument();
    unmount();

    renderPanel([goalsMock([])]);
    expect(await screen.findByText(/^Goals tie Sam Okafor’s growth to competencies/)).toBeInTheDocument();
    expect(screen.getByText('What Sam Okafor is working toward, and how it is going.')).toBeInTheDocument();
  });

  it('says so when the goals cannot be loaded', async () => {
    renderPanel([
      {
        request: { query: goalsQuery, variables: { personId: 'p-sam' } },
        result: apiError('FORBIDDEN', 'Growth records are seen by the person and their manager chain only.'),
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the goals');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
