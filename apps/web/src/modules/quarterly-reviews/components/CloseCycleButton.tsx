import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getErrorWithCode, getUserMessage } from '@web/shared/graphql/errors';
import { closeReviewCycleMutation } from '../graphql/reviewMutations';

interface CloseCycleButtonProps {
  cycle: { id: string; version: number; quarterLabel: string };
}

/**
 * Closing a quarter freezes every figure of its reviews. Refused while reviews are unshared; the
 * dialog then says how many and offers to close anyway.
 */
export function CloseCycleButton({ cycle }: CloseCycleButtonProps) {
  const [opened, setOpened] = useState(false);
  const [close, { loading, error, reset }] = useMutation(closeReviewCycleMutation, {
    refetchQueries: ['ReviewCycles', 'ReviewCycle', 'Review'],
  });
  const unshared = getErrorWithCode(error, 'BAD_USER_INPUT');
  const needsConfirmation = unshared?.field === 'confirmUnshared';
  const run = async (confirmUnshared: boolean) => {
    try {
      await close({ variables: { input: { id: cycle.id, version: cycle.version, confirmUnshared } } });
      setOpened(false);
    } catch {
      // Shown below.
    }
  };
  const dismiss = () => {
    reset();
    setOpened(false);
  };
  return (
    <>
      <Button
        size="sm"
        color="red.9"
        variant="outline"
        leftSection={<IconLock size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        Close quarter
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Close the ${cycle.quarterLabel} review?`}>
        <Stack gap="sm">
          <Text size="sm">
            Closing freezes every review’s figures as they are now. Later changes to goals, ratings, plans or people
            will not change this quarter, and its reviews can no longer be edited.
          </Text>
          {needsConfirmation ? (
            <Text size="sm" fw={600} c="red.9" role="alert">
              {unshared?.message ?? ''}
            </Text>
          ) : error ? (
            <FormAlert tone="error" title="The quarter was not closed">
              {getUserMessage(error)}
            </FormAlert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Keep it open
            </Button>
            {needsConfirmation ? (
              <Button color="red.9" loading={loading} onClick={() => void run(true)}>
                Close anyway
              </Button>
            ) : (
              <Button color="red.9" loading={loading} onClick={() => void run(false)}>
                Close quarter
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
