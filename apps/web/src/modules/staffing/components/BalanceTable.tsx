import { Badge, Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { StaffingBalanceQuery } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { personPath } from '@web/shared/routes';
import { hasWork, isShortOfDevelopment } from '../utils/balanceView';
import { droughtText, formatShare } from '../utils/staffingLabels';
import classes from './staffing.module.css';

type PersonRow = StaffingBalanceQuery['staffingBalance']['people'][number];

interface BalanceTableProps {
  people: PersonRow[];
  target: number;
  quarterLabel: string;
}

/** Per person: allocated, development against the target, growth-aligned, over-allocation, droughts. */
export function BalanceTable({ people, target, quarterLabel }: BalanceTableProps) {
  const showGrowth = people.some((row) => row.figures.growthAlignedShare !== null);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={`Balance by person, ${quarterLabel}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Allocated</Table.Th>
            <Table.Th scope="col">{`Development (target ${formatShare(target)})`}</Table.Th>
            {showGrowth ? <Table.Th scope="col">Growth-aligned</Table.Th> : null}
            <Table.Th scope="col">Over-allocated</Table.Th>
            <Table.Th scope="col">Development drought</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((row) => {
            const { figures } = row;
            const worked = hasWork(figures);
            const short = worked && isShortOfDevelopment(figures);
            return (
              <Table.Tr key={row.person.id}>
                <Table.Th scope="row" fw={500}>
                  <RouterAnchor to={personPath(row.person.id, 'time')}>{row.person.name}</RouterAnchor>
                  <Text size="xs" c="dimmed">
                    {row.person.teamName ?? 'No team'}
                  </Text>
                </Table.Th>
                <Table.Td>
                  {formatShare(figures.allocatedShare)}
                  {figures.tentativeShare > 0 ? (
                    <Text size="xs" c="dimmed">{`+${formatShare(figures.tentativeShare)} tentative`}</Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {!worked ? (
                    <Text size="sm" c="dimmed">
                      No confirmed work
                    </Text>
                  ) : short ? (
                    <Group gap={6} wrap="nowrap">
                      <span className={classes.shortfall}>{formatShare(figures.developmentShare)}</span>
                      <Badge color="red.9" variant="outline" size="sm">
                        {`${Math.round(figures.developmentShortfall * 100)} pts short`}
                      </Badge>
                    </Group>
                  ) : (
                    formatShare(figures.developmentShare)
                  )}
                </Table.Td>
                {showGrowth ? (
                  <Table.Td>
                    {figures.growthAlignedShare === null ? '—' : formatShare(figures.growthAlignedShare)}
                  </Table.Td>
                ) : null}
                <Table.Td>
                  {figures.overAllocatedWeeks > 0 ? (
                    <Badge color="red.9" variant="outline" size="sm">
                      {`${figures.overAllocatedWeeks} ${figures.overAllocatedWeeks === 1 ? 'week' : 'weeks'}`}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.drought && worked ? (
                    <Group gap={6} wrap="nowrap">
                      <IconAlertTriangle size={16} color="var(--mantine-color-orange-8)" aria-hidden />
                      <Text size="sm">{droughtText(row.drought)}</Text>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
