import { screen, within } from '@testing-library/react';
import type { GoalFieldsFragment } from '@web/generated/graphql';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { buildCheckIn, buildGoal } from '../testing/goalBuilders';
import { GoalCard } from './GoalCard';

function renderCard(goal: GoalFieldsFragment) {
  renderWithProviders(<GoalCard goal={goal} canEdit={false} onEdit={() => undefined} onCheckIn={() => undefined} />);
  return screen.getByRole('article', { name: goal.title });
}

describe('GoalCard signals: health, confidence and staleness each in their own words', () => {
  it('leads with a worried check-in when the progress is on pace, and says nothing of risk twice', () => {
    const card = renderCard(
      buildGoal({
        status: 'AT_RISK',
        health: { ...buildGoal().health, state: 'OFF_TRACK', progress: 40, expectedProgress: 40, stale: false },
        checkIns: [buildCheckIn({ progress: 40, confidence: 'OFF_TRACK' })],
      }),
    );

    expect(within(card).getByText('Worried at the last check-in')).toBeInTheDocument();
    // The at-risk mark the check-in set says nothing more; the pace is on track, so health asks for nothing.
    expect(within(card).queryByText('Marked at risk')).toBeNull();
    expect(within(card).queryByText('Well behind')).toBeNull();
    expect(within(card).queryByText(/^At risk$|Off track|Stale/)).toBeNull();
    // The latest check-in says how the person felt, in the confidence words.
    expect(within(card).getAllByText('Worried').length).toBeGreaterThan(0);
  });

  it('leads with being overdue, with the staleness and an unsure check-in after it, quietly', () => {
    const card = renderCard(
      buildGoal({
        health: {
          ...buildGoal().health,
          state: 'OVERDUE',
          progress: 50,
          expectedProgress: 100,
          stale: true,
          daysSinceCheckIn: 25,
        },
        checkIns: [buildCheckIn({ progress: 50, confidence: 'AT_RISK' })],
      }),
    );

    const first = within(card).getByText('Overdue');
    expect(first).toBeInTheDocument();
    expect(within(card).getByText('No check-in for 25 days · Unsure at the last check-in')).toBeInTheDocument();
  });

  it('says a goal on pace with a confident check-in is on track, and nothing more', () => {
    const card = renderCard(buildGoal());

    expect(within(card).getByText('On track')).toBeInTheDocument();
    expect(within(card).queryByText(/check-in for|Marked at risk|Unsure|Worried/)).toBeNull();
    expect(within(card).getAllByText('Confident').length).toBeGreaterThan(0);
  });
});
