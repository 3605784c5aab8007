import { Badge, Table } from '@mantine/core';
import type { TeamReportQuarterFieldsFragment } from '@web/generated/graphql';
import { paceByQuarter } from '../utils/chartData';
import { formatPercent } from '../utils/format';
import { ScrollRegion } from '@web/shared/components/ScrollRegion';

/**
 * Quarter by quarter, as small numbers: people reviewed, goals finished, one-on-one cadence kept,
 * and time on development against the target.
 */
export function QuarterPaceTable({ quarters }: { quarters: readonly TeamReportQuarterFieldsFragment[] }) {
  const pace = paceByQuarter(quarters);
  return (
    <ScrollRegion label="Quarter by quarter, scrollable" minWidth={620}>
      <Table striped aria-labelledby="report-pace-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Quarter</Table.Th>
            <Table.Th scope="col" ta="right">
              People
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Goals finished
            </Table.Th>
            <Table.Th scope="col" ta="right">
              One-on-one cadence kept
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Average development
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Meeting the development target
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quarters.map((q, i) => (
            <Table.Tr key={q.quarter}>
              <Table.Th scope="row" fw={500}>
                {q.label}{' '}
                {q.frozen ? null : (
                  <Badge variant="outline" color="gray.8" size="xs" ml={4}>
                    Open
                  </Badge>
                )}
              </Table.Th>
              <Table.Td ta="right">{q.people}</Table.Td>
              <Table.Td ta="right">{pace[i].goalsFinished}</Table.Td>
              <Table.Td ta="right">
                {pace[i].withOneOnOnes === 0
                  ? '—'
                  : `${pace[i].oneOnOnesKept} of ${pace[i].withOneOnOnes} (${formatPercent(pace[i].cadenceShare)})`}
              </Table.Td>
              <Table.Td ta="right">{formatPercent(q.averageDevelopmentShare)}</Table.Td>
              <Table.Td ta="right">{`${q.meetingDevelopmentTarget} of ${q.people}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
