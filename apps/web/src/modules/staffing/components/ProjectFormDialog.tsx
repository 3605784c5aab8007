import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import type { ProjectFieldsFragment } from '@web/generated/graphql';
import { useTeams } from '@web/modules/teams/hooks/useTeams';
import { ProjectForm } from './ProjectForm';

interface ProjectFormDialogProps {
  opened: boolean;
  /** The project to edit; a new project when null. */
  project: ProjectFieldsFragment | null;
  defaultTeamId?: string | null;
  onClose: () => void;
  onSaved?: (project: ProjectFieldsFragment) => void;
  onReload: () => Promise<unknown>;
}

export function ProjectFormDialog({
  opened,
  project,
  defaultTeamId,
  onClose,
  onSaved,
  onReload,
}: ProjectFormDialogProps) {
  const { teams } = useTeams({ skip: !opened });
  const teamOptions = useMemo(() => {
    const options = [...(teams ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((team) => ({ value: team.id, label: team.name }));
    // The project's own team stays shown while the list loads (or if it is out of the list).
    if (project?.teamId && !options.some((option) => option.value === project.teamId)) {
      options.unshift({ value: project.teamId, label: project.teamName ?? 'Its team' });
    }
    return options;
  }, [teams, project]);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={project ? `Edit ${project.name}` : 'New project'}
      size="lg"
      centered
    >
      <ProjectForm
        key={project ? `${project.id}-${project.version}` : 'new'}
        project={project ?? undefined}
        teamOptions={teamOptions}
        defaultTeamId={defaultTeamId}
        onCancel={onClose}
        onReload={onReload}
        onSaved={(saved) => {
          notifications.show({
            color: 'teal',
            title: project ? 'Project saved' : 'Project created',
            message: project ? `“${saved.name}” is up to date.` : `“${saved.name}” was added to the projects.`,
          });
          onSaved?.(saved);
          onClose();
        }}
      />
    </Modal>
  );
}
