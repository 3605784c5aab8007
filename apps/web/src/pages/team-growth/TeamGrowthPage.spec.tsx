import { act, fireEvent, screen, within } from '@testing-library/react';
import type {
  TeamGrowthCompetencyDetailFragment,
  TeamGrowthFieldsFragment,
  TeamSummaryFragment,
} from '@web/generated/graphql';
import { competencyDetailQuery } from '@web/modules/team-growth/graphql/competencyDetailQuery';
import { teamGrowthQuery } from '@web/modules/team-growth/graphql/teamGrowthQuery';
import { teamsQuery } from '@web/modules/teams/graphql/teamsQuery';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { TeamGrowthPage } from './TeamGrowthPage';

type Row = TeamGrowthFieldsFragment['rows'][number];
type Cell = Row['cells'][number];

const q4 = { __typename: 'Quarter' as const, key: 'FY2026-Q4', label: 'FY2026 Q4' };
const q3 = { __typename: 'Quarter' as const, key: 'FY2026-Q3', label: 'FY2026 Q3' };

const competencies = [
  { key: 'system_design', name: 'System design', areaKey: 'architecture', areaName: 'Architecture' },
  { key: 'api_contracts', name: 'API contracts', areaKey: 'robust_design', areaName: 'Robust design' },
  { key: 'incident_response', name: 'Incident response', areaKey: 'robust_design', areaName: 'Robust design' },
].map((item) => ({ __typename: 'HeatmapCompetency' as const, ...item }));

const ratingNames: Record<string, string> = {
  below_expectations: 'Below expectations',
  engineer: 'Engineer',
  senior_engineer: 'Senior Engineer',
};

const cell = (
  competencyKey: string,
  rating: string | null,
  gap: number | null,
  source: Cell['source'],
  disagreement = false,
): Cell => ({
  __typename: 'HeatmapCell',
  competencyKey,
  rating,
  ratingName: rating ? ratingNames[rating] : null,
  source,
  gap,
  disagreement,
});

function row(id: string, name: string, cells: Cell[], overrides: Partial<Row> = {}): Row {
  return {
    __typename: 'TeamGrowthRow',
    person: {
      __typename: 'Person',
      id,
      name,
      title: 'Software Engineer',
      level: 'Engineer',
      team: { __typename: 'Team', id: 'team-payments', name: 'Payments' },
    },
    cells,
    belowCount: cells.filter((item) => item.gap !== null && item.gap < 0).length,
    disagreementCount: 0,
    selfRatedCount: cells.filter((item) => item.source === 'SELF').length,
    managerRatedCount: cells.filter((item) => item.source === 'MANAGER').length,
    managerRatingsShared: false,
    readiness: {
      __typename: 'PromotionReadiness',
      nextLevelName: 'Senior Engineer',
      met: 1,
      total: 3,
      share: 1 / 3,
    },
    ...overrides,
  };
}

const sam = row('person-sam', 'Sam Okafor', [
  cell('system_design', 'senior_engineer', 1, 'MANAGER'),
  cell('api_contracts', 'below_expectations', -1, 'SELF'),
  cell('incident_response', null, null, null),
]);
const priya = row('person-priya', 'Priya Nair', [
  cell('system_design', 'engineer', 0, 'MANAGER'),
  cell('api_contracts', 'engineer', 0, 'MANAGER'),
  cell('incident_response', 'engineer', 0, 'SELF'),
]);

function teamGrowth(overrides: Partial<TeamGrowthFieldsFragment> = {}): TeamGrowthFieldsFragment {
  return {
    __typename: 'TeamGrowth',
    totalPeople: 2,
    quarter: q4,
    quarters: [q4, q3],
    gapRange: { __typename: 'HeatmapGapRange', min: -1, max: 4 },
    competencies,
    rows: [priya, sam],
    ...overrides,
  };
}

const team = (id: string, name: string): TeamSummaryFragment => ({
  __typename: 'Team',
  id,
  name,
  version: 1,
  canEdit: false,
  leadName: null,
  memberCount: 3,
  lead: null,
  parent: null,
});

const teamsMock = {
  request: { query: teamsQuery },
  result: { data: { teams: [team('team-platform', 'Platform'), team('team-payments', 'Payments')] } },
};
const growthMock = (
  variables: { teamId: string | null; quarter: string | null },
  data: TeamGrowthFieldsFragment | null,
) => ({
  request: { query: teamGrowthQuery, variables },
  result: data ? { data: { teamGrowth: data } } : apiError('INTERNAL_SERVER_ERROR', 'boom'),
});

const detail: TeamGrowthCompetencyDetailFragment = {
  __typename: 'CompetencyDetail',
  personId: 'person-sam',
  quarter: q4,
  competencyKey: 'system_design',
  competencyName: 'System design',
  competencyDescription: 'Designs systems that can be built, run and changed.',
  areaName: 'Architecture',
  expectation: 'Designs a feature end to end within the team’s services.',
  self: {
    __typename: 'Assessment',
    id: 'a-self',
    rating: 'engineer',
    ratingName: 'Engineer',
    comment: 'I designed the refund flow.',
    authorName: 'Sam Okafor',
    updatedAt: '2026-11-20T10:00:00.000Z',
  },
  manager: {
    __typename: 'Assessment',
    id: 'a-manager',
    rating: 'senior_engineer',
    ratingName: 'Senior Engineer',
    comment: 'Led the ledger split across two teams.',
    authorName: 'Maya Lindqvist',
    updatedAt: '2026-11-24T10:00:00.000Z',
  },
  evidence: [
    {
      __typename: 'Evidence',
      id: 'ev-1',
      date: '2026-10-14',
      kind: 'DESIGN',
      title: 'Ledger split design doc',
      link: null,
      impact: 'Adopted by Payments and Billing.',
    },
  ],
};

describe('TeamGrowthPage', () => {
  it('shows each person against each competency, named and coloured by the gap to their level', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, teamGrowth())],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Team growth' })).toBeInTheDocument();
    const table = await screen.findByRole('grid', { name: /Competency heatmap, FY2026 Q4/ });
    expect(within(table).getByRole('columnheader', { name: 'System design (Architecture)' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Person' })).toHaveAttribute('aria-sort', 'ascending');

    const above = within(table).getByRole('button', {
      name: 'Sam Okafor, System design: Senior Engineer (manager), one level above Engineer',
    });
    expect(above).toHaveAttribute('data-gap', 'above');
    expect(above).toHaveTextContent('+1');
    const below = within(table).getByRole('button', {
      name: 'Sam Okafor, API contracts: Below expectations (self), one level below Engineer',
    });
    expect(below).toHaveAttribute('data-gap', 'below');
    expect(
      within(table).getByRole('button', { name: 'Sam Okafor, Incident response: not rated this quarter' }),
    ).toHaveAttribute('data-gap', 'unrated');
    expect(
      within(table).getByRole('button', { name: 'Priya Nair, System design: Engineer (manager), meets Engineer' }),
    ).toHaveAttribute('data-gap', 'meets');

    const samRow = within(table).getByRole('row', { name: /^Sam Okafor/ });
    expect(within(samRow).getByRole('link', { name: 'Sam Okafor' })).toHaveAttribute(
      'href',
      '/people/person-sam?tab=growth',
    );
    expect(within(samRow).getByText('1/3 toward Senior Engineer')).toBeInTheDocument();

    // Every gap an Engineer's cells can take, from one below to four above, is in the legend.
    const legend = screen.getByRole('list', { name: 'Legend' });
    for (const label of [
      '1 level below',
      'Meets the level',
      '1 level above',
      '3 levels above',
      '4 levels above',
      'Not rated this quarter',
    ]) {
      expect(within(legend).getByText(label)).toBeInTheDocument();
    }
    expect(within(legend).queryByText('2 levels below')).not.toBeInTheDocument();
  });

  it('groups people by team, with a roll-up row per team that folds its people away', async () => {
    const platform = { __typename: 'Team' as const, id: 'team-platform', name: 'Platform' };
    const lena = row(
      'person-lena',
      'Lena Fischer',
      [
        cell('system_design', 'below_expectations', -1, 'MANAGER'),
        cell('api_contracts', 'below_expectations', -1, 'MANAGER'),
        cell('incident_response', 'engineer', 0, 'MANAGER'),
      ],
      {
        person: { ...sam.person, id: 'person-lena', name: 'Lena Fischer', team: platform },
        readiness: { ...sam.readiness, met: 2, share: 2 / 3 },
        selfRatedCount: 3,
        managerRatingsShared: true,
      },
    );
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, teamGrowth({ rows: [priya, sam, lena] }))],
    });

    const grid = await screen.findByRole('grid', { name: /Competency heatmap/ });
    const rowNames = () =>
      within(grid)
        .getAllByRole('rowheader')
        .map((header) => header.textContent);
    expect(rowNames()).toEqual([
      expect.stringMatching(/^Payments2 people/),
      expect.stringMatching(/^Priya Nair/),
      expect.stringMatching(/^Sam Okafor/),
      expect.stringMatching(/^Platform1 person/),
      expect.stringMatching(/^Lena Fischer/),
    ]);
    // Payments: one below level (Sam's API contracts), readiness 1/3 for both, ratings missing and not shared.
    const payments = within(grid).getByRole('row', { name: /^Payments/ });
    expect(payments).toHaveTextContent('1/3');
    expect(payments).toHaveTextContent('7 missing · 2 not shared');
    expect(within(payments).getByRole('gridcell', { name: 'API contracts: 1 below their level' })).toHaveTextContent(
      '1',
    );
    const platformRow = within(grid).getByRole('row', { name: /^Platform/ });
    expect(platformRow).toHaveTextContent('All rated');
    expect(
      within(platformRow).getByRole('gridcell', { name: 'System design: 1 below their level' }),
    ).toBeInTheDocument();

    const toggle = within(payments).getByRole('button', { name: /^Payments/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(grid).queryByRole('link', { name: 'Sam Okafor' })).not.toBeInTheDocument();
    expect(within(grid).getByRole('link', { name: 'Lena Fischer' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('switch', { name: 'Group by team' }));
    expect(within(grid).queryByRole('row', { name: /^Payments/ })).not.toBeInTheDocument();
    expect(rowNames()).toEqual([
      expect.stringMatching(/^Lena Fischer/),
      expect.stringMatching(/^Priya Nair/),
      expect.stringMatching(/^Sam Okafor/),
    ]);
  });

  it('sorts by any column and shows only the chosen area or competency', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, teamGrowth())],
    });
    const grid = await screen.findByRole('grid', { name: /Competency heatmap/ });
    const people = () =>
      within(grid)
        .getAllByRole('link')
        .map((link) => link.textContent);
    expect(people()).toEqual(['Priya Nair', 'Sam Okafor']);

    // System design: Sam is one above, Priya meets it; highest first.
    fireEvent.click(within(grid).getByRole('button', { name: 'Sort by System design (Architecture)' }));
    expect(people()).toEqual(['Sam Okafor', 'Priya Nair']);
    expect(within(grid).getByRole('columnheader', { name: 'System design (Architecture)' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    fireEvent.click(within(grid).getByRole('button', { name: 'Sort by System design (Architecture)' }));
    expect(people()).toEqual(['Priya Nair', 'Sam Okafor']);
    fireEvent.click(within(grid).getByRole('button', { name: 'Sort by Person' }));
    fireEvent.click(within(grid).getByRole('button', { name: 'Sort by Person' }));
    expect(people()).toEqual(['Sam Okafor', 'Priya Nair']);

    fireEvent.click(screen.getByRole('combobox', { name: 'Competencies shown' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Robust design' }));
    expect(within(grid).queryByRole('columnheader', { name: 'System design (Architecture)' })).not.toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: 'API contracts (Robust design)' })).toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: 'Incident response (Robust design)' })).toBeInTheDocument();
  });

  it('opens the ratings and evidence behind a cell in a drawer', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [
        teamsMock,
        growthMock({ teamId: null, quarter: null }, teamGrowth()),
        {
          request: {
            query: competencyDetailQuery,
            variables: { personId: 'person-sam', competencyKey: 'system_design', quarter: 'FY2026-Q4' },
          },
          result: { data: { competencyDetail: detail } },
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: /^Sam Okafor, System design:/ }));

    const drawer = await screen.findByRole('dialog', { name: 'System design: Sam Okafor' });
    expect(await within(drawer).findByText('Designs systems that can be built, run and changed.')).toBeInTheDocument();
    expect(within(drawer).getByText('Expected of an Engineer')).toBeInTheDocument();
    const manager = within(drawer).getByRole('region', { name: 'Manager rating' });
    expect(manager).toHaveTextContent('Senior Engineer');
    expect(manager).toHaveTextContent('By Maya Lindqvist');
    expect(manager).toHaveTextContent('Led the ledger split across two teams.');
    expect(within(drawer).getByRole('region', { name: 'Self-assessment' })).toHaveTextContent(
      'I designed the refund flow.',
    );
    const evidence = within(drawer).getByRole('list', { name: 'Evidence' });
    expect(evidence).toHaveTextContent('Ledger split design doc');
    expect(evidence).toHaveTextContent('Design');
    expect(evidence).toHaveTextContent('Oct 14, 2026');
    expect(evidence).toHaveTextContent('Adopted by Payments and Billing.');
  });

  it('moves between cells with the arrow keys', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, teamGrowth())],
    });

    const first = await screen.findByRole('button', { name: /^Priya Nair, System design:/ });
    expect(first).toHaveAttribute('tabindex', '0');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const next = screen.getByRole('button', { name: /^Sam Okafor, System design:/ });
    expect(next).toHaveFocus();
    fireEvent.keyDown(next, { key: 'End' });
    expect(screen.getByRole('button', { name: /^Sam Okafor, Incident response:/ })).toHaveFocus();
    expect(first).toHaveAttribute('tabindex', '-1');
  });

  it('loads the quarter and team chosen in the address', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth?team=team-payments&quarter=FY2026-Q3',
      mocks: [
        teamsMock,
        growthMock({ teamId: 'team-payments', quarter: 'FY2026-Q3' }, teamGrowth({ quarter: q3, rows: [sam] })),
      ],
    });

    expect(await screen.findByRole('grid', { name: /FY2026 Q3/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Quarter' })).toHaveValue('FY2026 Q3');
    expect(await screen.findByDisplayValue('Payments')).toHaveAccessibleName('Team');
    expect(screen.queryByRole('button', { name: /^Priya Nair/ })).not.toBeInTheDocument();
  });

  it('switches to another quarter from the quarter list', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [
        teamsMock,
        growthMock({ teamId: null, quarter: null }, teamGrowth()),
        growthMock({ teamId: null, quarter: 'FY2026-Q3' }, teamGrowth({ quarter: q3, rows: [sam] })),
      ],
    });

    expect(await screen.findByRole('grid', { name: /FY2026 Q4/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('combobox', { name: 'Quarter' }));
    fireEvent.click(await screen.findByRole('option', { name: 'FY2026 Q3' }));

    expect(await screen.findByRole('grid', { name: /FY2026 Q3/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Priya Nair/ })).not.toBeInTheDocument();
  });

  it('draws only the rows in view of a 500-person heatmap', async () => {
    const many = Array.from({ length: 500 }, (_, i) => {
      const id = String(i).padStart(3, '0');
      return row(`person-${id}`, `Person ${id}`, sam.cells, {
        person: { ...sam.person, id: `person-${id}`, name: `Person ${id}` },
      });
    });
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, teamGrowth({ rows: many, totalPeople: 500 }))],
    });

    const grid = await screen.findByRole('grid', { name: /Competency heatmap/ });
    expect(grid).toHaveAttribute('aria-rowcount', String(1 + 1 + 500));
    const drawn = within(grid).getAllByRole('link');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]).toHaveTextContent('Person 000');
    // The first drawn cell is the grid's one tab stop.
    expect(within(grid).getByRole('button', { name: /^Person 000, System design/ })).toHaveAttribute('tabindex', '0');
  });

  it('says when no one reports to the viewer', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, teamGrowth({ rows: [], totalPeople: 0 }))],
    });

    expect(await screen.findByText('No one reports to you yet')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('says when the reach is larger than the heatmap shows, and how to see the rest', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, teamGrowth({ totalPeople: 4999 }))],
    });

    expect(await screen.findByText('Showing part of your reach')).toBeInTheDocument();
    expect(screen.getByText(/first 2 of 4999 people by name/)).toBeInTheDocument();
  });

  it('says when no one has been rated this quarter, and still lists the people to rate', async () => {
    const unrated = (source: Row) => ({
      ...source,
      belowCount: 0,
      cells: source.cells.map((item) => ({ ...item, rating: null, ratingName: null, source: null, gap: null })),
    });
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [
        teamsMock,
        growthMock({ teamId: null, quarter: null }, teamGrowth({ rows: [unrated(priya), unrated(sam)] })),
      ],
    });

    expect(await screen.findByText('No ratings this quarter yet')).toBeInTheDocument();
    expect(screen.getByText(/Rate your people from their Growth tab/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Priya Nair' })).toHaveAttribute('href', '/people/person-priya?tab=growth');
  });

  it('offers a retry when the heatmap fails to load', async () => {
    renderWithProviders(<TeamGrowthPage />, {
      route: '/team-growth',
      mocks: [teamsMock, growthMock({ teamId: null, quarter: null }, null)],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the heatmap');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
