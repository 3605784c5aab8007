import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Grid, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconHistory, IconListCheck } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { GoalFieldsFragment, MeetingFieldsFragment } from '@web/generated/graphql';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { CheckInDialog } from '@web/modules/goals/components/CheckInDialog';
import { goalsQuery } from '@web/modules/goals/graphql/goalsQuery';
import { ActionItemsList, type ActionItemView } from '@web/modules/one-on-ones/components/ActionItemsList';
import { AgendaList, type AgendaPoint } from '@web/modules/one-on-ones/components/AgendaList';
import { MoodPicker } from '@web/modules/one-on-ones/components/MoodPicker';
import { PrivateNoteEditor } from '@web/modules/one-on-ones/components/PrivateNoteEditor';
import { SharedNotes } from '@web/modules/one-on-ones/shared-notes/SharedNotes';
import { SuggestionsPanel } from '@web/modules/one-on-ones/components/SuggestionsPanel';
import {
  addActionItemMutation,
  addTalkingPointMutation,
  completeActionItemMutation,
  completeMeetingMutation,
  markTalkingPointDiscussedMutation,
  meetingQuery,
  moveTalkingPointMutation,
  myPrivateNoteQuery,
  removeActionItemMutation,
  removeTalkingPointMutation,
  savePrivateNoteMutation,
  setMeetingMoodMutation,
} from '@web/modules/one-on-ones/graphql/meeting';
import { KIND_LABEL, meetingTime, shortDay } from '@web/modules/one-on-ones/utils/labels';
import { LoadingState } from '@web/shared/components/LoadingState';
import { MeetingScheduleActions } from '@web/modules/one-on-ones/components/MeetingScheduleActions';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { NotFoundContent } from '@web/shared/components/StatusContent';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { meetingPath, oneOnOneSeriesPath } from '@web/shared/routes';

/** /one-on-ones/meetings/:meetingId: everything the two need before, during and after a one-on-one. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { data, error, refetch } = useQuery(meetingQuery, { variables: { id: meetingId } });
  const meeting = data?.meeting;
  if (!meeting) {
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return (
        <NotFoundContent message="There is no such meeting, or it is not one of yours: a one-on-one is for its two participants only." />
      );
    }
    return (
      <>
        <PageHeader title="One-on-one" documentTitle="Loading meeting" />
        {error ? (
          <QueryError title="Could not load this meeting" error={error} onRetry={() => refetch()} />
        ) : (
          <LoadingState label="Loading meeting" rows={6} />
        )}
      </>
    );
  }
  return <MeetingView meeting={meeting} onReload={() => refetch()} />;
}

function Section({
  title,
  id,
  children,
  actions,
}: {
  title: string;
  id: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

function MeetingView({ meeting, onReload }: { meeting: MeetingFieldsFragment; onReload: () => Promise<unknown> }) {
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const viewerId = user?.person?.id ?? null;
  const series = meeting.series;
  const other = series.otherPerson ?? series.partner;
  const open = meeting.status === 'SCHEDULED';
  // `?view=prepare`: the same meeting, laid out for getting ready (no live notes, no completing).
  const [params] = useSearchParams();
  const preparing = open && params.get('view') === 'prepare';
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);
  const [checkInGoal, setCheckInGoal] = useState<GoalFieldsFragment | null>(null);

  const onError = (error: unknown) => setProblem(getUserMessage(error, 'That could not be saved. Please try again.'));
  const refresh = { refetchQueries: ['MeetingSuggestions'], onError };
  const [addPoint] = useMutation(addTalkingPointMutation, refresh);
  const [removePoint] = useMutation(removeTalkingPointMutation, refresh);
  const [movePoint] = useMutation(moveTalkingPointMutation, { onError });
  const [markDiscussed] = useMutation(markTalkingPointDiscussedMutation, { onError });
  const [addItem] = useMutation(addActionItemMutation, refresh);
  const [completeItem] = useMutation(completeActionItemMutation, refresh);
  const [removeItem] = useMutation(removeActionItemMutation, refresh);
  const [setMood] = useMutation(setMeetingMoodMutation, { onError });
  const [complete, completing] = useMutation(completeMeetingMutation);
  const apollo = useApolloClient();

  const points: AgendaPoint[] = useMemo(
    () =>
      [...meeting.points]
        .sort((a, b) => a.position - b.position)
        .map((p) => ({
          id: p.id,
          text: p.text,
          authorName: p.author?.name ?? null,
          discussed: p.discussed,
          carriedFrom: p.carriedFrom ? `Carried over from ${shortDay(p.carriedFrom.scheduledAt)}` : null,
          tags: p.tags,
          mine: p.author?.id === viewerId,
        })),
    [meeting.points, viewerId],
  );
  const items: ActionItemView[] = meeting.actionItems.map((a) => ({
    id: a.id,
    text: a.text,
    ownerId: a.owner.id,
    ownerName: a.owner.name,
    dueDate: a.dueDate ?? null,
    done: a.done,
    overdue: a.overdue,
    carriedFrom: a.carriedFrom ? `Agreed on ${shortDay(a.carriedFrom.scheduledAt)}` : null,
  }));
  const undiscussed = points.filter((p) => !p.discussed).length;
  const openItems = items.filter((i) => !i.done).length;

  // The report's goals, for check-ins from the meeting (only when the viewer reads their growth).
  const goals = useQuery(goalsQuery, { variables: { personId: series.partner.id }, errorPolicy: 'all' });
  const activeGoals = (goals.data?.goals ?? []).filter((g) => g.status === 'ACTIVE' || g.status === 'AT_RISK');

  const completeMeeting = async () => {
    try {
      const result = await complete({ variables: { id: meeting.id, version: meeting.version } });
      confirm.close();
      const next = result.data?.completeMeeting;
      notifications.show({
        color: 'teal',
        title: 'Meeting completed',
        message:
          undiscussed + openItems > 0
            ? `${undiscussed} point(s) and ${openItems} open action item(s) moved to the next meeting.`
            : 'Everything was covered.',
      });
      await apollo.refetchQueries({ include: ['OneOnOnes', 'MyOpenActionItems'] });
      if (next) void navigate(meetingPath(next.id));
    } catch (error) {
      confirm.close();
      onError(error);
    }
  };

  const agendaBlock = (
    <Section title="Agenda" id="agenda-title">
      {open ? <SuggestionsPanel meetingId={meeting.id} /> : null}
      <AgendaList
        points={points}
        editable={open}
        onAdd={(text) => addPoint({ variables: { meetingId: meeting.id, input: { text, tags: [] } } })}
        onRemove={(id) => removePoint({ variables: { id } })}
        onMove={(id, position) => movePoint({ variables: { id, position } })}
        onToggle={(id, discussed) => markDiscussed({ variables: { id, discussed } })}
      />
    </Section>
  );
  const sharedNotesBlock = (
    <Section title="Shared notes" id="shared-notes-title">
      <SharedNotes meetingId={meeting.id} viewerName={user?.person?.name ?? user?.email ?? 'You'} readOnly={!open} />
    </Section>
  );
  const moodBlock = (
    <Card withBorder padding="lg">
      <MoodPicker
        mood={meeting.mood ?? null}
        canSet={meeting.canSetMood && open}
        otherName={meeting.canSetMood ? series.lead.name : series.partner.name}
        onChange={(mood) => setMood({ variables: { meetingId: meeting.id, mood } })}
      />
    </Card>
  );
  const actionItemsBlock = (
    <Section title="Action items" id="action-items-title">
      <ActionItemsList
        items={items}
        owners={[series.lead, series.partner].map((p) => ({ id: p.id, name: p.name }))}
        editable={open}
        onAdd={(item) => addItem({ variables: { meetingId: meeting.id, input: item } })}
        onToggle={(id, done) => completeItem({ variables: { id, done } })}
        onRemove={(id) => removeItem({ variables: { id } })}
      />
    </Section>
  );
  const goalsBlock =
    activeGoals.length > 0 || meeting.checkIns.length > 0 ? (
      <Section title={`${series.partner.name.split(' ')[0]}'s goals`} id="goals-title">
        {meeting.checkIns.length > 0 ? (
          <List size="sm" spacing={4} aria-label="Check-ins made in this meeting">
            {meeting.checkIns.map((c) => (
              <List.Item key={`${c.goalId}-${c.date}-${c.progress}`}>
                {`${c.goalTitle}: ${c.progress}% (checked in here by ${c.authorName})`}
              </List.Item>
            ))}
          </List>
        ) : null}
        {open
          ? activeGoals.map((goal) => (
              <Group key={goal.id} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ minWidth: 0 }}>
                  {`${goal.title} · ${goal.health.progress}%`}
                </Text>
                <Button size="compact-sm" variant="default" onClick={() => setCheckInGoal(goal)}>
                  Check in
                </Button>
              </Group>
            ))
          : null}
      </Section>
    ) : null;
  const privateNoteBlock = (
    <Card withBorder padding="lg">
      <PrivateNoteSection meetingId={meeting.id} />
    </Card>
  );
  const lastTimeBlock = meeting.previousMeeting ? (
    <Section title="Last time" id="previous-title" actions={<IconHistory size={18} aria-hidden />}>
      <Text size="sm" c="dimmed">
        <RouterAnchor to={meetingPath(meeting.previousMeeting.id)} size="sm">
          {meetingTime(meeting.previousMeeting.scheduledAt)}
        </RouterAnchor>
      </Text>
      {meeting.previousMeeting.discussedPoints.length > 0 ? (
        <List size="sm" spacing={2} aria-label="Discussed last time">
          {meeting.previousMeeting.discussedPoints.map((text) => (
            <List.Item key={text}>{text}</List.Item>
          ))}
        </List>
      ) : null}
      {meeting.previousMeeting.notesExcerpt ? (
        <Text size="sm" c="dark.6" style={{ whiteSpace: 'pre-line' }}>
          {meeting.previousMeeting.notesExcerpt}
        </Text>
      ) : null}
    </Section>
  ) : null;

  const header = (
    <PageHeader
      title={`${preparing ? 'Prepare: ' : ''}${KIND_LABEL[series.kind]} with ${other.name}`}
      documentTitle={`${preparing ? 'Prepare: ' : ''}${KIND_LABEL[series.kind]} with ${other.name}, ${meetingTime(meeting.scheduledAt)}`}
      description={
        <>
          {meetingTime(meeting.scheduledAt)} · {meeting.durationMinutes} minutes
          {meeting.adHoc ? ' · extra meeting' : ''} ·{' '}
          <RouterAnchor to={oneOnOneSeriesPath(series.id)} size="sm" underline="always">
            All meetings with {other.name}
          </RouterAnchor>
        </>
      }
      actions={
        preparing ? (
          <Button component={Link} to={meetingPath(meeting.id)}>
            Open the meeting
          </Button>
        ) : open ? (
          <Group gap="xs">
            <Button
              component={Link}
              to={`${meetingPath(meeting.id)}?view=prepare`}
              variant="default"
              leftSection={<IconListCheck size={16} aria-hidden />}
            >
              Prepare
            </Button>
            <MeetingScheduleActions
              meeting={{
                id: meeting.id,
                version: meeting.version,
                scheduledAt: meeting.scheduledAt,
                durationMinutes: meeting.durationMinutes,
                seriesId: series.id,
              }}
              onReload={onReload}
            />
            <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={confirm.open}>
              Complete meeting
            </Button>
          </Group>
        ) : (
          <Badge size="lg" variant="outline" color={meeting.status === 'COMPLETED' ? 'teal.9' : 'gray.8'}>
            {meeting.status === 'COMPLETED' ? 'Completed' : 'Cancelled'}
          </Badge>
        )
      }
    />
  );

  return (
    <>
      {header}
      {problem ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title="Not saved"
          withCloseButton
          onClose={() => setProblem(null)}
          mb="md"
        >
          {problem}
        </Alert>
      ) : null}
      {preparing ? (
        <>
          <Text mb="lg" maw={760}>
            {`Before the meeting: add what you want to talk about (${other.name} sees your points and can add theirs), look at what is still open, check in on goals, and note anything for yourself in your private notes, which only you can read.`}
          </Text>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                {agendaBlock}
                {actionItemsBlock}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                {goalsBlock}
                {lastTimeBlock}
                {privateNoteBlock}
                {meeting.canSetMood ? moodBlock : null}
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              {agendaBlock}
              {sharedNotesBlock}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              {moodBlock}
              {actionItemsBlock}
              {goalsBlock}
              {privateNoteBlock}
              {lastTimeBlock}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <Modal opened={confirming} onClose={confirm.close} title="Complete this meeting?" centered>
        <Stack gap="md">
          <Text size="sm">
            {undiscussed + openItems > 0
              ? `${undiscussed} undiscussed point(s) and ${openItems} open action item(s) move to the next meeting, marked as carried over.`
              : 'Every point was discussed and every action item is done.'}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Not yet
            </Button>
            <Button loading={completing.loading} onClick={() => void completeMeeting()}>
              Complete meeting
            </Button>
          </Group>
        </Stack>
      </Modal>
      <CheckInDialog
        goal={checkInGoal}
        meetingId={meeting.id}
        onClose={() => setCheckInGoal(null)}
        onSaved={() => void apollo.refetchQueries({ include: ['Meeting'] })}
      />
    </>
  );
}

/** The viewer's own private note: loaded apart, so nothing of it travels with the meeting. */
function PrivateNoteSection({ meetingId }: { meetingId: string }) {
  const { data, error, refetch } = useQuery(myPrivateNoteQuery, {
    variables: { meetingId },
    fetchPolicy: 'network-only',
  });
  const [save] = useMutation(savePrivateNoteMutation);
  const note = data?.myPrivateNote;
  if (!note) {
    return error ? (
      <QueryError title="Could not load your private notes" error={error} onRetry={() => refetch()} />
    ) : (
      <LoadingState label="Loading your private notes" rows={2} />
    );
  }
  return (
    <PrivateNoteEditor
      key={meetingId}
      note={{ body: note.body, version: note.version }}
      save={async (body, version) => {
        const result = await save({ variables: { meetingId, body, version } });
        const saved = result.data?.savePrivateNote;
        if (!saved) throw new Error('Your note could not be saved.');
        return { body: saved.body, version: saved.version };
      }}
      reload={async () => {
        const result = await refetch();
        const fresh = result.data?.myPrivateNote;
        return { body: fresh?.body ?? '', version: fresh?.version ?? 0 };
      }}
    />
  );
}
