import { Badge, Table, Text } from '@mantine/core';
import type { ProjectFieldsFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { personPath } from '@web/shared/routes';
import { formatDate } from '@web/shared/utils/format';
import { workKindLabels } from '../utils/staffingLabels';

interface RosterTableProps {
  project: Pick<ProjectFieldsFragment, 'name' | 'roster' | 'needs'>;
}

/** Who is on the project, at what share, from when to when; tentative work said so. */
export function RosterTable({ project }: RosterTableProps) {
  const roles = new Map(project.needs.map((need) => [need.id, need.role]));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped aria-label={`Who is on ${project.name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Share</Table.Th>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Fills</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {project.roster.map((entry) => (
            <Table.Tr key={entry.allocationId}>
              <Table.Th scope="row" fw={500}>
                <RouterAnchor to={personPath(entry.personId)}>{entry.personName}</RouterAnchor>
              </Table.Th>
              <Table.Td>{`${entry.percent}%`}</Table.Td>
              <Table.Td>{formatDate(entry.startDate)}</Table.Td>
              <Table.Td>{formatDate(entry.endDate)}</Table.Td>
              <Table.Td>{workKindLabels[entry.kind]}</Table.Td>
              <Table.Td>
                {entry.needId ? (
                  (roles.get(entry.needId) ?? '—')
                ) : (
                  <Text span size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {entry.status === 'TENTATIVE' ? (
                  <Badge size="sm" variant="outline" color="gray.8">
                    Tentative
                  </Badge>
                ) : (
                  'Confirmed'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
