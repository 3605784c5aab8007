import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { OneOnOneCadence, OneOnOneSeriesStatus } from '@web/generated/graphql';
import {
  endOneOnOneSeriesMutation,
  pauseOneOnOneSeriesMutation,
  resumeOneOnOneSeriesMutation,
  updateOneOnOneSeriesMutation,
} from '@web/modules/one-on-ones/graphql/seriesManagement';
import { scheduleAdHocMeetingMutation } from '@web/modules/one-on-ones/graphql/meeting';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getFieldErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { meetingPath } from '@web/shared/routes';
import { cadenceText, meetingTime } from '../utils/labels';
import { MeetingTimeModal } from './MeetingTimeModal';
import { ScheduleFields, scheduleInput, type ScheduleValue } from './ScheduleFields';

export interface ScheduledSeries {
  id: string;
  cadence: OneOnOneCadence;
  weekday: number;
  startTime: string;
  timeZone: string;
  durationMinutes: number;
  status: OneOnOneSeriesStatus;
  version: number;
  nextMeeting?: { id: string; scheduledAt: string } | null;
}

const STATUS_BADGE: Record<OneOnOneSeriesStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Running', color: 'teal.9' },
  PAUSED: { label: 'Paused', color: 'gray.8' },
  ENDED: { label: 'Ended', color: 'red.9' },
};

/**
 * The schedule of a series for its participants: change when it meets, pause and resume it, or
 * end it. Every change carries the version the viewer saw; a stale one says so and offers a reload.
 */
export function SeriesScheduleCard({
  series,
  onReload,
}: {
  series: ScheduledSeries;
  onReload: () => Promise<unknown>;
}) {
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const refresh = { refetchQueries: ['OneOnOneSeriesDetail', 'OneOnOnes'] };
  const [addMeeting, addState] = useMutation(scheduleAdHocMeetingMutation, refresh);
  const [pause, pausing] = useMutation(pauseOneOnOneSeriesMutation, refresh);
  const [resume, resuming] = useMutation(resumeOneOnOneSeriesMutation, refresh);
  const [end, endState] = useMutation(endOneOnOneSeriesMutation, refresh);
  const failure = pausing.error ?? resuming.error ?? endState.error;
  const variables = { id: series.id, version: series.version };
  const badge = STATUS_BADGE[series.status];
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch {
      // Shown from the mutation's error below.
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="schedule-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="schedule-title">
            Schedule
          </Title>
          <Badge variant="outline" color={badge.color}>
            {badge.label}
          </Badge>
        </Group>
        <Text size="sm">{`${cadenceText(series)}, ${series.durationMinutes} minutes`}</Text>
        {series.status === 'ACTIVE' && series.nextMeeting ? (
          <Text size="sm" c="dimmed">{`Next: ${meetingTime(series.nextMeeting.scheduledAt)}`}</Text>
        ) : null}
        {series.status === 'PAUSED' ? (
          <Text size="sm" c="dimmed">
            Paused: no meeting is scheduled until you resume it.
          </Text>
        ) : null}
        {failure ? (
          hasErrorCode(failure, 'CONFLICT') ? (
            <ConflictAlert title="The series changed meanwhile" onReload={onReload}>
              {getUserMessage(failure)}
            </ConflictAlert>
          ) : (
            <FormAlert tone="error" title="That did not work">
              {getUserMessage(failure)}
            </FormAlert>
          )
        ) : null}
        {series.status !== 'ENDED' ? (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              Change schedule
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                addState.reset();
                setAdding(true);
              }}
            >
              Extra meeting
            </Button>
            {series.status === 'ACTIVE' ? (
              <Button
                size="xs"
                variant="default"
                loading={pausing.loading}
                onClick={() => void run(() => pause({ variables }))}
              >
                Pause
              </Button>
            ) : (
              <Button
                size="xs"
                variant="default"
                loading={resuming.loading}
                onClick={() => void run(() => resume({ variables }))}
              >
                Resume
              </Button>
            )}
            <Button size="xs" variant="default" color="red" onClick={() => setEnding(true)}>
              End series
            </Button>
          </Group>
        ) : null}
      </Stack>
      <ScheduleModal series={series} opened={editing} onClose={() => setEditing(false)} onReload={onReload} />
      <MeetingTimeModal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Add an extra meeting"
        submitLabel="Add meeting"
        hint="An extra meeting outside the cadence; the regular ones stay as they are."
        initial={{ scheduledAt: null, durationMinutes: series.durationMinutes }}
        loading={addState.loading}
        error={addState.error}
        onSubmit={async (scheduledAt, durationMinutes) => {
          try {
            const result = await addMeeting({ variables: { seriesId: series.id, scheduledAt, durationMinutes } });
            setAdding(false);
            const id = result.data?.scheduleAdHocMeeting.id;
            if (id) void navigate(meetingPath(id));
          } catch {
            // Shown in the form from the mutation's error.
          }
        }}
      />
      <Modal opened={ending} onClose={() => setEnding(false)} title="End this one-on-one series?">
        <Stack gap="sm">
          <Text size="sm">
            Past meetings stay readable; no meeting will be scheduled again. You can start a new series later.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEnding(false)}>
              Keep it
            </Button>
            <Button
              color="red.9"
              loading={endState.loading}
              onClick={() =>
                void run(async () => {
                  await end({ variables });
                  setEnding(false);
                })
              }
            >
              End series
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function ScheduleModal({
  series,
  opened,
  onClose,
  onReload,
}: {
  series: ScheduledSeries;
  opened: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const [schedule, setSchedule] = useState<ScheduleValue>({
    cadence: series.cadence,
    weekday: String(series.weekday),
    startTime: series.startTime.slice(0, 5),
    duration: series.durationMinutes,
    timeZone: series.timeZone,
  });
  const [update, { loading, error, reset }] = useMutation(updateOneOnOneSeriesMutation, {
    refetchQueries: ['OneOnOneSeriesDetail', 'OneOnOnes'],
  });
  const fieldErrors = getFieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update({
        variables: {
          id: series.id,
          input: {
            version: series.version,
            ...scheduleInput(schedule),
          },
        },
      });
      onClose();
    } catch {
      // Shown from `error` below.
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title="Change the schedule"
      closeOnClickOutside={false}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {error && hasErrorCode(error, 'CONFLICT') ? (
            <ConflictAlert title="The series changed meanwhile" onReload={onReload}>
              {getUserMessage(error)}
            </ConflictAlert>
          ) : error && Object.keys(fieldErrors).length === 0 ? (
            <FormAlert tone="error" title="The schedule was not changed">
              {getUserMessage(error)}
            </FormAlert>
          ) : null}
          <ScheduleFields
            value={schedule}
            onChange={(patch) => setSchedule((s) => ({ ...s, ...patch }))}
            errors={fieldErrors}
          />
          <Text size="xs" c="dimmed">
            The next meeting moves to the new time; meetings already held stay as they were.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
