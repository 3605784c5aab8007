import { screen, within } from '@testing-library/react';
import type { HomeGrowthOverviewFragment } from '@web/generated/graphql';
import { buildPersonSummary } from '@web/test/builders';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { growthOverviewQuery } from '../graphql/growthOverviewQuery';
import { managerOverviewQuery } from '../graphql/managerOverviewQuery';
import { ManagerOverview } from './ManagerOverview';

const team = (id: string, name: string) => ({ __typename: 'Team' as const, id, name });
const row = (t: ReturnType<typeof team> | null, counts: [number, number, number, number, number]) => ({
  __typename: 'TeamGrowthSummary' as const,
  team: t,
  people: counts[0],
  goalsNeedingAttention: counts[1],
  selfRatingsMissing: counts[2],
  managerRatingsMissing: counts[3],
  unsharedRatings: counts[4],
});

const overview: HomeGrowthOverviewFragment = {
  __typename: 'GrowthOverview',
  quarter: { __typename: 'Quarter', key: 'FY2026-Q4', label: 'FY2026 Q4' },
  goalsNeedingAttention: [],
  missingAssessments: [],
  teams: [
    row(team('t-data', 'Data'), [5, 0, 5, 0, 0]),
    row(team('t-payments', 'Payments'), [6, 3, 4, 0, 5]),
    row(team('t-platform', 'Platform'), [6, 1, 6, 6, 0]),
  ],
};

function renderDirector() {
  const maya = buildPersonSummary({ id: 'p-maya', name: 'Maya Lindqvist', title: 'Engineering Manager' });
  return renderWithProviders(<ManagerOverview personId="p-dana" />, {
    mocks: [
      {
        request: { query: managerOverviewQuery, variables: { personId: 'p-dana' } },
        result: { data: { person: { __typename: 'Person', id: 'p-dana', directReports: [maya] } } },
      },
      { request: { query: growthOverviewQuery }, result: { data: { growthOverview: overview } } },
    ],
  });
}

describe("a director's Home", () => {
  it('sums the reach up by team instead of listing everyone again', async () => {
    const { operations } = renderDirector();

    const table = await screen.findByRole('table', { name: 'Your reach by team, FY2026 Q4' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'DataTeam growth50500',
      'PaymentsTeam growth63405',
      'PlatformTeam growth61660',
    ]);
    expect(within(table).getByRole('link', { name: 'Payments' })).toHaveAttribute('href', '/teams/t-payments');
    expect(within(table).getByRole('link', { name: 'Team growth of Payments' })).toHaveAttribute(
      'href',
      '/team-growth?team=t-payments',
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Team',
      'People',
      'Goals needing a look',
      'Self-assessments missing',
      'Manager ratings missing',
      'Ratings not shared',
    ]);
    // No table of people: they are on the People page.
    expect(screen.queryByRole('table', { name: 'Wider reach' })).toBeNull();
    expect(screen.getByText('People in your reach').parentElement).toHaveTextContent('17');
    expect(screen.getByText('Teams').parentElement).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: 'Maya Lindqvist' })).toBeInTheDocument();
    expect(operations).not.toContain('People');
  });
});
