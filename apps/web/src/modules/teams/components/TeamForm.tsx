import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { TeamSummaryFragment } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { createTeamMutation } from '../graphql/createTeamMutation';
import { updateTeamMutation } from '../graphql/updateTeamMutation';
import { teamsQuery } from '../graphql/teamsQuery';
import { type TeamFormValues, validateTeamForm } from '../utils/teamForm';

interface Option {
  value: string;
  label: string;
}

interface TeamFormProps {
  /** The team to edit; without it the form creates a team. */
  team?: TeamSummaryFragment;
  leadOptions: Option[];
  parentOptions: Option[];
  onSaved: (team: TeamSummaryFragment) => void;
  onCancel: () => void;
  onReload?: () => Promise<unknown>;
}

export function TeamForm({ team, leadOptions, parentOptions, onSaved, onCancel, onReload }: TeamFormProps) {
  const form = useForm<TeamFormValues>({
    initialValues: { name: team?.name ?? '', leadId: team?.lead?.id ?? null, parentId: team?.parent?.id ?? null },
    fields: ['name', 'leadId', 'parentId'],
    idPrefix: 'team',
    validate: (values) => validateTeamForm(values, team?.id),
    fallbackMessage: 'The team could not be saved. Please try again.',
    // Only an edit can meet someone else's; a new team's CONFLICT is said in words.
    detectConflict: Boolean(team),
  });
  const { values, setField: set, errors, formError, conflict } = form;
  const [createTeam, creating] = useMutation(createTeamMutation, { refetchQueries: [teamsQuery] });
  const [updateTeam, updating] = useMutation(updateTeamMutation, { refetchQueries: 'active' });

  const save = async (current: TeamFormValues) => {
    const fields = { name: current.name.trim(), leadId: current.leadId, parentId: current.parentId };
    if (team) {
      const result = await updateTeam({ variables: { id: team.id, input: { ...fields, version: team.version } } });
      if (result.data) onSaved(result.data.updateTeam);
    } else {
      const result = await createTeam({ variables: { input: fields } });
      if (result.data) onSaved(result.data.createTeam);
    }
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={team ? `Edit ${team.name}` : 'Create team'}>
      <Stack gap="md">
        {conflict ? (
          <ConflictAlert title="Someone else changed this team" onReload={onReload}>
            This team was changed by someone else while you were editing. Reload to see the latest version.
          </ConflictAlert>
        ) : null}
        {formError ? (
          <FormAlert tone="error" title="Could not save">
            {formError}
          </FormAlert>
        ) : null}
        <TextInput
          id="team-name"
          label="Team name"
          required
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errors.name}
          data-autofocus
        />
        <Select
          id="team-leadId"
          label="Lead"
          placeholder="No lead"
          data={leadOptions}
          value={values.leadId}
          onChange={(value) => set('leadId', value)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear lead' }}
          nothingFoundMessage="No person by that name"
          error={errors.leadId}
        />
        <Select
          id="team-parentId"
          label="Parent team"
          placeholder="None (top level)"
          data={parentOptions.filter((option) => option.value !== team?.id)}
          value={values.parentId}
          onChange={(value) => set('parentId', value)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear parent team' }}
          nothingFoundMessage="No team by that name"
          error={errors.parentId}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading} disabled={conflict}>
            {team ? 'Save changes' : 'Create team'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
