import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, SegmentedControl, Select, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { addDays, mondayOf } from '@trellis/domain';
import { useMemo } from 'react';
import type { WorkKind } from '@web/generated/graphql';
import { useTeams } from '@web/modules/teams/hooks/useTeams';
import { projectOptionsQuery } from '../graphql/projectOptionsQuery';
import { kindLabels } from '../utils/kinds';
import { shortDate } from '../utils/timelineLayout';
import type { TimelineFilters as Filters } from './TimelineView';

const ALL = 'all';

interface TimelineFiltersProps {
  filters: Filters;
  today: string;
  onChange: (filters: Filters) => void;
}

/** Team, project, kind, and which weeks: every choice lives in the address. */
export function TimelineFilters({ filters, today, onChange }: TimelineFiltersProps) {
  const { teams } = useTeams();
  const projects = useQuery(projectOptionsQuery);
  const teamOptions = useMemo(
    () => [
      { value: ALL, label: 'All teams' },
      ...[...(teams ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ value: t.id, label: t.name })),
    ],
    [teams],
  );
  const projectOptions = useMemo(
    () => [
      { value: ALL, label: 'All projects' },
      ...(projects.data?.projects ?? []).map((p) => ({ value: p.id, label: p.name })),
    ],
    [projects.data],
  );
  const set = (change: Partial<Filters>) => onChange({ ...filters, page: 1, ...change });
  const step = filters.weeks > 20 ? 13 : 4;
  const last = addDays(filters.from, filters.weeks * 7 - 3);

  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label="Team"
        data={teamOptions}
        value={filters.teamId ?? ALL}
        onChange={(value) => set({ teamId: !value || value === ALL ? null : value })}
        allowDeselect={false}
        searchable={teamOptions.length > 8}
        w={180}
      />
      <Select
        label="Project"
        data={projectOptions}
        value={filters.projectId ?? ALL}
        onChange={(value) => set({ projectId: !value || value === ALL ? null : value })}
        allowDeselect={false}
        searchable={projectOptions.length > 8}
        nothingFoundMessage="No project by that name"
        w={220}
      />
      <Select
        label="Kind"
        data={[
          { value: ALL, label: 'All kinds' },
          ...(['DELIVERY', 'DEVELOPMENT', 'SUPPORT'] as WorkKind[]).map((k) => ({ value: k, label: kindLabels[k] })),
        ]}
        value={filters.kind ?? ALL}
        onChange={(value) => set({ kind: !value || value === ALL ? null : (value as WorkKind) })}
        allowDeselect={false}
        w={150}
      />
      <Group gap={4} align="flex-end" wrap="nowrap" role="group" aria-label="Weeks shown">
        <Tooltip label={`${step} weeks earlier`}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={`${step} weeks earlier`}
            onClick={() => set({ from: addDays(filters.from, -7 * step) })}
          >
            <IconChevronLeft size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Button variant="default" onClick={() => set({ from: addDays(mondayOf(today), -7) })}>
          {shortDate(filters.from)} – {shortDate(last, true)}
        </Button>
        <Tooltip label={`${step} weeks later`}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={`${step} weeks later`}
            onClick={() => set({ from: addDays(filters.from, 7 * step) })}
          >
            <IconChevronRight size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      <SegmentedControl
        aria-label="Zoom"
        data={[
          { value: '13', label: 'Weeks' },
          { value: '26', label: 'Months' },
        ]}
        value={String(filters.weeks)}
        onChange={(value) => set({ weeks: Number(value) })}
      />
    </Group>
  );
}
