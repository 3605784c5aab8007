import { screen, within } from '@testing-library/react';
import type {
  ReviewTeamReportFieldsFragment,
  TeamReportQuarterFieldsFragment,
  TeamReportRowFieldsFragment,
} from '@web/generated/graphql';
import { cycleTeamReportQuery } from '@web/modules/review-reports/graphql/teamReportQuery';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders, type Mock } from '@web/test/renderWithProviders';
import { TeamReportPage } from './TeamReportPage';

const ROUTE = '/reviews/cycles/cycle-q4/report';
const PATH = '/reviews/cycles/:cycleId/report';

function quarter(
  key: string,
  label: string,
  overrides: Partial<TeamReportQuarterFieldsFragment> = {},
): TeamReportQuarterFieldsFragment {
  return {
    __typename: 'TeamReportQuarter',
    quarter: key,
    label,
    frozen: true,
    people: 2,
    averageDevelopmentShare: 0.15,
    meetingDevelopmentTarget: 1,
    goalsFinished: 3,
    withOneOnOnes: 2,
    oneOnOnesKept: 1,
    byArea: [
      { __typename: 'AreaAverage', areaName: 'Craft', averageGap: -0.25, rated: 4 },
      { __typename: 'AreaAverage', areaName: 'Robust design', averageGap: 0.5, rated: 2 },
    ],
    readiness: { __typename: 'ReadinessCounts', notYet: 1, soon: 1, ready: 0, unset: 0 },
    ...overrides,
  };
}

function row(reviewId: string, name: string, overrides: Partial<TeamReportRowFieldsFragment> = {}) {
  const base: TeamReportRowFieldsFragment = {
    __typename: 'TeamReportRow',
    reviewId,
    ratingsImproved: 2,
    ratingsDeclined: 0,
    belowLevel: 1,
    goalsFinished: 2,
    evidence: 7,
    oneOnOnesHeld: 5,
    oneOnOnesExpected: 6,
    developmentShare: 0.25,
    meetsDevelopmentTarget: true,
    readiness: 'SOON',
    readinessShare: 0.6,
    readinessChange: 0.2,
    person: { __typename: 'ReviewPerson', id: `person-${reviewId}`, name, teamName: 'Payments', managerName: 'Maya' },
  };
  return { ...base, ...overrides };
}

function report(overrides: Partial<ReviewTeamReportFieldsFragment> = {}): ReviewTeamReportFieldsFragment {
  return {
    __typename: 'ReviewTeamReport',
    cycleId: 'cycle-q4',
    quarterLabel: 'FY2026 Q4',
    developmentTarget: 0.2,
    highlights: [
      'Largest growth: Sam Okafor, with manager ratings up in 2 competencies.',
      'No development time this quarter: Priya Nair.',
    ],
    coverageGained: ['API contracts'],
    coverageLost: ['Incident response', 'On-call'],
    competencyChanges: [
      {
        __typename: 'CompetencyChange',
        competencyName: 'Incident response',
        areaName: 'Problem solving',
        before: 0.5,
        now: -0.25,
        change: -0.75,
      },
      { __typename: 'CompetencyChange', competencyName: 'Design', areaName: 'Craft', before: 0, now: 0, change: 0 },
    ],
    quarters: [
      quarter('FY2026-Q3', 'FY2026 Q3'),
      quarter('FY2026-Q4', 'FY2026 Q4', {
        frozen: false,
        goalsFinished: 5,
        oneOnOnesKept: 2,
        readiness: { __typename: 'ReadinessCounts', notYet: 0, soon: 1, ready: 1, unset: 0 },
      }),
    ],
    people: [
      row('review-sam', 'Sam Okafor'),
      row('review-priya', 'Priya Nair', {
        developmentShare: 0,
        meetsDevelopmentTarget: false,
        readiness: null,
        readinessShare: null,
        readinessChange: -0.05,
        oneOnOnesHeld: 2,
        oneOnOnesExpected: 6,
      }),
    ],
    ...overrides,
  };
}

const reportMock = (result: Mock['result']): Mock => ({
  request: { query: cycleTeamReportQuery, variables: { cycleId: 'cycle-q4' } },
  result,
});
const loaded = (data: ReviewTeamReportFieldsFragment) => reportMock({ data: { reviewTeamReport: data } });
const render = (mocks: Mock[]) => renderWithProviders(<TeamReportPage />, { route: ROUTE, path: PATH, mocks });

describe('TeamReportPage', () => {
  it('leads with the highlights and offers the figures as CSV', async () => {
    render([loaded(report())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Team report — FY2026 Q4' })).toBeInTheDocument();
    const highlights = screen.getByRole('list', { name: 'Highlights' });
    expect(
      within(highlights)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Largest growth: Sam Okafor, with manager ratings up in 2 competencies.',
      'No development time this quarter: Priya Nair.',
    ]);

    const csv = screen.getByRole('link', { name: 'Export CSV' });
    expect(csv).toHaveAttribute('href', '/exports/reviews/cycles/cycle-q4.csv');
    expect(csv).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Export PDF' })).toHaveAttribute(
      'href',
      '/exports/reviews/cycles/cycle-q4.pdf',
    );
  });

  it('gives every chart its numbers as text', async () => {
    render([loaded(report())]);

    const areas = await screen.findByRole('table', { name: /Average manager rating against the level, by area/ });
    expect(within(areas).getByRole('row', { name: /Craft/ })).toHaveTextContent('\u22120.25');
    expect(within(areas).getByRole('row', { name: /Robust design/ })).toHaveTextContent('+0.50');

    expect(screen.getByRole('img', { name: /development share against the 20% target/ })).toHaveAccessibleName(
      expect.stringContaining('1 of 2 meet it; under it: Priya Nair (0%)'),
    );

    const readiness = screen.getByRole('table', { name: 'Readiness calls per quarter' });
    expect(
      within(readiness)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Quarter', 'Ready', 'Soon', 'Not yet', 'Unset']);
    const q4Calls = within(readiness).getByRole('row', { name: /FY2026 Q4/ });
    expect(
      within(q4Calls)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '0', '0']);

    const pace = screen.getByRole('table', { name: 'Quarter by quarter' });
    const q4 = within(pace).getByRole('row', { name: /FY2026 Q4/ });
    expect(q4).toHaveTextContent('5');
    expect(q4).toHaveTextContent('2 of 2 (100%)');
    expect(within(pace).getByRole('row', { name: /FY2026 Q3/ })).toHaveTextContent('1 of 2 (50%)');
  });

  it('lists the coverage gained and lost since last quarter', async () => {
    render([loaded(report())]);

    const gained = await screen.findByRole('list', { name: 'Gained (1)' });
    expect(gained).toHaveTextContent('API contracts');
    const lost = screen.getByRole('list', { name: 'Lost (2)' });
    expect(
      within(lost)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Incident response', 'On-call']);
  });

  it('shows the competencies that moved since last quarter, and not those that stayed', async () => {
    render([loaded(report())]);

    const table = await screen.findByRole('table', { name: 'Largest changes since last quarter, by competency' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Incident response');
    expect(rows[0]).toHaveTextContent('Down 0.75');
  });

  it('shows each person’s figures, with a link to their review and a mark under the development target', async () => {
    render([loaded(report())]);

    const people = await screen.findByRole('table', { name: 'People' });
    const names = within(people)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Priya Nair', 'Sam Okafor']);

    const sam = within(people).getByRole('row', { name: /Sam Okafor/ });
    expect(within(sam).getByRole('link', { name: 'Sam Okafor' })).toHaveAttribute('href', '/reviews/review-sam');
    expect(sam).toHaveTextContent('5 of 6');
    expect(sam).toHaveTextContent('25%');
    expect(sam).toHaveTextContent('+20 pts');
    expect(within(sam).queryByText('Under target')).not.toBeInTheDocument();

    const priya = within(people).getByRole('row', { name: /Priya Nair/ });
    expect(within(priya).getByText('Under target')).toBeInTheDocument();
    expect(priya).toHaveTextContent('Unset');
    expect(priya).toHaveTextContent('\u22125 pts');
  });

  it('says so when there is no earlier quarter to compare with', async () => {
    render([loaded(report({ quarters: [quarter('FY2026-Q4', 'FY2026 Q4')], coverageGained: [], coverageLost: [] }))]);

    expect(await screen.findByText('There is no earlier quarter to compare with yet.')).toBeInTheDocument();
  });

  it('says when no one in the reach has a review', async () => {
    render([loaded(report({ people: [], highlights: [] }))]);

    expect(await screen.findByText('No one to report on')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the reviews' })).toHaveAttribute(
      'href',
      '/reviews?cycle=cycle-q4',
    );
  });

  it('says who the report is for when the API refuses it', async () => {
    render([
      reportMock(apiError('FORBIDDEN', 'Calibration and team reports are for managers, over the people they reach.')),
    ]);

    expect(await screen.findByText('The team report is for managers, over the people they reach.')).toBeInTheDocument();
  });

  it('offers a retry when the report fails to load', async () => {
    render([reportMock(apiError('INTERNAL_SERVER_ERROR', 'boom'))]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the team report');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
