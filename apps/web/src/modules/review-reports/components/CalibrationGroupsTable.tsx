import { Group, Table, Text } from '@mantine/core';
import type { CalibrationGroupFieldsFragment } from '@web/generated/graphql';
import { formatGap, gapWords } from '../utils/format';
import { sortByLeniency } from '../utils/leniency';
import { OutlierBadge } from './OutlierBadge';
import { ReadinessBar } from './ReadinessBar';
import { ScrollRegion } from '@web/shared/components/ScrollRegion';

interface CalibrationGroupsTableProps {
  groups: readonly CalibrationGroupFieldsFragment[];
  /** "Manager" or "Team": the first column's heading. */
  groupLabel: string;
  /** The table's accessible name. */
  caption: string;
}

/**
 * Per manager or per team: people, readiness calls, ratings against the level, and the mean
 * against the reach's, furthest from it first, with the lenient and harsh raters marked.
 */
export function CalibrationGroupsTable({ groups, groupLabel, caption }: CalibrationGroupsTableProps) {
  const sorted = sortByLeniency(groups);
  return (
    <ScrollRegion label="Managers and teams against the reach, scrollable" minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupLabel}</Table.Th>
            <Table.Th scope="col" ta="right">
              People
            </Table.Th>
            <Table.Th scope="col">Readiness calls</Table.Th>
            <Table.Th scope="col" ta="right">
              Above level
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Meets
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Below level
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Mean against the level
            </Table.Th>
            <Table.Th scope="col" aria-sort="descending">
              Against the reach
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((g) => (
            <Table.Tr key={g.key}>
              <Table.Th scope="row" fw={500}>
                {g.name}
              </Table.Th>
              <Table.Td ta="right">{g.people}</Table.Td>
              <Table.Td>
                <ReadinessBar counts={g.readiness} />
              </Table.Td>
              <Table.Td ta="right">{g.above}</Table.Td>
              <Table.Td ta="right">{g.meets}</Table.Td>
              <Table.Td ta="right">{g.below}</Table.Td>
              <Table.Td ta="right" title={gapWords(g.averageGap)}>
                {formatGap(g.averageGap)}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={g.outlier ? 700 : undefined} title={gapWords(g.againstReach, 'the reach’s mean')}>
                    {formatGap(g.againstReach)}
                  </Text>
                  <OutlierBadge outlier={g.outlier} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
