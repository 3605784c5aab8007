import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { IconBriefcase, IconChartBar } from '@tabler/icons-react';
import { addDays, mondayOf } from '@trellis/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { WorkKind } from '@web/generated/graphql';
import { todayIso } from '@web/modules/goals/utils/dates';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { ScenarioPicker } from '@web/modules/staffing/components/ScenarioPicker';
import { TimelineFilters } from '@web/modules/staffing/components/TimelineFilters';
import { type TimelineFilters as Filters, TimelineView } from '@web/modules/staffing/components/TimelineView';
import { scenariosQuery } from '@web/modules/staffing/graphql/scenariosQuery';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { paths } from '@web/shared/routes';

const KINDS: WorkKind[] = ['DELIVERY', 'DEVELOPMENT', 'SUPPORT'];
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * /staffing?scenario=&team=&project=&kind=&from=&weeks=&page=: the timeline, with its view in the
 * address; with a scenario, the plan as the scenario leaves it, and every edit goes to the scenario.
 */
export function StaffingPage() {
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => todayIso());
  const { user } = useCurrentUser();
  const drafts = user?.role === 'MANAGER' || user?.role === 'ADMIN';
  const scenarioId = drafts ? params.get('scenario') : null;
  const scenarios = useQuery(scenariosQuery, { skip: !drafts });
  const scenario = scenarios.data?.scenarios.find((s) => s.id === scenarioId) ?? null;
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
  const apply = (next: Filters, nextScenario: string | null = scenarioId) => {
    const search = new URLSearchParams();
    if (nextScenario) search.set('scenario', nextScenario);
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
      {drafts ? <ScenarioPicker scenarioId={scenarioId} onChange={(id) => apply(filters, id)} /> : null}
      <TimelineFilters filters={filters} today={today} onChange={apply} />
      {scenarioId && scenarios.loading && !scenarios.data ? (
        <LoadingState label="Loading the scenario" rows={8} />
      ) : (
        <TimelineView
          filters={filters}
          today={today}
          onPageChange={(page) => apply({ ...filters, page })}
          scenario={scenario}
        />
      )}
    </Stack>
  );
}
