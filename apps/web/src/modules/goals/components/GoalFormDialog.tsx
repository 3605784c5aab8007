import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GoalFieldsFragment } from '@web/generated/graphql';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { possessive } from '@web/shared/utils/format';
import { useGoalFormOptions } from '../hooks/useGoalFormOptions';
import { GoalForm } from './GoalForm';

interface GoalFormDialogProps {
  personId: string;
  personName: string;
  /** The viewer's own goal: the dialog speaks to them. */
  isSelf?: boolean;
  opened: boolean;
  /** The goal to edit; a new goal when null. */
  goal: GoalFieldsFragment | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function GoalFormDialog({
  personId,
  personName,
  isSelf = false,
  opened,
  goal,
  onClose,
  onReload,
}: GoalFormDialogProps) {
  const { options, error, refetch } = useGoalFormOptions(personId, { skip: !opened });
  const title = goal ? 'Edit goal' : isSelf ? 'New goal' : `New goal for ${personName}`;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      {!options && error ? (
        <QueryError title="Could not load the form's choices" error={error} onRetry={() => refetch()} />
      ) : !options ? (
        <LoadingState label="Loading the form" rows={6} />
      ) : (
        <GoalForm
          // A new version (after a reload) starts the form afresh from the server's values.
          key={goal ? `${goal.id}-${goal.version}` : 'new'}
          personId={personId}
          options={options}
          goal={goal ?? undefined}
          onCancel={onClose}
          onReload={onReload}
          onSaved={(saved) => {
            notifications.show({
              color: 'teal',
              title: goal ? 'Goal saved' : 'Goal created',
              message: goal
                ? `“${saved.title}” is up to date.`
                : `“${saved.title}” was added to ${possessive(personName, isSelf)} goals.`,
            });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
