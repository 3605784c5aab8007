import type { AllocationFieldsFragment, StaffingTimelineQuery } from '@web/generated/graphql';
import { seriesOfWeeks, type WeekFigures } from '../utils/weekSeries';

type Timeline = StaffingTimelineQuery['staffingTimeline'];
type Row = Timeline['rows'][number];
type Week = WeekFigures & { __typename?: 'PersonWeek' };

export const WEEKS = [
  { __typename: 'TimelineWeek' as const, key: '2026-W10', monday: '2026-03-02' },
  { __typename: 'TimelineWeek' as const, key: '2026-W11', monday: '2026-03-09' },
];

export function buildWeek(overrides: Partial<Week> = {}): Week {
  return {
    __typename: 'PersonWeek',
    week: '2026-W10',
    workingDays: 5,
    capacityDays: 5,
    allocatedShare: 0.9,
    tentativeShare: 0,
    deliveryShare: 0.7,
    developmentShare: 0.2,
    supportShare: 0,
    overAllocated: false,
    idle: false,
    away: false,
    ...overrides,
  };
}

export function buildAllocation(overrides: Partial<AllocationFieldsFragment> = {}): AllocationFieldsFragment {
  return {
    __typename: 'Allocation',
    id: 'a-1',
    personId: 'p-sam',
    projectId: 'project-refunds',
    projectName: 'Refunds API',
    needId: null,
    kind: 'DELIVERY',
    percent: 60,
    startDate: '2026-03-02',
    endDate: '2026-03-13',
    status: 'CONFIRMED',
    note: '',
    version: 1,
    scenarioChange: null,
    replacesId: null,
    growthAligned: true,
    stretchGoals: [],
    ...overrides,
  };
}

/** A row; `weeks` (one object each) are turned into the `load` lists the API sends. */
export function buildRow(name: string, { weeks, ...overrides }: Partial<Row> & { weeks?: Week[] } = {}): Row {
  const id = `p-${name.split(' ')[0].toLowerCase()}`;
  const load = seriesOfWeeks(weeks ?? [buildWeek(), buildWeek({ week: '2026-W11' })]);
  return {
    __typename: 'TimelineRow',
    canAllocate: true,
    person: {
      __typename: 'StaffedPerson',
      id,
      name,
      title: 'Software Engineer',
      teamId: 'team-payments',
      teamName: 'Payments',
      workingDays: [1, 2, 3, 4, 5],
    },
    load: { __typename: 'PersonWeekSeries', ...load },
    allocations: [buildAllocation({ id: `a-${id}`, personId: id })],
    timeOff: [],
    ...overrides,
  };
}

export function buildTimeline(rows: Row[], overrides: Partial<Timeline> = {}): Timeline {
  return {
    __typename: 'StaffingTimeline',
    from: '2026-03-02',
    to: '2026-03-15',
    totalCount: rows.length,
    offset: 0,
    limit: 100,
    weeks: WEEKS,
    openNeeds: [],
    rows,
    ...overrides,
  };
}
