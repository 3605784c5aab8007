import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TeamSummaryFragment } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getApiErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { createTeamMutation } from '../graphql/createTeamMutation';
import { updateTeamMutation } from '../graphql/updateTeamMutation';
import { teamsQuery } from '../graphql/teamsQuery';
import { type TeamFormErrors, type TeamFormValues, toTeamFormField, validateTeamForm } from '../utils/teamForm';

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
  const [values, setValues] = useState<TeamFormValues>({
    name: team?.name ?? '',
    leadId: team?.lead?.id ?? null,
    parentId: team?.parent?.id ?? null,
  });
  const [errors, setErrors] = useState<TeamFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [createTeam, creating] = useMutation(createTeamMutation, { refetchQueries: [teamsQuery] });
  const [updateTeam, updating] = useMutation(updateTeamMutation, { refetchQueries: 'active' });

  const set = <K extends keyof TeamFormValues>(field: K, value: TeamFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validateTeamForm(values, team?.id);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      document.getElementById(found.name ? 'team-name' : 'team-parentId')?.focus();
      return;
    }
    const fields = { name: values.name.trim(), leadId: values.leadId, parentId: values.parentId };
    try {
      if (team) {
        const result = await updateTeam({ variables: { id: team.id, input: { ...fields, version: team.version } } });
        if (result.data) onSaved(result.data.updateTeam);
      } else {
        const result = await createTeam({ variables: { input: fields } });
        if (result.data) onSaved(result.data.createTeam);
      }
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT') && team) {
        setConflict(true);
        return;
      }
      const serverErrors: TeamFormErrors = {};
      for (const item of getApiErrors(error)) {
        const field = item.code === 'BAD_USER_INPUT' && item.field ? toTeamFormField(item.field) : undefined;
        if (field) serverErrors[field] = item.message;
      }
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFormError(getUserMessage(error, 'The team could not be saved. Please try again.'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={team ? `Edit ${team.name}` : 'Create team'}>
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
