import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { moodLabel } from '@web/modules/one-on-ones/components/MoodPicker';
import { MoodTrend } from '@web/modules/one-on-ones/components/MoodTrend';
import { SeriesScheduleCard } from '@web/modules/one-on-ones/components/SeriesScheduleCard';
import { seriesDetailQuery, seriesSearchQuery } from '@web/modules/one-on-ones/graphql/oneOnOnes';
import { cadenceSentence, cadenceText, KIND_LABEL, meetingTime } from '@web/modules/one-on-ones/utils/labels';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { NotFoundContent } from '@web/shared/components/StatusContent';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { meetingPath } from '@web/shared/routes';

const STATUS_LABEL = { SCHEDULED: 'Scheduled', COMPLETED: 'Held', CANCELLED: 'Cancelled' } as const;
const HIT_LABEL: Record<string, string> = {
  point: 'Talking point',
  action_item: 'Action item',
  notes: 'Shared notes',
};

/** /one-on-ones/series/:seriesId: every meeting of a pair, the mood over time, and a search of it all. */
export function SeriesPage() {
  const { seriesId = '' } = useParams();
  const { data, error, refetch } = useQuery(seriesDetailQuery, { variables: { id: seriesId } });
  const series = data?.oneOnOneSeries;
  if (!series) {
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return <NotFoundContent message="There is no such one-on-one series, or it is not one you can see." />;
    }
    return (
      <>
        <PageHeader title="One-on-ones" documentTitle="Loading one-on-ones" />
        {error ? (
          <QueryError title="Could not load these one-on-ones" error={error} onRetry={() => refetch()} />
        ) : (
          <LoadingState label="Loading one-on-ones" rows={6} />
        )}
      </>
    );
  }
  const other = series.otherPerson ?? series.partner;
  const meetings = [...series.meetings].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  return (
    <>
      <PageHeader
        title={`${KIND_LABEL[series.kind]}s with ${other.name}`}
        description={`${cadenceText(series)} · ${series.durationMinutes} minutes`}
        actions={
          series.nextMeeting && series.participant ? (
            <Button component={Link} to={meetingPath(series.nextMeeting.id)}>
              Open the next meeting
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Group gap="xl">
            <Badge variant="outline" size="lg" color={series.cadenceFigures.kept ? 'teal.9' : 'red.9'}>
              {series.cadenceFigures.kept ? 'Cadence kept' : 'Cadence slipped'}
            </Badge>
            <Text size="sm">{cadenceSentence(series.cadenceFigures)}</Text>
          </Group>
        </Card>
        {series.participant ? <SeriesScheduleCard series={series} onReload={() => refetch()} /> : null}
        {series.participant ? (
          <Card withBorder padding="lg">
            <MoodTrend points={series.moodTrend.map((p) => ({ date: p.scheduledAt, mood: p.mood }))} />
          </Card>
        ) : null}
        {series.participant ? <SeriesSearch seriesId={series.id} /> : null}
        <Card withBorder padding="lg" component="section" aria-labelledby="meetings-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="meetings-title">
              Meetings
            </Title>
            <Table.ScrollContainer minWidth={420}>
              <Table striped aria-labelledby="meetings-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">When</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    {series.participant ? <Table.Th scope="col">Mood</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {meetings.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        {series.participant ? (
                          <RouterAnchor to={meetingPath(m.id)} size="sm">
                            {meetingTime(m.scheduledAt)}
                          </RouterAnchor>
                        ) : (
                          meetingTime(m.scheduledAt)
                        )}
                        {m.adHoc ? ' (extra)' : ''}
                      </Table.Td>
                      <Table.Td>{STATUS_LABEL[m.status]}</Table.Td>
                      {series.participant ? <Table.Td>{m.mood ? moodLabel(m.mood) : '—'}</Table.Td> : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Card>
      </Stack>
    </>
  );
}

function SeriesSearch({ seriesId }: { seriesId: string }) {
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [search, { data, loading, error, called }] = useLazyQuery(seriesSearchQuery);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() && !tag.trim()) return;
    void search({ variables: { seriesId, text: text.trim() || null, tag: tag.trim() || null } });
  };
  const hits = data?.oneOnOneSearch;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="search-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="search-title">
          Search all your meetings
        </Title>
        <form onSubmit={submit} role="search" aria-labelledby="search-title">
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              style={{ flex: '1 1 220px' }}
              label="Words"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <TextInput
              w={160}
              label="Tag"
              placeholder="career, workload…"
              value={tag}
              onChange={(e) => setTag(e.currentTarget.value)}
            />
            <Button
              type="submit"
              variant="default"
              loading={loading}
              leftSection={<IconSearch size={16} aria-hidden />}
            >
              Search
            </Button>
          </Group>
        </form>
        {error ? <QueryError title="The search did not work" error={error} onRetry={() => undefined} /> : null}
        {called && hits ? (
          hits.length === 0 ? (
            <EmptyMessage title="Nothing found" description="No point, action item or note matches." />
          ) : (
            <Stack
              component="ul"
              gap={6}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              aria-label="Search results"
            >
              {hits.map((hit, i) => (
                <li key={`${hit.meetingId}-${i}`}>
                  <Text size="sm">{hit.text}</Text>
                  <Text size="xs" c="dimmed">
                    {HIT_LABEL[hit.kind] ?? hit.kind} ·{' '}
                    <RouterAnchor to={meetingPath(hit.meetingId)} size="xs">
                      {meetingTime(hit.scheduledAt)}
                    </RouterAnchor>
                    {hit.tags.length ? ` · ${hit.tags.join(', ')}` : ''}
                  </Text>
                </li>
              ))}
            </Stack>
          )
        ) : null}
      </Stack>
    </Card>
  );
}
