import { Button, Stack } from '@mantine/core';
import { IconBriefcase, IconChartBar } from '@tabler/icons-react';
import { addDays, mondayOf } from '@trellis/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { WorkKind } from '@web/generated/graphql';
import { todayIso } from '@web/modules/goals/utils/dates';
import { TimelineFilters } from '@web/modules/staffing/components/TimelineFilters';
import { type TimelineFilters as Filters, TimelineView } from '@web/modules/staffing/components/TimelineView';
import { PageHeader } from '@web/shared/components/PageHeader';
import { paths } from '@web/shared/routes';

const KINDS: WorkKind[] = ['DELIVERY', 'DEVELOPMENT', 'SUPPORT'];
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** /staffing?team=&project=&kind=&from=&weeks=&page=: the timeline, with its view in the address. */
export function StaffingPage() {
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => todayIso());
  const kind = params.get('kind');
  const filters: Filters = {
    // A week of look-back by default: what just happened, and the quarter ahead.
    from: mondayOf(isDate(params.get('from')) ? (params.get('from') as string) : addDays(today, -7)),
    weeks: params.get('weeks') === '26' ? 26 : 13,
    teamId: params.get('team'),
    projectId: params.get('project'),
    kind: KINDS.includes(kind as WorkKind) ? (kind as WorkKind) : null,
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    if (next.teamId) search.set('team', next.teamId);
    if (next.projectId) search.set('project', next.projectId);
    if (next.kind) search.set('kind', next.kind);
    if (next.from !== mondayOf(addDays(today, -7))) search.set('from', next.from);
    if (next.weeks !== 13) search.set('weeks', String(next.weeks));
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Staffing"
        description="Who works on what, week by week: each week's share of a person's capacity, and their planned time below it."
        actions={
          <>
            <Button
              component={Link}
              to={paths.balance}
              variant="default"
              leftSection={<IconChartBar size={16} aria-hidden />}
            >
              Balance
            </Button>
            <Button
              component={Link}
              to={paths.projects}
              variant="default"
              leftSection={<IconBriefcase size={16} aria-hidden />}
            >
              Projects
            </Button>
          </>
        }
      />
      <TimelineFilters filters={filters} today={today} onChange={apply} />
      <TimelineView filters={filters} today={today} onPageChange={(page) => apply({ ...filters, page })} />
    </Stack>
  );
}
