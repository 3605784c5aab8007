import { Badge, Group, ScrollArea, Table, Text, VisuallyHidden } from '@mantine/core';
import { personPath, teamPath } from '@web/shared/routes';
import type { PersonSummaryFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { formatTrack } from '@web/shared/utils/format';

interface PeopleTableProps {
  people: readonly PersonSummaryFragment[];
  /** The table's accessible name, e.g. "People" or "Direct reports". */
  label: string;
  hideTeam?: boolean;
  hideManager?: boolean;
}

export function PeopleTable({ people, label, hideTeam = false, hideManager = false }: PeopleTableProps) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table aria-label={label} miw={720} striped={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Title</Table.Th>
            <Table.Th scope="col">Level</Table.Th>
            <Table.Th scope="col">Track</Table.Th>
            {hideTeam ? null : <Table.Th scope="col">Team</Table.Th>}
            {hideManager ? null : <Table.Th scope="col">Manager</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <RouterAnchor to={personPath(person.id)} fw={600}>
                    {person.name}
                  </RouterAnchor>
                  {person.active ? null : (
                    <Badge size="xs" color="gray.8" variant="outline">
                      Inactive
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{person.title}</Table.Td>
              <Table.Td>
                {person.level ?? (
                  <Text size="sm" c="dimmed" title="Seen by them, their manager chain and admins">
                    <span aria-hidden>—</span>
                    <VisuallyHidden>Not shown to you</VisuallyHidden>
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatTrack(person.track)}</Text>
              </Table.Td>
              {hideTeam ? null : (
                <Table.Td>
                  {person.team ? (
                    <RouterAnchor to={teamPath(person.team.id)}>{person.team.name}</RouterAnchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No team
                    </Text>
                  )}
                </Table.Td>
              )}
              {hideManager ? null : (
                <Table.Td>
                  {person.manager ? (
                    <RouterAnchor to={personPath(person.manager.id)}>{person.manager.name}</RouterAnchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
