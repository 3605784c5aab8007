import { fireEvent, screen, within } from '@testing-library/react';
import type { HomeGrowthOverviewFragment } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { growthOverviewQuery } from '../graphql/growthOverviewQuery';
import { ManagerGrowthSections } from './ManagerGrowthSections';
import { OwnGrowthSections } from './OwnGrowthSections';

const person = (id: string, name: string) => ({ __typename: 'Person' as const, id, name });

function overview(overrides: Partial<HomeGrowthOverviewFragment> = {}): HomeGrowthOverviewFragment {
  return {
    __typename: 'GrowthOverview',
    quarter: { __typename: 'Quarter', key: 'FY2026-Q4', label: 'FY2026 Q4' },
    goalsNeedingAttention: [],
    missingAssessments: [],
    teams: [],
    ...overrides,
  };
}

const goal = (goalId: string, who: ReturnType<typeof person>, title: string, reason: string, stale: boolean) => ({
  __typename: 'GoalAttention' as const,
  goalId,
  title,
  reason,
  stale,
  person: who,
});

const missing = (who: ReturnType<typeof person>, selfMissing: number, managerMissing: number) => ({
  __typename: 'MissingAssessment' as const,
  selfMissing,
  managerMissing,
  total: 23,
  person: who,
});

const mockOverview = (data: HomeGrowthOverviewFragment) => ({
  request: { query: growthOverviewQuery },
  result: { data: { growthOverview: data } },
});

const sam = person('person-sam', 'Sam Okafor');
const priya = person('person-priya', 'Priya Nair');

describe("a manager's growth sections on Home", () => {
  it('lists the goals that need a look and the ratings still missing, with links to each person', async () => {
    renderWithProviders(<ManagerGrowthSections personId="person-maya" />, {
      mocks: [
        mockOverview(
          overview({
            goalsNeedingAttention: [
              goal('g1', sam, 'Lead the ledger redesign', '20% done with 60% of the time gone', false),
              goal('g2', priya, 'Give a conference talk', 'No check-in for 40 days', true),
            ],
            missingAssessments: [missing(sam, 0, 23), missing(priya, 5, 23)],
          }),
        ),
      ],
    });

    const goals = await screen.findByRole('region', { name: 'Goals that need a look' });
    expect(await within(goals).findByRole('link', { name: 'Lead the ledger redesign' })).toHaveAttribute(
      'href',
      '/people/person-sam?tab=goals',
    );
    expect(goals).toHaveTextContent('Sam Okafor');
    expect(goals).toHaveTextContent('20% done with 60% of the time gone');
    const talk = within(goals).getByRole('link', { name: 'Give a conference talk' }).closest('li');
    expect(talk).toHaveTextContent('No recent check-in');
    expect(within(goals).getAllByText('No recent check-in')).toHaveLength(1);

    const ratings = screen.getByRole('region', { name: 'Assessments still missing for FY2026 Q4' });
    const priyaLink = within(ratings).getByRole('link', { name: /^Priya Nair/ });
    expect(priyaLink).toHaveAttribute('href', '/people/person-priya?tab=growth');
    expect(priyaLink.closest('li')).toHaveTextContent('Self: 5 of 23 missing · Manager: 23 of 23 missing');
    expect(
      within(ratings)
        .getByRole('link', { name: /^Sam Okafor/ })
        .closest('li'),
    ).toHaveTextContent('Self: complete · Manager: 23 of 23 missing');
  });

  it('says so when nothing needs a look and all ratings are in', async () => {
    renderWithProviders(<ManagerGrowthSections personId="person-maya" />, { mocks: [mockOverview(overview())] });

    expect(await screen.findByText('No goals need a look')).toBeInTheDocument();
    const ratings = screen.getByRole('region', { name: 'Assessments still missing for FY2026 Q4' });
    expect(within(ratings).getByText('All ratings are in')).toBeInTheDocument();
  });

  it('shows the first few people and the rest on request', async () => {
    const many = Array.from({ length: 8 }, (_, index) => missing(person(`p${index}`, `Person ${index}`), 1, 1));
    renderWithProviders(<ManagerGrowthSections personId="person-maya" />, {
      mocks: [mockOverview(overview({ missingAssessments: many }))],
    });

    const ratings = await screen.findByRole('region', { name: 'Assessments still missing for FY2026 Q4' });
    expect(await within(ratings).findAllByRole('listitem')).toHaveLength(5);
    fireEvent.click(within(ratings).getByRole('button', { name: 'Show all 8' }));
    expect(within(ratings).getAllByRole('listitem')).toHaveLength(8);
  });

  it("keeps the manager's own goals and self-assessment out of their people's lists, for their own panels", async () => {
    const maya = person('person-maya', 'Maya Lindqvist');
    const data = overview({
      goalsNeedingAttention: [
        goal('g1', maya, 'Run the architecture review', 'Off track', false),
        goal('g2', sam, 'Lead the ledger redesign', 'No check-in for 30 days', true),
      ],
      missingAssessments: [missing(maya, 23, 0), missing(sam, 0, 23)],
    });
    renderWithProviders(
      <>
        <ManagerGrowthSections personId="person-maya" />
        <OwnGrowthSections personId="person-maya" />
      </>,
      { mocks: [mockOverview(data)] },
    );

    const theirs = await screen.findByRole('region', { name: 'Goals that need a look' });
    expect(await within(theirs).findByRole('link', { name: 'Lead the ledger redesign' })).toBeInTheDocument();
    expect(within(theirs).queryByRole('link', { name: 'Run the architecture review' })).toBeNull();
    const missingRatings = screen.getByRole('region', { name: 'Assessments still missing for FY2026 Q4' });
    expect(within(missingRatings).queryByRole('link', { name: /^Maya Lindqvist/ })).toBeNull();
    expect(within(missingRatings).getByRole('link', { name: /^Sam Okafor/ })).toBeInTheDocument();

    const own = screen.getByRole('region', { name: 'Your goals that need attention' });
    expect(within(own).getByRole('link', { name: 'Run the architecture review' })).toHaveAttribute(
      'href',
      '/people/person-maya?tab=goals',
    );
    expect(within(own).queryByRole('link', { name: 'Lead the ledger redesign' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Your self-assessment for FY2026 Q4' })).toHaveTextContent(
      '23 of 23 competencies still to rate',
    );
  });

  it('offers a retry when the overview fails to load', async () => {
    renderWithProviders(<ManagerGrowthSections personId="person-maya" />, {
      mocks: [{ request: { query: growthOverviewQuery }, result: apiError('INTERNAL_SERVER_ERROR', 'boom') }],
    });

    const goals = await screen.findByRole('region', { name: 'Goals that need a look' });
    expect(await within(goals).findByRole('alert')).toHaveTextContent('Could not load the goals');
  });
});

describe("a member's growth sections on Home", () => {
  it('counts the competencies still to rate this quarter and lists their goals needing attention', async () => {
    renderWithProviders(<OwnGrowthSections personId="person-sam" />, {
      mocks: [
        mockOverview(
          overview({
            goalsNeedingAttention: [goal('g1', sam, 'Lead the ledger redesign', 'No check-in for 30 days', true)],
            missingAssessments: [missing(sam, 18, 0)],
          }),
        ),
      ],
    });

    const self = await screen.findByRole('region', { name: 'Your self-assessment for FY2026 Q4' });
    expect(self).toHaveTextContent('18 of 23 competencies still to rate');
    // The link opens the rating flow itself, not just the tab.
    expect(within(self).getByRole('link', { name: 'Rate yourself' })).toHaveAttribute(
      'href',
      '/people/person-sam?tab=growth&rate=self',
    );
    const goals = screen.getByRole('region', { name: 'Your goals that need attention' });
    expect(within(goals).getByRole('link', { name: 'Lead the ledger redesign' })).toHaveAttribute(
      'href',
      '/people/person-sam?tab=goals',
    );
    expect(goals).toHaveTextContent('No check-in for 30 days');
    expect(goals).toHaveTextContent('No recent check-in');
  });

  it('says when the self-assessment is complete and no goal needs attention', async () => {
    renderWithProviders(<OwnGrowthSections personId="person-sam" />, { mocks: [mockOverview(overview())] });

    const self = await screen.findByRole('region', { name: 'Your self-assessment for FY2026 Q4' });
    expect(self).toHaveTextContent('You have rated every competency for FY2026 Q4.');
    expect(within(self).getByRole('link', { name: 'Open your growth' })).toBeInTheDocument();
    expect(screen.getByText('Your goals are on track')).toBeInTheDocument();
  });
});
