import { useQuery } from '@apollo/client/react';
import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { addDays, mondayOf } from '@trellis/domain';
import { useMemo } from 'react';
import { HomePanel } from '@web/modules/home/components/HomePanel';
import { todayIso } from '@web/modules/goals/utils/dates';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { balancePath, personPath, projectPath, staffingPath } from '@web/shared/routes';
import { myNextWeeksQuery } from '../graphql/myNextWeeksQuery';
import { staffingBalanceQuery } from '../graphql/staffingBalanceQuery';
import { hasWork } from '../utils/balanceView';
import { droughtText, formatRange, formatShare, pluralize, shortWeek, workKindLabels } from '../utils/staffingLabels';

/**
 * A manager's Home: who is over-allocated this quarter, and who has no development time, from
 * the quarter's balance of the people they plan (the same answer the Balance page reads).
 */
export function ManagerStaffingCards({ personId }: { personId: string }) {
  const { data, error, refetch } = useQuery(staffingBalanceQuery, { variables: { quarter: null, teamId: null } });
  const balance = data?.staffingBalance;
  const lists = useMemo(() => {
    if (!balance) return null;
    const others = balance.people.filter((row) => row.person.id !== personId);
    return {
      over: others
        .filter((row) => row.figures.overAllocatedWeeks > 0)
        .sort(
          (a, b) =>
            b.figures.overAllocatedWeeks - a.figures.overAllocatedWeeks || a.person.name.localeCompare(b.person.name),
        ),
      noDevelopment: others
        .filter((row) => hasWork(row.figures) && (row.drought || row.figures.developmentShare === 0))
        .sort(
          (a, b) => (b.drought?.weeks ?? 99) - (a.drought?.weeks ?? 99) || a.person.name.localeCompare(b.person.name),
        ),
    };
  }, [balance, personId]);

  const pending = (label: string) =>
    error ? (
      <QueryError title={`Could not load ${label}`} error={error} onRetry={() => refetch()} />
    ) : (
      <LoadingState label={`Loading ${label}`} rows={3} />
    );
  const quarter = balance?.quarter.label ?? 'this quarter';

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <HomePanel id="over-allocated" title={`Over-allocated in ${quarter}`}>
        {!lists ? (
          pending('over-allocation')
        ) : lists.over.length === 0 ? (
          <EmptyMessage
            title="Nobody is over-allocated"
            description="No one you plan has more confirmed work than time this quarter."
          />
        ) : (
          <Stack gap="sm">
            <List spacing="xs" listStyleType="none" aria-label="People over-allocated">
              {lists.over.map((row) => (
                <List.Item key={row.person.id}>
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <RouterAnchor to={personPath(row.person.id, 'time')} fw={600}>
                      {row.person.name}
                    </RouterAnchor>
                    <Badge color="red.9" variant="outline">
                      {`${pluralize(row.figures.overAllocatedWeeks, 'week')} over 100%`}
                    </Badge>
                  </Group>
                </List.Item>
              ))}
            </List>
            <RouterAnchor to={staffingPath()} size="sm">
              Open the timeline
            </RouterAnchor>
          </Stack>
        )}
      </HomePanel>
      <HomePanel id="no-development" title="No development time">
        {!lists ? (
          pending('development time')
        ) : lists.noDevelopment.length === 0 ? (
          <EmptyMessage
            title="Everyone has development time"
            description={`No one you plan goes without development time for long in ${quarter}.`}
          />
        ) : (
          <Stack gap="sm">
            <List spacing="xs" listStyleType="none" aria-label="People with no development time">
              {lists.noDevelopment.map((row) => (
                <List.Item key={row.person.id}>
                  <Stack gap={0}>
                    <RouterAnchor to={personPath(row.person.id, 'time')} fw={600}>
                      {row.person.name}
                    </RouterAnchor>
                    <Text size="sm" c="dimmed">
                      {row.drought ? droughtText(row.drought) : `None in ${quarter}`}
                    </Text>
                  </Stack>
                </List.Item>
              ))}
            </List>
            <RouterAnchor to={balancePath()} size="sm">
              {`Open the balance (target ${formatShare(balance?.developmentTarget ?? 0)})`}
            </RouterAnchor>
          </Stack>
        )}
      </HomePanel>
    </SimpleGrid>
  );
}

const NEXT_WEEKS = 4;

/** A member's Home: what they are planned on for the next four weeks. */
export function MyNextWeeks({ personId }: { personId: string }) {
  const from = useMemo(() => mondayOf(todayIso()), []);
  const { data, error, refetch } = useQuery(myNextWeeksQuery, { variables: { personId, from, weeks: NEXT_WEEKS } });
  const row = data?.staffingTimeline.rows.find((item) => item.person.id === personId);
  const to = addDays(from, NEXT_WEEKS * 7 - 1);
  const allocations = [...(row?.allocations ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));

  return (
    <HomePanel id="your-next-weeks" title="Your next four weeks">
      {!data && error ? (
        <QueryError title="Could not load your plan" error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <LoadingState label="Loading your plan" rows={3} />
      ) : allocations.length === 0 ? (
        <EmptyMessage title="Nothing planned yet" description="Your manager plans your time; it shows here." />
      ) : (
        <Stack gap="sm">
          <List spacing="xs" listStyleType="none" aria-label="Your allocations">
            {allocations.map((allocation) => (
              <List.Item key={allocation.id}>
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Stack gap={0}>
                    {allocation.projectId ? (
                      <RouterAnchor to={projectPath(allocation.projectId)} fw={600}>
                        {allocation.projectName ?? 'Project'}
                      </RouterAnchor>
                    ) : (
                      <Text fw={600}>Development time</Text>
                    )}
                    <Text size="sm" c="dimmed">
                      {`${workKindLabels[allocation.kind]} · ${formatRange(
                        allocation.startDate < from ? from : allocation.startDate,
                        allocation.endDate > to ? to : allocation.endDate,
                      )}`}
                    </Text>
                  </Stack>
                  <Group gap={6}>
                    {allocation.status === 'TENTATIVE' ? (
                      <Badge size="sm" variant="outline" color="gray.8">
                        Tentative
                      </Badge>
                    ) : null}
                    <Badge variant="outline" color="indigo.8">{`${allocation.percent}%`}</Badge>
                  </Group>
                </Group>
              </List.Item>
            ))}
          </List>
          {row ? (
            <Group gap={6} aria-label="Your planned time by week" role="list">
              {data.staffingTimeline.weeks.map(({ key }, i) => (
                <Badge
                  key={key}
                  role="listitem"
                  variant={row.load.overAllocated[i] ? 'filled' : 'outline'}
                  color={row.load.overAllocated[i] ? 'red.9' : 'gray.8'}
                >
                  {`${shortWeek(key)}: ${row.load.away[i] ? 'away' : formatShare(row.load.allocatedShare[i])}`}
                </Badge>
              ))}
            </Group>
          ) : null}
          <RouterAnchor to={personPath(personId, 'time')} size="sm">
            See all your time
          </RouterAnchor>
        </Stack>
      )}
    </HomePanel>
  );
}
