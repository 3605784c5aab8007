import { Badge, Group, Table } from '@mantine/core';
import type { TeamReportRowFieldsFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { reviewPath } from '@web/shared/routes';
import { formatPercent, formatPointChange, readinessLabel } from '../utils/format';
import { ScrollRegion } from '@web/shared/components/ScrollRegion';

interface TeamReportPeopleTableProps {
  people: readonly TeamReportRowFieldsFragment[];
  /** The development target, as a share (0.2). */
  target: number;
}

/** Each person's quarter in figures (the CSV's rows), by name. */
export function TeamReportPeopleTable({ people, target }: TeamReportPeopleTableProps) {
  const sorted = [...people].sort((a, b) => a.person.name.localeCompare(b.person.name));
  return (
    <ScrollRegion label="Each person’s figures, scrollable" minWidth={980}>
      <Table striped verticalSpacing="xs" aria-labelledby="report-people-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col" ta="right">
              Ratings up
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Ratings down
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Below level
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Goals finished
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Evidence
            </Table.Th>
            <Table.Th scope="col" ta="right">
              One-on-ones held
            </Table.Th>
            <Table.Th scope="col">Development</Table.Th>
            <Table.Th scope="col">Readiness call</Table.Th>
            <Table.Th scope="col" ta="right">
              Readiness
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Change
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p) => (
            <Table.Tr key={p.reviewId}>
              <Table.Th scope="row" fw={400}>
                <RouterAnchor to={reviewPath(p.reviewId)} size="sm" underline="always">
                  {p.person.name}
                </RouterAnchor>
              </Table.Th>
              <Table.Td>{p.person.teamName ?? '—'}</Table.Td>
              <Table.Td ta="right">{p.ratingsImproved}</Table.Td>
              <Table.Td ta="right">{p.ratingsDeclined}</Table.Td>
              <Table.Td ta="right">{p.belowLevel}</Table.Td>
              <Table.Td ta="right">{p.goalsFinished}</Table.Td>
              <Table.Td ta="right">{p.evidence}</Table.Td>
              <Table.Td ta="right">
                {p.oneOnOnesExpected === 0 ? p.oneOnOnesHeld : `${p.oneOnOnesHeld} of ${p.oneOnOnesExpected}`}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={6} wrap="nowrap">
                  <span>{formatPercent(p.developmentShare)}</span>
                  {p.meetsDevelopmentTarget ? null : (
                    <Badge
                      variant="outline"
                      color="red.9"
                      size="xs"
                      style={{ flexShrink: 0, overflow: 'visible' }}
                      title={`Under the ${formatPercent(target)} development target`}
                    >
                      Under target
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{readinessLabel(p.readiness)}</Table.Td>
              <Table.Td ta="right">{formatPercent(p.readinessShare)}</Table.Td>
              <Table.Td ta="right">{formatPointChange(p.readinessChange)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
