import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import type { PersonDetailFragment } from '@web/generated/graphql';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { useFramework } from '@web/modules/framework/hooks/useFramework';
import { useTeams } from '@web/modules/teams/hooks/useTeams';
import { usePeople } from '../hooks/usePeople';
import { sortByName } from '@web/shared/utils/sortByName';
import { PersonEditForm } from './PersonEditForm';

interface PersonEditDialogProps {
  person: PersonDetailFragment;
  opened: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function PersonEditDialog({ person, opened, onClose, onReload }: PersonEditDialogProps) {
  const teams = useTeams({ skip: !opened });
  const people = usePeople({ skip: !opened });

  const teamOptions = useMemo(
    () => sortByName(teams.teams ?? []).map((team) => ({ value: team.id, label: team.name })),
    [teams.teams],
  );
  const { framework } = useFramework();
  // The API takes a level by name or key; offer the names of the organization's framework.
  const levelOptions = useMemo(() => {
    const names = (key: string) =>
      framework?.tracks
        .find((t) => t.key === key)
        ?.levels.filter((l) => !l.retired)
        .map((l) => l.name);
    const ic = names('individual_contributor');
    const management = names('management');
    return ic && management ? { INDIVIDUAL_CONTRIBUTOR: ic, MANAGEMENT: management } : undefined;
  }, [framework]);
  const managerOptions = useMemo(() => {
    const options = sortByName(people.people ?? []).map((item) => ({
      value: item.id,
      label: `${item.name} · ${item.title}`,
    }));
    // The current manager stays selectable even when the viewer cannot list them.
    if (person.manager && !options.some((option) => option.value === person.manager?.id)) {
      options.unshift({ value: person.manager.id, label: person.manager.name });
    }
    return options;
  }, [people.people, person.manager]);

  const error = teams.error ?? people.error;
  const ready = teams.teams !== undefined && people.people !== undefined;

  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${person.name}`} size="lg" centered>
      {error && !ready ? (
        <QueryError
          title="Could not load the form's choices"
          error={error}
          onRetry={() => Promise.all([teams.refetch(), people.refetch()])}
        />
      ) : !ready ? (
        <LoadingState label="Loading form" rows={6} />
      ) : (
        <PersonEditForm
          // A new version (after a reload) starts the form afresh from the server's values.
          key={person.version}
          person={person}
          teamOptions={teamOptions}
          managerOptions={managerOptions}
          levelOptions={levelOptions}
          onCancel={onClose}
          onReload={onReload}
          onSaved={(saved) => {
            notifications.show({ color: 'teal', title: 'Saved', message: `${saved.name}'s profile is up to date.` });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
