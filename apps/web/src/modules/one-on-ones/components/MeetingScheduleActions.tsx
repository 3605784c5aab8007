import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconCalendarX } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { oneOnOneSeriesPath } from '@web/shared/routes';
import { cancelMeetingMutation, rescheduleMeetingMutation } from '../graphql/meeting';
import { meetingTime } from '../utils/labels';
import { MeetingTimeModal } from './MeetingTimeModal';

export interface MovableMeeting {
  id: string;
  version: number;
  scheduledAt: string;
  durationMinutes: number;
  seriesId: string;
}

/**
 * Move or cancel one meeting still to come, from its own page. Cancelling moves its agenda and
 * open action items to the next meeting, as completing does.
 */
export function MeetingScheduleActions({
  meeting,
  onReload,
}: {
  meeting: MovableMeeting;
  onReload: () => Promise<unknown>;
}) {
  const navigate = useNavigate();
  const [moving, move] = useDisclosure(false);
  const [cancelling, cancel] = useDisclosure(false);
  const refetchQueries = ['OneOnOnes', 'OneOnOneSeriesDetail', 'MyOpenActionItems'];
  const [reschedule, rescheduling] = useMutation(rescheduleMeetingMutation, { refetchQueries });
  const [cancelMeeting, cancelState] = useMutation(cancelMeetingMutation, { refetchQueries });

  const submitMove = async (scheduledAt: string, durationMinutes: number) => {
    try {
      await reschedule({ variables: { id: meeting.id, version: meeting.version, scheduledAt, durationMinutes } });
      move.close();
      notifications.show({ color: 'teal', title: 'Meeting moved', message: `Now ${meetingTime(scheduledAt)}.` });
    } catch {
      // Shown in the form from the mutation's error.
    }
  };

  const confirmCancel = async () => {
    try {
      await cancelMeeting({ variables: { id: meeting.id, version: meeting.version } });
      cancel.close();
      notifications.show({
        color: 'teal',
        title: 'Meeting cancelled',
        message: 'Its talking points and open action items moved to the next meeting.',
      });
      void navigate(oneOnOneSeriesPath(meeting.seriesId));
    } catch {
      // Shown in the dialog from the mutation's error.
    }
  };

  return (
    <>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconCalendarEvent size={16} aria-hidden />} onClick={move.open}>
          Move
        </Button>
        <Button
          variant="default"
          leftSection={<IconCalendarX size={16} aria-hidden />}
          onClick={() => {
            cancelState.reset();
            cancel.open();
          }}
        >
          Cancel meeting
        </Button>
      </Group>
      <MeetingTimeModal
        opened={moving}
        onClose={() => {
          rescheduling.reset();
          move.close();
        }}
        title="Move this meeting"
        submitLabel="Move meeting"
        hint="Only this meeting moves; the series keeps its schedule."
        initial={{ scheduledAt: meeting.scheduledAt, durationMinutes: meeting.durationMinutes }}
        loading={rescheduling.loading}
        error={rescheduling.error}
        onSubmit={submitMove}
        onReload={onReload}
      />
      <Modal opened={cancelling} onClose={cancel.close} title="Cancel this meeting?">
        <Stack gap="sm">
          {cancelState.error ? (
            hasErrorCode(cancelState.error, 'CONFLICT') ? (
              <ConflictAlert title="The meeting changed meanwhile" onReload={onReload}>
                {getUserMessage(cancelState.error)}
              </ConflictAlert>
            ) : (
              <FormAlert tone="error" title="Not cancelled">
                {getUserMessage(cancelState.error)}
              </FormAlert>
            )
          ) : null}
          <Text size="sm">
            {`The meeting of ${meetingTime(meeting.scheduledAt)} will not take place. Talking points not yet discussed and open action items move to the next meeting, marked as carried over.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel.close}>
              Keep it
            </Button>
            <Button color="red.9" loading={cancelState.loading} onClick={() => void confirmCancel()}>
              Cancel meeting
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
