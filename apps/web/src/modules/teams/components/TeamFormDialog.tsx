import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import type { TeamSummaryFragment } from '@web/generated/graphql';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { usePeople } from '@web/modules/people/hooks/usePeople';
import { sortByName } from '@web/shared/utils/sortByName';
import { useTeams } from '../hooks/useTeams';
import { TeamForm } from './TeamForm';

interface TeamFormDialogProps {
  opened: boolean;
  onClose: () => void;
  team?: TeamSummaryFragment;
  onSaved?: (team: TeamSummaryFragment) => void;
  onReload?: () => Promise<unknown>;
}

export function TeamFormDialog({ opened, onClose, team, onSaved, onReload }: TeamFormDialogProps) {
  const people = usePeople({ skip: !opened });
  const teams = useTeams({ skip: !opened });
  const leadOptions = useMemo(
    () =>
      sortByName(people.people ?? []).map((person) => ({
        value: person.id,
        label: `${person.name} · ${person.title}`,
      })),
    [people.people],
  );
  const parentOptions = useMemo(
    () => sortByName(teams.teams ?? []).map((item) => ({ value: item.id, label: item.name })),
    [teams.teams],
  );
  const ready = people.people !== undefined && teams.teams !== undefined;
  const error = people.error ?? teams.error;

  return (
    <Modal opened={opened} onClose={onClose} title={team ? `Edit ${team.name}` : 'Create team'} centered>
      {error && !ready ? (
        <QueryError
          title="Could not load the form's choices"
          error={error}
          onRetry={() => Promise.all([people.refetch(), teams.refetch()])}
        />
      ) : !ready ? (
        <LoadingState label="Loading form" rows={4} />
      ) : (
        <TeamForm
          key={team?.version ?? 'new'}
          team={team}
          leadOptions={leadOptions}
          parentOptions={parentOptions}
          onCancel={onClose}
          onReload={onReload}
          onSaved={(saved) => {
            notifications.show({ color: 'teal', title: team ? 'Team saved' : 'Team created', message: saved.name });
            onSaved?.(saved);
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
