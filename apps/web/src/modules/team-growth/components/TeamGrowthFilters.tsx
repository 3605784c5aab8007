import { Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import type { TeamGrowthFieldsFragment } from '@web/generated/graphql';
import { useTeams } from '@web/modules/teams/hooks/useTeams';

export const ALL_TEAMS = 'all';

interface TeamGrowthFiltersProps {
  teamId: string | null;
  quarter: string | null;
  /** The loaded (or last loaded) heatmap: its quarters fill the quarter list. */
  teamGrowth: TeamGrowthFieldsFragment | undefined;
  onChange: (filters: { teamId: string | null; quarter: string | null }) => void;
}

export function TeamGrowthFilters({ teamId, quarter, teamGrowth, onChange }: TeamGrowthFiltersProps) {
  const { teams, error: teamsError } = useTeams();
  const teamOptions = useMemo(
    () => [
      { value: ALL_TEAMS, label: 'All my people' },
      ...[...(teams ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((team) => ({ value: team.id, label: team.name })),
    ],
    [teams],
  );
  const quarterOptions = useMemo(() => {
    const options = (teamGrowth?.quarters ?? []).map((item) => ({ value: item.key, label: item.label }));
    // The shown quarter is always offered, even when no one has ratings in it.
    if (teamGrowth && !options.some((option) => option.value === teamGrowth.quarter.key)) {
      options.unshift({ value: teamGrowth.quarter.key, label: teamGrowth.quarter.label });
    }
    return options;
  }, [teamGrowth]);

  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label="Team"
        data={teamOptions}
        value={teamId ?? ALL_TEAMS}
        onChange={(value) => onChange({ teamId: !value || value === ALL_TEAMS ? null : value, quarter })}
        allowDeselect={false}
        searchable={teamOptions.length > 8}
        nothingFoundMessage="No team by that name"
        error={teamsError ? 'The teams could not be loaded' : undefined}
        w={240}
      />
      <Select
        label="Quarter"
        data={quarterOptions}
        value={quarter ?? teamGrowth?.quarter.key ?? null}
        onChange={(value) => value && onChange({ teamId, quarter: value })}
        allowDeselect={false}
        disabled={quarterOptions.length === 0}
        w={180}
      />
    </Group>
  );
}
