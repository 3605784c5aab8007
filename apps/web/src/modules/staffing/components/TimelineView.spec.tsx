import { screen, within } from '@testing-library/react';
import { meQuery } from '@web/modules/auth/graphql/meQuery';
import { buildCurrentUser } from '@web/test/builders';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { staffingTimelineQuery } from '../graphql/staffingTimelineQuery';
import { buildAllocation, buildRow, buildTimeline, buildWeek } from '../testing/timelineBuilders';
import { PAGE_SIZE, type TimelineFilters, TimelineView } from './TimelineView';

const FILTERS: TimelineFilters = { from: '2026-03-02', weeks: 2, teamId: null, projectId: null, kind: null, page: 1 };
const VARIABLES = {
  from: '2026-03-02',
  weeks: 2,
  teamId: null,
  projectId: null,
  kind: null,
  offset: 0,
  limit: PAGE_SIZE,
  scenarioId: null,
};

function renderTimeline(
  answer: { data?: Record<string, unknown>; error?: Error },
  role: 'MANAGER' | 'MEMBER' = 'MANAGER',
  scenario: { id: string; name: string } | null = null,
) {
  const variables = { ...VARIABLES, scenarioId: scenario?.id ?? null };
  return renderWithProviders(
    <TimelineView filters={FILTERS} today="2026-03-04" onPageChange={() => undefined} scenario={scenario} />,
    {
      mocks: [
        { request: { query: meQuery }, result: { data: { me: buildCurrentUser(role) } } },
        answer.error
          ? { request: { query: staffingTimelineQuery, variables }, error: answer.error }
          : { request: { query: staffingTimelineQuery, variables }, result: { data: answer.data } },
      ],
    },
  );
}

describe('TimelineView', () => {
  it('says at a glance who is over 100% this week, and shows each week and bar', async () => {
    const luis = buildRow('Luis Ortega', {
      weeks: [buildWeek({ allocatedShare: 1.3, overAllocated: true }), buildWeek({ week: '2026-W11' })],
      allocations: [
        buildAllocation({ id: 'a-fraud', personId: 'p-luis', projectName: 'Fraud rules', percent: 40 }),
        buildAllocation({ id: 'a-checkout', personId: 'p-luis', projectName: 'Checkout reliability', percent: 90 }),
      ],
    });
    const sam = buildRow('Sam Okafor', {
      weeks: [buildWeek({ allocatedShare: 0.5, idle: true }), buildWeek({ week: '2026-W11' })],
    });
    renderTimeline({
      data: {
        staffingTimeline: buildTimeline([luis, sam], {
          openNeeds: [
            {
              __typename: 'OpenNeed',
              id: 'need-1',
              projectId: 'project-refunds',
              projectName: 'Refunds API',
              role: 'API reviewer',
              percent: 20,
              openPercent: 20,
              startDate: '2026-03-02',
              endDate: '2026-03-31',
            },
          ],
        }),
      },
    });

    const summary = await screen.findByRole('group', { name: 'Summary' });
    expect(within(summary).getByText('1 over 100%')).toBeInTheDocument();
    expect(within(summary).getByText('1 idle')).toBeInTheDocument();
    expect(within(summary).getByText('1 open need')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Planned time by person and week' });
    expect(within(table).getByText('W10: 130% planned, over-allocated.')).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: /^Fraud rules, 40%, delivery/ })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Refunds API · API reviewer · 20% open' })).toHaveAttribute(
      'href',
      '/projects/project-refunds?need=need-1',
    );
    expect(screen.getByRole('button', { name: 'Plan time' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plan time for Sam Okafor' })).toBeInTheDocument();
  });

  it('offers no planning to someone who plans nobody’s time', async () => {
    renderTimeline(
      { data: { staffingTimeline: buildTimeline([buildRow('Sam Okafor', { canAllocate: false })]) } },
      'MEMBER',
    );
    expect(await screen.findByRole('link', { name: 'Sam Okafor' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plan time' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Plan time for/ })).toBeNull();
  });

  it('in a scenario, marks what it adds, changes and removes, and lets only the kept bars be moved', async () => {
    const luis = buildRow('Luis Ortega', {
      allocations: [
        buildAllocation({
          id: 'd-1',
          personId: 'p-luis',
          projectName: 'Checkout reliability',
          scenarioChange: 'CHANGED',
        }),
        buildAllocation({ id: 'd-2', personId: 'p-luis', projectName: 'Refunds API', scenarioChange: 'ADDED' }),
        buildAllocation({ id: 'd-3', personId: 'p-luis', projectName: 'Fraud rules', scenarioChange: 'REMOVED' }),
      ],
    });
    renderTimeline({ data: { staffingTimeline: buildTimeline([luis]) } }, 'MANAGER', { id: 's-1', name: 'Reorg' });
    const table = await screen.findByRole('table', { name: 'Planned time by person and week' });
    expect(
      within(table).getByRole('button', { name: /^Checkout reliability, .*changed in this scenario$/ }),
    ).toHaveAttribute('data-change', 'changed');
    expect(within(table).getByRole('button', { name: /^Refunds API, .*added in this scenario$/ })).toBeInTheDocument();
    const removed = within(table).getByRole('button', { name: /^Fraud rules, .*removed in this scenario$/ });
    expect(removed).toHaveAttribute('aria-roledescription', 'planned time');
    expect(screen.getByText(/Every change goes to the scenario/)).toBeInTheDocument();
  });

  it('says when nobody matches', async () => {
    renderTimeline({ data: { staffingTimeline: buildTimeline([]) } });
    expect(await screen.findByText('Nobody to show')).toBeInTheDocument();
  });

  it('says when the timeline could not be loaded, with a way to try again', async () => {
    renderTimeline({ error: new Error('offline') });
    expect(await screen.findByText('Could not load the timeline')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Try again|Retry/ })).toBeInTheDocument();
  });
});
