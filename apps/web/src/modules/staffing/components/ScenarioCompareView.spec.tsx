import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { scenarioComparisonQuery } from '../graphql/scenarioComparisonQuery';
import { applyScenarioMutation } from '../graphql/scenarioMutations';
import { ScenarioCompareView } from './ScenarioCompareView';

const figures = (over: number, development: number, unfilled: number, open: number) => ({
  __typename: 'PlanFiguresModel' as const,
  overAllocatedPersonWeeks: over,
  overAllocated: over
    ? [
        {
          __typename: 'OverAllocatedPersonFigure' as const,
          person: { __typename: 'StaffedPerson' as const, id: 'p-luis', name: 'Luis Ortega' },
          weeks: over,
          peakPercent: 130,
        },
      ]
    : [],
  allocatedShare: 0.9,
  developmentShare: development,
  developmentShortfall: Math.max(0, 0.2 - development),
  growthAlignedShare: 0.4,
  demandPercent: 100,
  openPercent: open,
  unfilledShare: unfilled,
  unfilledNeeds: open
    ? [
        {
          __typename: 'UnfilledNeedFigure' as const,
          needId: 'need-1',
          projectId: 'project-refunds',
          projectName: 'Refunds API',
          role: 'API reviewer',
          percent: 20,
          openPercent: open,
        },
      ]
    : [],
});

const COMPARISON = {
  __typename: 'ScenarioComparison',
  scenario: {
    __typename: 'Scenario',
    id: 's-1',
    name: 'Luis finishes checkout first',
    status: 'DRAFT',
    version: 4,
    author: 'Maya Lindqvist',
    added: 1,
    changed: 1,
    removed: 0,
    updatedAt: '2026-03-01T10:00:00.000Z',
    closedAt: null,
  },
  from: '2026-03-02',
  to: '2026-05-31',
  weeks: 13,
  people: 6,
  developmentTarget: 0.2,
  plan: figures(2, 0.12, 0.2, 20),
  withScenario: figures(0, 0.15, 0, 0),
  deltas: {
    __typename: 'FigureDeltasModel',
    overAllocatedPersonWeeks: -2,
    developmentShare: 0.03,
    unfilledShare: -0.2,
    openPercent: -20,
    growthAlignedShare: 0,
  },
  changes: [
    {
      __typename: 'ScenarioChange',
      kind: 'CHANGED',
      personId: 'p-luis',
      personName: 'Luis Ortega',
      allocation: {
        __typename: 'Allocation',
        id: 'd-1',
        projectName: 'Checkout reliability',
        kind: 'DELIVERY',
        percent: 70,
        startDate: '2026-03-02',
        endDate: '2026-03-15',
      },
      was: {
        __typename: 'ScenarioBase',
        projectName: 'Checkout reliability',
        percent: 70,
        startDate: '2026-03-02',
        endDate: '2026-03-29',
      },
      conflict: null,
    },
  ],
};

const comparison = {
  request: { query: scenarioComparisonQuery, variables: { id: 's-1' } },
  result: { data: { scenarioComparison: COMPARISON } },
};

describe('ScenarioCompareView', () => {
  it('puts today’s figures beside the scenario’s, with the change and whether it is better', async () => {
    renderWithProviders(<ScenarioCompareView scenarioId="s-1" />, { mocks: [comparison] });
    const table = await screen.findByRole('table', { name: 'Figures: today’s plan and with the scenario' });
    const over = within(table).getByRole('row', { name: /Person-weeks over 100%/ });
    expect(within(over).getByText('−2 (better)')).toBeInTheDocument();
    const development = within(table).getByRole('row', { name: /Development share \(target 20%\)/ });
    expect(within(development).getByText('+3 pts (better)')).toBeInTheDocument();
    const unfilled = within(table).getByRole('row', { name: /Unfilled demand/ });
    expect(within(unfilled).getByText('−20 pts (better)')).toBeInTheDocument();
    expect(screen.getByText('Luis Ortega: 2 weeks, up to 130%')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'What the scenario changes' })).getByText('Changed'),
    ).toBeInTheDocument();
  });

  it('shows a conflict on apply with the allocation it names, and a way to refresh', async () => {
    const message =
      'Nothing was applied: Luis Ortega’s 70% on Checkout reliability (2 Mar 2026 to 29 Mar 2026) was changed in the plan since this scenario changed it.';
    renderWithProviders(<ScenarioCompareView scenarioId="s-1" />, {
      mocks: [
        comparison,
        {
          request: { query: applyScenarioMutation, variables: { id: 's-1', version: 4 } },
          result: { errors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })] },
        },
        comparison,
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Apply to the plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply “Luis finishes checkout first”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText('The plan changed since this scenario did')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh the comparison' })).toBeInTheDocument();
  });
});
