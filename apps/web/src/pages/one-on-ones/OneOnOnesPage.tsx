import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconMessages, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { SeriesFieldsFragment } from '@web/generated/graphql';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { CalendarFeedCard } from '@web/modules/one-on-ones/components/CalendarFeedCard';
import { moodLabel } from '@web/modules/one-on-ones/components/MoodPicker';
import { StartOneOnOneModal } from '@web/modules/one-on-ones/components/StartOneOnOneModal';
import { cadenceByManagerQuery, oneOnOnesQuery } from '@web/modules/one-on-ones/graphql/oneOnOnes';
import { cadenceText, KIND_LABEL, meetingTime } from '@web/modules/one-on-ones/utils/labels';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { meetingPath, oneOnOneSeriesPath } from '@web/shared/routes';
import { formatDate } from '@web/shared/utils/format';

/**
 * One-on-ones: for everyone, their own series (the other side, last and next meeting, whether the
 * cadence holds, open action items); for a manager or admin, how well the managers in their reach
 * keep their cadence, counted without opening any meeting.
 */
export function OneOnOnesPage() {
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const { data, error, refetch } = useQuery(oneOnOnesQuery);
  const seesCadence = user?.role === 'MANAGER' || user?.role === 'ADMIN';
  const series = data?.oneOnOnes;
  const running = series?.filter((s) => s.status !== 'ENDED') ?? [];

  return (
    <>
      <PageHeader
        title="One-on-ones"
        description="Your one-on-ones: what is next, what is open, and whether the rhythm holds."
        actions={
          user?.person ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setStarting(true)}>
              Start a one-on-one
            </Button>
          ) : null
        }
      />
      {user?.person ? (
        <StartOneOnOneModal
          opened={starting}
          onClose={() => setStarting(false)}
          viewerPersonId={user.person.id}
          onStarted={(id) => void navigate(oneOnOneSeriesPath(id))}
        />
      ) : null}
      <Stack gap="xl">
        {!series ? (
          error ? (
            <QueryError title="Could not load your one-on-ones" error={error} onRetry={() => refetch()} />
          ) : (
            <LoadingState label="Loading your one-on-ones" rows={4} />
          )
        ) : running.length === 0 ? (
          <EmptyMessage
            icon={<IconMessages size={32} aria-hidden />}
            title="No one-on-ones yet"
            description="When you and your manager, a report or a mentor start a series, it shows here."
          />
        ) : (
          <SimpleGrid
            cols={{ base: 1, md: 2 }}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {running.map((s) => (
              <SeriesCard key={s.id} series={s} />
            ))}
          </SimpleGrid>
        )}
        {seesCadence ? <CadenceAcrossReach /> : null}
        {user?.person ? <CalendarFeedCard /> : null}
      </Stack>
    </>
  );
}

function SeriesCard({ series }: { series: SeriesFieldsFragment }) {
  const other = series.otherPerson ?? series.partner;
  const figures = series.cadenceFigures;
  return (
    <Card component="li" withBorder padding="lg" aria-label={`${KIND_LABEL[series.kind]} with ${other.name}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <RouterAnchor to={oneOnOneSeriesPath(series.id)} fw={700} size="lg">
              {other.name}
            </RouterAnchor>
            <Text size="sm" c="dimmed">
              {[KIND_LABEL[series.kind], other.title].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Group gap={6}>
            {series.status === 'PAUSED' ? (
              <Badge variant="outline" color="gray.8">
                Paused
              </Badge>
            ) : null}
            <Badge variant="outline" color={figures.kept ? 'teal.9' : 'red.9'}>
              {figures.kept ? 'Cadence kept' : 'Cadence slipped'}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">{cadenceText(series)}</Text>
        <Group gap="lg" wrap="wrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Next
            </Text>
            {series.nextMeeting ? (
              <RouterAnchor to={meetingPath(series.nextMeeting.id)} size="sm" fw={600}>
                {meetingTime(series.nextMeeting.scheduledAt)}
              </RouterAnchor>
            ) : (
              <Text size="sm">None scheduled</Text>
            )}
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Last held
            </Text>
            <Text size="sm">{series.lastHeld ? formatDate(series.lastHeld.scheduledAt) : 'Not yet'}</Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Held in 12 weeks
            </Text>
            <Text size="sm">{`${figures.held} of ${figures.expected}`}</Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              Open action items
            </Text>
            <Text size="sm">{series.openActionItemCount ?? 0}</Text>
          </Stack>
          {series.latestMood ? (
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                Latest mood
              </Text>
              <Text size="sm">{moodLabel(series.latestMood)}</Text>
            </Stack>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** Per manager in the viewer's reach: meetings held against the cadence, with no content read. */
function CadenceAcrossReach() {
  const { data, error, refetch } = useQuery(cadenceByManagerQuery);
  const rows = data?.cadenceByManager;
  if (!rows && !error) return <LoadingState label="Loading cadence across your reach" rows={3} />;
  if (!rows) return <QueryError title="Could not load cadence" error={error} onRetry={() => refetch()} />;
  if (rows.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="cadence-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="cadence-title">
          Cadence across your reach
        </Title>
        <Text size="sm" c="dimmed">
          Meetings held against each series&apos; cadence over the last 12 weeks. Counted from dates alone: no agenda or
          note is read.
        </Text>
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-labelledby="cadence-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Manager</Table.Th>
                <Table.Th scope="col">Series</Table.Th>
                <Table.Th scope="col">Held / expected</Table.Th>
                <Table.Th scope="col">Cadence</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.manager.id}>
                  <Table.Th scope="row">{row.manager.name}</Table.Th>
                  <Table.Td>{row.seriesCount}</Table.Td>
                  <Table.Td>{`${row.held} / ${row.expected}`}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={row.kept ? 'teal.9' : 'red.9'}>
                      {row.kept ? 'Kept' : 'Slipped'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
