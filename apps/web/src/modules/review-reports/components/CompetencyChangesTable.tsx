import { Table, Text } from '@mantine/core';
import { ScrollRegion } from '@web/shared/components/ScrollRegion';
import { formatGap } from '../utils/format';

export interface CompetencyChangeRow {
  competencyName: string;
  areaName: string;
  before: number | null;
  now: number | null;
  change: number | null;
}

/** Shown at most: the largest movers are the answer; the rest is the heatmap. */
export const SHOWN_CHANGES = 8;

/** The heatmap's change since last quarter: the competencies whose mean moved most, up or down. */
export function CompetencyChangesTable({ changes }: { changes: readonly CompetencyChangeRow[] }) {
  const moved = changes.filter((c) => c.change !== null && c.change !== 0).slice(0, SHOWN_CHANGES);
  if (moved.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No competency moved since last quarter, or there is no earlier quarter to compare with.
      </Text>
    );
  }
  return (
    <ScrollRegion label="Largest changes by competency, scrollable" minWidth={520}>
      <Table striped aria-label="Largest changes since last quarter, by competency">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Competency</Table.Th>
            <Table.Th scope="col" ta="right">
              Last quarter
            </Table.Th>
            <Table.Th scope="col" ta="right">
              This quarter
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Change
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {moved.map((c) => (
            <Table.Tr key={c.competencyName}>
              <Table.Td>
                {c.competencyName}
                <Text size="xs" c="dimmed">
                  {c.areaName}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatGap(c.before)}</Table.Td>
              <Table.Td ta="right">{formatGap(c.now)}</Table.Td>
              <Table.Td ta="right">
                <Text span size="sm" fw={600} c={(c.change ?? 0) > 0 ? 'teal.9' : 'red.9'}>
                  {`${(c.change ?? 0) > 0 ? 'Up' : 'Down'} ${formatGap(Math.abs(c.change ?? 0)).replace('+', '')}`}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
