import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EvidenceFieldsFragment } from '@web/generated/graphql';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { possessive } from '@web/shared/utils/format';
import { useFramework } from '@web/modules/framework/hooks/useFramework';
import { useGoals } from '@web/modules/goals/hooks/useGoals';
import { EvidenceForm } from './EvidenceForm';

interface EvidenceFormDialogProps {
  personId: string;
  personName: string;
  /** The viewer's own evidence: the dialog speaks to them. */
  isSelf?: boolean;
  opened: boolean;
  /** The entry to edit; a new one when null. */
  entry: EvidenceFieldsFragment | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function EvidenceFormDialog({
  personId,
  personName,
  isSelf = false,
  opened,
  entry,
  onClose,
  onReload,
}: EvidenceFormDialogProps) {
  const goals = useGoals(personId, { skip: !opened });
  const { framework, error: frameworkError, refetch: refetchFramework } = useFramework();
  const error = (!goals.goals && goals.error) || (!framework && frameworkError);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={entry ? 'Edit evidence' : isSelf ? 'Add evidence' : `Add evidence for ${personName}`}
      size="lg"
      centered
    >
      {error ? (
        <QueryError
          title="Could not load the form's choices"
          error={error}
          onRetry={() => Promise.all([goals.refetch(), refetchFramework()])}
        />
      ) : !goals.goals || !framework ? (
        <LoadingState label="Loading the form" rows={6} />
      ) : (
        <EvidenceForm
          key={entry ? `${entry.id}-${entry.version}` : 'new'}
          personId={personId}
          framework={framework}
          goals={goals.goals}
          entry={entry ?? undefined}
          onCancel={onClose}
          onReload={onReload}
          onSaved={(saved) => {
            notifications.show({
              color: 'teal',
              title: entry ? 'Evidence saved' : 'Evidence added',
              message: entry
                ? `“${saved.title}” is up to date.`
                : `“${saved.title}” was added to ${possessive(personName, isSelf)} evidence.`,
            });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
