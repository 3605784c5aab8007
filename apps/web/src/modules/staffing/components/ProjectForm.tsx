import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ProjectFieldsFragment, ProjectStatus, WorkKind } from '@web/generated/graphql';
import { SaveProblems } from '@web/shared/components/SaveProblems';
import { useForm } from '@web/shared/forms/useForm';
import { createProjectMutation } from '../graphql/createProjectMutation';
import { updateProjectMutation } from '../graphql/updateProjectMutation';
import {
  emptyProjectForm,
  PROJECT_FIELDS,
  type ProjectFormField,
  type ProjectFormValues,
  projectToFormValues,
  toCreateProjectInput,
  toUpdateProjectInput,
  validateProjectForm,
} from '../utils/projectForm';
import { priorityOptions, projectStatusOptions, workKindOptions } from '../utils/staffingLabels';

export const NO_TEAM = 'none';

interface ProjectFormProps {
  /** The project to edit; a new project when left out. */
  project?: ProjectFieldsFragment;
  teamOptions: { value: string; label: string }[];
  /** A new project's team, e.g. the team the list is narrowed to. */
  defaultTeamId?: string | null;
  onSaved: (project: ProjectFieldsFragment) => void;
  onCancel: () => void;
  /** Loads the latest version after a conflicting edit. */
  onReload: () => Promise<unknown>;
}

export function ProjectForm({
  project,
  teamOptions,
  defaultTeamId = null,
  onSaved,
  onCancel,
  onReload,
}: ProjectFormProps) {
  const form = useForm<ProjectFormValues, ProjectFormField>({
    initialValues: () => (project ? projectToFormValues(project) : emptyProjectForm(defaultTeamId)),
    fields: PROJECT_FIELDS,
    idPrefix: 'project',
    validate: validateProjectForm,
    fallbackMessage: 'The project could not be saved. Please try again.',
  });
  const { values, setField: set, errors, formError, conflict } = form;
  const [createProject, created] = useMutation(createProjectMutation, { refetchQueries: ['Projects'] });
  const [updateProject, updated] = useMutation(updateProjectMutation);

  const save = async (current: ProjectFormValues) => {
    const saved = project
      ? (await updateProject({ variables: { id: project.id, input: toUpdateProjectInput(current, project.version) } }))
          .data?.updateProject
      : (await createProject({ variables: { input: toCreateProjectInput(current) } })).data?.createProject;
    if (saved) onSaved(saved);
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={project ? `Edit ${project.name}` : 'New project'}>
      <Stack gap="md">
        <SaveProblems
          conflict={conflict}
          formError={formError}
          subject="project"
          label="The project"
          onReload={onReload}
        />
        <TextInput
          id="project-name"
          label="Name"
          placeholder="e.g. Refunds API"
          required
          data-autofocus
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            id="project-kind"
            label="Kind"
            description="The work it asks of people"
            placeholder="Choose a kind"
            required
            data={workKindOptions}
            value={values.kind}
            onChange={(value) => set('kind', value as WorkKind | null)}
            allowDeselect={false}
            error={errors.kind}
          />
          <Select
            id="project-status"
            label="Status"
            description="Proposed until it starts"
            data={projectStatusOptions}
            value={values.status}
            onChange={(value) => value && set('status', value as ProjectStatus)}
            allowDeselect={false}
            error={errors.status}
          />
          <Select
            id="project-priority"
            label="Priority"
            description="1 is the highest"
            data={priorityOptions}
            value={values.priority}
            onChange={(value) => value && set('priority', value)}
            allowDeselect={false}
            error={errors.priority}
          />
        </SimpleGrid>
        <Select
          id="project-teamId"
          label="Team"
          description="The team that owns it; its managers plan it."
          data={[{ value: NO_TEAM, label: 'No team' }, ...teamOptions]}
          value={values.teamId ?? NO_TEAM}
          onChange={(value) => set('teamId', !value || value === NO_TEAM ? null : value)}
          allowDeselect={false}
          searchable={teamOptions.length > 8}
          nothingFoundMessage="No team by that name"
          error={errors.teamId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="project-startDate"
            label="Starts"
            type="date"
            required
            value={values.startDate}
            onChange={(event) => set('startDate', event.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            id="project-endDate"
            label="Ends"
            type="date"
            required
            min={values.startDate || undefined}
            value={values.endDate}
            onChange={(event) => set('endDate', event.currentTarget.value)}
            error={errors.endDate}
          />
        </SimpleGrid>
        <Textarea
          id="project-description"
          label="Description"
          description="What it delivers, and for whom."
          autosize
          minRows={2}
          maxRows={6}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errors.description}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={created.loading || updated.loading} disabled={conflict}>
            {project ? 'Save changes' : 'Create project'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
