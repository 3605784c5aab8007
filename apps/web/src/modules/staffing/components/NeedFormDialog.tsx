import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ProjectFieldsFragment, ProjectNeedFieldsFragment } from '@web/generated/graphql';
import { useQuery } from '@apollo/client/react';
import { frameworkQuery } from '@web/modules/framework/graphql/frameworkQuery';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { NeedForm } from './NeedForm';

interface NeedFormDialogProps {
  opened: boolean;
  project: ProjectFieldsFragment;
  /** The need to edit; a new need when null. */
  need: ProjectNeedFieldsFragment | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function NeedFormDialog({ opened, project, need, onClose, onReload }: NeedFormDialogProps) {
  const { data, error, refetch } = useQuery(frameworkQuery, { skip: !opened });
  const framework = data?.framework;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={need ? `Edit the need “${need.role}”` : `New need on ${project.name}`}
      size="lg"
      centered
    >
      {!framework && error ? (
        <QueryError title="Could not load the framework" error={error} onRetry={() => refetch()} />
      ) : !framework ? (
        <LoadingState label="Loading the form" rows={5} />
      ) : (
        <NeedForm
          key={need ? `${need.id}-${need.version}` : 'new'}
          project={project}
          framework={framework}
          need={need ?? undefined}
          onCancel={onClose}
          onReload={onReload}
          onSaved={(saved) => {
            const role = need?.role;
            notifications.show({
              color: 'teal',
              title: need ? 'Need saved' : 'Need added',
              message: need ? `“${role}” is up to date.` : `${saved.name} has a new need.`,
            });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
