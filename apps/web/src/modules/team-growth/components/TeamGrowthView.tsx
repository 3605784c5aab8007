import { Alert, Button, Group, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { teamGrowthPath } from '@web/shared/routes';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { AccessDeniedContent } from '@web/shared/components/StatusContent';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { useTeamGrowth } from '../hooks/useTeamGrowth';
import {
  defaultSort,
  filterColumns,
  groupByTeam,
  type HeatmapItem,
  type HeatmapSort,
  heatmapItems,
  sortRows,
} from '../utils/heatmapGroups';
import { gapClass, groupByArea, summarize } from '../utils/heatmapView';
import { CompetencyDetailDrawer } from './CompetencyDetailDrawer';
import { GrowthHeatmap, type HeatmapSelection } from './GrowthHeatmap';
import { HeatmapLegend } from './HeatmapLegend';
import { TeamGrowthFilters } from './TeamGrowthFilters';

interface TeamGrowthViewProps {
  teamId: string | null;
  quarter: string | null;
  onFiltersChange: (filters: { teamId: string | null; quarter: string | null }) => void;
}

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" lh={1.3}>
        {value}
      </Text>
    </div>
  );
}

export function TeamGrowthView({ teamId, quarter, onFiltersChange }: TeamGrowthViewProps) {
  const { teamGrowth, previous, error, refetch } = useTeamGrowth(teamId, quarter);
  const [selection, setSelection] = useState<HeatmapSelection | null>(null);
  const summary = useMemo(() => (teamGrowth ? summarize(teamGrowth.rows) : undefined), [teamGrowth]);
  const [sort, setSort] = useState<HeatmapSort>(defaultSort);
  const [byTeam, setByTeam] = useState(true);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [columnFilter, setColumnFilter] = useState('all');
  const competencies = teamGrowth?.competencies;
  const shown = useMemo(() => filterColumns(competencies ?? [], columnFilter), [competencies, columnFilter]);
  const items = useMemo((): HeatmapItem[] => {
    if (!teamGrowth) return [];
    const sorted = sortRows(teamGrowth.rows, sort);
    if (!byTeam) return sorted.map((row) => ({ kind: 'person', row }));
    return heatmapItems(groupByTeam(sorted, teamGrowth.competencies.length), collapsed);
  }, [teamGrowth, sort, byTeam, collapsed]);
  const filterOptions = useMemo(() => {
    const areas = groupByArea(competencies ?? []);
    return [
      { group: 'Everything', items: [{ value: 'all', label: 'All competencies' }] },
      { group: 'Areas', items: areas.map((area) => ({ value: `area:${area.key}`, label: area.name })) },
      ...areas.map((area) => ({
        group: area.name,
        items: area.competencies.map((c) => ({ value: `competency:${c.key}`, label: c.name })),
      })),
    ];
  }, [competencies]);
  const offScale = useMemo(
    () => (teamGrowth?.rows ?? []).some((row) => row.cells.some((cell) => gapClass(cell) === 'off-scale')),
    [teamGrowth],
  );

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return <AccessDeniedContent message={getUserMessage(error, 'Team growth is for managers.')} />;
  }

  let body;
  if (error && !teamGrowth) {
    body = hasErrorCode(error, 'BAD_USER_INPUT') ? (
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title="Nothing to show for this choice"
        icon={<IconInfoCircle aria-hidden />}
      >
        <Text size="sm" mb="sm">
          {getUserMessage(error)}
        </Text>
        <Button component={Link} to={teamGrowthPath()} size="xs" variant="default">
          Show all my people this quarter
        </Button>
      </Alert>
    ) : (
      <QueryError title="Could not load the heatmap" error={error} onRetry={() => refetch()} />
    );
  } else if (!teamGrowth || !summary) {
    body = <LoadingState label="Loading the heatmap" rows={8} />;
  } else if (teamGrowth.rows.length === 0) {
    body = (
      <EmptyMessage
        icon={<IconUsers size={32} aria-hidden />}
        title={teamId ? 'No one in this team reports to you' : 'No one reports to you yet'}
        description={
          teamId
            ? 'Choose another team, or all your people.'
            : 'The people who report to you, directly or through other managers, will appear here.'
        }
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <Group gap="xl" wrap="wrap">
          <Figure label="People" value={summary.people} />
          <Figure label="Cells rated" value={`${summary.rated} of ${summary.cells}`} />
          <Figure label="Below level" value={summary.below} />
          <Figure label="Disagreements" value={summary.disagreements} />
        </Group>
        {teamGrowth.totalPeople > teamGrowth.rows.length ? (
          <Alert
            color="indigo"
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
            title="Showing part of your reach"
          >
            The heatmap shows the first {teamGrowth.rows.length} of {teamGrowth.totalPeople} people by name. Choose a
            team to see the others.
          </Alert>
        ) : null}
        {summary.rated === 0 ? (
          <Alert
            color="indigo"
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
            title="No ratings this quarter yet"
          >
            Rate your people from their Growth tab: select a name in the heatmap below.
          </Alert>
        ) : null}
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label="Competencies shown"
            data={filterOptions}
            value={columnFilter}
            onChange={(value) => setColumnFilter(value ?? 'all')}
            allowDeselect={false}
            searchable
            nothingFoundMessage="No competency by that name"
            w={260}
          />
          <Switch
            label="Group by team"
            checked={byTeam}
            onChange={(event) => setByTeam(event.currentTarget.checked)}
            pb={8}
          />
          {byTeam ? (
            <Group gap="xs" pb={4}>
              <Button size="xs" variant="default" onClick={() => setCollapsed(new Set())}>
                Expand all teams
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setCollapsed(new Set(teamGrowth.rows.map((row) => row.person.team?.id ?? '')))}
              >
                Collapse all teams
              </Button>
            </Group>
          ) : null}
        </Group>
        <HeatmapLegend range={teamGrowth.gapRange} offScale={offScale} />
        <GrowthHeatmap
          quarterLabel={teamGrowth.quarter.label}
          competencies={shown}
          competencyCount={teamGrowth.competencies.length}
          items={items}
          sort={sort}
          onSort={setSort}
          onToggleTeam={(key) =>
            setCollapsed((current) => {
              const next = new Set(current);
              if (next.has(key)) next.delete(key);
              else next.add(key);
              return next;
            })
          }
          onSelect={setSelection}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <TeamGrowthFilters
        teamId={teamId}
        quarter={quarter}
        teamGrowth={teamGrowth ?? previous}
        onChange={(filters) => {
          setSelection(null);
          onFiltersChange(filters);
        }}
      />
      {/* A Paper, not a Card: a Card clips its content, which would unstick the grid's header. */}
      <Paper withBorder p="md" component="section" aria-labelledby="heatmap-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="heatmap-title">
            {teamGrowth ? `Competency heatmap, ${teamGrowth.quarter.label}` : 'Competency heatmap'}
          </Title>
          {body}
        </Stack>
      </Paper>
      {teamGrowth ? (
        <CompetencyDetailDrawer
          selection={selection}
          quarter={teamGrowth.quarter.key}
          onClose={() => setSelection(null)}
        />
      ) : null}
    </Stack>
  );
}
