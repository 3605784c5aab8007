import { useQuery } from '@apollo/client/react';
import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { HomePanel } from '@web/modules/home/components/HomePanel';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { meetingPath, paths } from '@web/shared/routes';
import { formatDate } from '@web/shared/utils/format';
import { myOpenActionItemsQuery, oneOnOnesQuery } from '../graphql/oneOnOnes';
import { meetingTime } from '../utils/labels';

const SHOWN = 5;

/** Home: the viewer's next one-on-ones, and the action items they owe (overdue first). */
export function OneOnOnesHomeCards() {
  const series = useQuery(oneOnOnesQuery);
  const items = useQuery(myOpenActionItemsQuery);
  const upcoming = (series.data?.oneOnOnes ?? [])
    .filter((s) => s.status === 'ACTIVE' && s.nextMeeting)
    .sort((a, b) => (a.nextMeeting?.scheduledAt ?? '').localeCompare(b.nextMeeting?.scheduledAt ?? ''))
    .slice(0, SHOWN);
  const open = [...(items.data?.myOpenActionItems ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <HomePanel id="next-one-on-ones" title="Your next one-on-ones">
        {!series.data ? (
          series.error ? (
            <QueryError title="Could not load your one-on-ones" error={series.error} onRetry={() => series.refetch()} />
          ) : (
            <LoadingState label="Loading your one-on-ones" rows={3} />
          )
        ) : upcoming.length === 0 ? (
          <EmptyMessage title="No one-on-one coming up" description="Your series show here once they are set up." />
        ) : (
          <Stack gap="sm">
            <List spacing="xs" listStyleType="none" aria-label="Next one-on-ones">
              {upcoming.map((s) => (
                <List.Item key={s.id}>
                  <Group gap="xs" justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {(s.otherPerson ?? s.partner).name}
                    </Text>
                    {s.nextMeeting ? (
                      <Group gap="sm" wrap="nowrap">
                        <RouterAnchor to={meetingPath(s.nextMeeting.id)} size="sm">
                          {meetingTime(s.nextMeeting.scheduledAt)}
                        </RouterAnchor>
                        <RouterAnchor
                          to={`${meetingPath(s.nextMeeting.id)}?view=prepare`}
                          size="sm"
                          aria-label={`Prepare for the one-on-one with ${(s.otherPerson ?? s.partner).name}`}
                        >
                          Prepare
                        </RouterAnchor>
                      </Group>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
            <RouterAnchor to={paths.oneOnOnes} size="sm">
              All your one-on-ones
            </RouterAnchor>
          </Stack>
        )}
      </HomePanel>
      <HomePanel id="my-action-items" title="Your action items">
        {!items.data ? (
          items.error ? (
            <QueryError title="Could not load your action items" error={items.error} onRetry={() => items.refetch()} />
          ) : (
            <LoadingState label="Loading your action items" rows={3} />
          )
        ) : open.length === 0 ? (
          <EmptyMessage title="Nothing open" description="Action items you agree in one-on-ones show here." />
        ) : (
          <List spacing="xs" listStyleType="none" aria-label="Your open action items">
            {open.slice(0, 8).map((item) => (
              <List.Item key={item.id}>
                <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <RouterAnchor to={meetingPath(item.meetingId)} size="sm">
                      {item.text}
                    </RouterAnchor>
                    <Text size="xs" c="dimmed">
                      {[
                        item.otherPerson ? `With ${item.otherPerson.name}` : null,
                        item.dueDate ? `due ${formatDate(item.dueDate)}` : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                  {item.overdue ? (
                    <Badge color="red.9" variant="outline" style={{ flexShrink: 0 }}>
                      Overdue
                    </Badge>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </HomePanel>
    </SimpleGrid>
  );
}
