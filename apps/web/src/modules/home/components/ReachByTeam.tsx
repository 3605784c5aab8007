import { ScrollArea, Table, Text } from '@mantine/core';
import type { HomeGrowthOverviewFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { teamGrowthPath, teamPath } from '@web/shared/routes';

type TeamRow = HomeGrowthOverviewFragment['teams'][number];

const COLUMNS: { key: Exclude<keyof TeamRow, 'team' | '__typename'>; label: string }[] = [
  { key: 'people', label: 'People' },
  { key: 'goalsNeedingAttention', label: 'Goals needing a look' },
  { key: 'selfRatingsMissing', label: 'Self-assessments missing' },
  { key: 'managerRatingsMissing', label: 'Manager ratings missing' },
  { key: 'unsharedRatings', label: 'Ratings not shared' },
];

/** A count that asks for nothing reads quietly; one that does stands out. */
function Count({ value, quiet }: { value: number; quiet: boolean }) {
  return (
    <Text size="sm" fw={quiet || value === 0 ? 400 : 700} c={value === 0 ? 'dimmed' : undefined} ta="right">
      {value}
    </Text>
  );
}

/**
 * A director's reach, one row per team: how many people, and what waits on them this quarter.
 * The people themselves are on the People page and in Team growth.
 */
export function ReachByTeam({ teams, quarterLabel }: { teams: readonly TeamRow[]; quarterLabel: string }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table aria-label={`Your reach by team, ${quarterLabel}`} miw={680} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Team</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column.key} scope="col" ta="right">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((row) => (
            <Table.Tr key={row.team?.id ?? 'no-team'}>
              <Table.Th scope="row" fw={400}>
                {row.team ? (
                  <>
                    <RouterAnchor to={teamPath(row.team.id)} fw={600} size="sm">
                      {row.team.name}
                    </RouterAnchor>
                    <RouterAnchor
                      to={teamGrowthPath({ teamId: row.team.id })}
                      size="xs"
                      display="block"
                      aria-label={`Team growth of ${row.team.name}`}
                    >
                      Team growth
                    </RouterAnchor>
                  </>
                ) : (
                  <Text size="sm" fw={600}>
                    No team
                  </Text>
                )}
              </Table.Th>
              {COLUMNS.map((column) => (
                <Table.Td key={column.key}>
                  <Count value={row[column.key]} quiet={column.key === 'people'} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
