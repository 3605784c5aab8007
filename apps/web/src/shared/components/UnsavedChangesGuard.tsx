import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useLeaveGuard } from '../hooks/useLeaveGuard';

interface UnsavedChangesGuardProps {
  /** Whether there is something that leaving would lose. */
  when: boolean;
  /** What would be lost, for the dialog: "your edits to the framework". */
  what: string;
}

/** Asks before leaving a page with unsaved changes for another page of the app (`useLeaveGuard`). */
export function UnsavedChangesGuard({ when, what }: UnsavedChangesGuardProps) {
  const blocker = useLeaveGuard(when);
  const stay = () => blocker.reset?.();
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title="Leave without saving?" centered>
      <Stack gap="md">
        <Text size="sm">{`You have unsaved changes. Leaving this page discards ${what}.`}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={stay} data-autofocus>
            Stay on this page
          </Button>
          <Button color="red.8" onClick={() => blocker.proceed?.()}>
            Discard and leave
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
