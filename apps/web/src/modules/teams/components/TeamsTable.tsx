import { ScrollArea, Table, Text } from '@mantine/core';
import { teamPath } from '@web/shared/routes';
import type { TeamSummaryFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { orderTeamsAsTree } from '../utils/teamTree';
import { TeamLead } from './TeamLead';

export function TeamsTable({ teams }: { teams: readonly TeamSummaryFragment[] }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table aria-label="Teams" miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Lead</Table.Th>
            <Table.Th scope="col">Parent team</Table.Th>
            <Table.Th scope="col" ta="right">
              Members
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orderTeamsAsTree(teams).map(({ team, depth }) => (
            <Table.Tr key={team.id}>
              <Table.Td pl={`calc(var(--table-horizontal-spacing, var(--mantine-spacing-xs)) + ${depth * 20}px)`}>
                {depth > 0 ? (
                  <Text component="span" c="dimmed" aria-hidden mr={6}>
                    └
                  </Text>
                ) : null}
                <RouterAnchor to={teamPath(team.id)} fw={600}>
                  {team.name}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>
                <TeamLead team={team} />
              </Table.Td>
              <Table.Td>
                {team.parent ? (
                  <RouterAnchor to={teamPath(team.parent.id)}>{team.parent.name}</RouterAnchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{team.memberCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
