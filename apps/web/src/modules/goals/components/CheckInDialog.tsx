import { Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GoalFieldsFragment } from '@web/generated/graphql';
import { CheckInForm } from './CheckInForm';

interface CheckInDialogProps {
  goal: GoalFieldsFragment | null;
  onClose: () => void;
  /** From a one-on-one: the check-in is linked to the meeting, which reads it back. */
  meetingId?: string;
  onSaved?: () => void;
}

export function CheckInDialog({ goal, onClose, meetingId, onSaved }: CheckInDialogProps) {
  return (
    <Modal opened={goal !== null} onClose={onClose} title="Check in" size="lg" centered>
      {goal ? (
        <>
          <Text size="sm" c="dimmed" mb="md">
            Goal:{' '}
            <Text span inherit fw={600} c="var(--mantine-color-text)">
              {goal.title}
            </Text>
          </Text>
          <CheckInForm
            key={goal.id}
            goal={goal}
            onCancel={onClose}
            meetingId={meetingId}
            onSaved={(saved) => {
              onSaved?.();
              notifications.show({
                color: 'teal',
                title: 'Check-in saved',
                message: `“${saved.title}” is at ${saved.health.progress}%.`,
              });
              onClose();
            }}
          />
        </>
      ) : null}
    </Modal>
  );
}
