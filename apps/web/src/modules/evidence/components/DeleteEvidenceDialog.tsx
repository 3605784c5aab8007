import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { EvidenceFieldsFragment } from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getUserMessage } from '@web/shared/graphql/errors';
import { possessive } from '@web/shared/utils/format';
import { deleteEvidenceMutation } from '../graphql/deleteEvidenceMutation';

interface DeleteEvidenceDialogProps {
  entry: EvidenceFieldsFragment | null;
  personName: string;
  /** The viewer's own evidence: the dialog speaks to them. */
  isSelf?: boolean;
  onClose: () => void;
}

export function DeleteEvidenceDialog({ entry, personName, isSelf = false, onClose }: DeleteEvidenceDialogProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const [deleteEvidence, { loading }] = useMutation(deleteEvidenceMutation, {
    update(cache, { data }) {
      if (!data || !entry) return;
      // The linked goals count one entry less; the entry leaves every list.
      for (const goal of entry.goals) {
        cache.modify({
          id: cache.identify({ __typename: 'Goal', id: goal.id }),
          fields: { evidenceCount: (count: number) => Math.max(0, count - 1) },
        });
      }
      cache.evict({ id: cache.identify({ __typename: 'Evidence', id: data.deleteEvidence }) });
      cache.gc();
    },
    // An entry logged from staffing history: without it, the work is offered again.
    refetchQueries: () => (entry?.allocationId ? ['StaffingEvidenceOffers'] : []),
  });

  const close = () => {
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (!entry) return;
    setFailure(null);
    try {
      await deleteEvidence({ variables: { id: entry.id } });
      notifications.show({ color: 'teal', title: 'Evidence deleted', message: `“${entry.title}” was deleted.` });
      close();
    } catch (error) {
      setFailure(getUserMessage(error, 'The entry could not be deleted. Please try again.'));
    }
  };

  return (
    <Modal opened={entry !== null} onClose={close} title="Delete this evidence?" centered>
      <Stack gap="md">
        {failure ? (
          <FormAlert tone="error" title="Could not delete">
            {failure}
          </FormAlert>
        ) : null}
        <Text size="sm">
          “{entry?.title}” will be removed from {possessive(personName, isSelf)} evidence and from the goals it is
          linked to. This cannot be undone.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red.8" onClick={() => void confirm()} loading={loading}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
