import { useMutation } from '@apollo/client/react';
import { Autocomplete, Button, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { PersonDetailFragment, Track } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getApiErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { trackOptions } from '@web/shared/utils/format';
import { updatePersonMutation } from '../graphql/updatePersonMutation';
import { defaultLevels } from '../utils/levels';
import {
  MAX_WEEKLY_CAPACITY_HOURS,
  type PersonFormErrors,
  type PersonFormField,
  type PersonFormValues,
  personToFormValues,
  toPersonFormField,
  toUpdatePersonInput,
  validatePersonForm,
} from '../utils/personForm';

export interface Option {
  value: string;
  label: string;
}

interface PersonEditFormProps {
  person: PersonDetailFragment;
  teamOptions: Option[];
  managerOptions: Option[];
  /** The framework's active level names per track; the default framework's until it has loaded. */
  levelOptions?: Record<Track, string[]>;
  onSaved: (person: PersonDetailFragment) => void;
  onCancel: () => void;
  /** Loads the latest version of the person after a conflicting edit. */
  onReload: () => Promise<unknown>;
}

const fieldOrder: PersonFormField[] = [
  'name',
  'title',
  'level',
  'track',
  'teamId',
  'managerId',
  'weeklyCapacityHours',
  'startDate',
  'active',
];

export function PersonEditForm({
  person,
  teamOptions,
  managerOptions,
  levelOptions = defaultLevels,
  onSaved,
  onCancel,
  onReload,
}: PersonEditFormProps) {
  const [values, setValues] = useState<PersonFormValues>(() => personToFormValues(person));
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [updatePerson, { loading }] = useMutation(updatePersonMutation, { refetchQueries: 'active' });

  const set = <K extends PersonFormField>(field: K, value: PersonFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const focusFirstError = (found: PersonFormErrors) => {
    const first = fieldOrder.find((field) => found[field]);
    if (first) document.getElementById(`person-${first}`)?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validatePersonForm(values, person.id);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      focusFirstError(found);
      return;
    }
    try {
      const result = await updatePerson({
        variables: { id: person.id, input: toUpdatePersonInput(values, person.version) },
      });
      if (result.data) onSaved(result.data.updatePerson);
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setConflict(true);
        return;
      }
      const serverErrors: PersonFormErrors = {};
      const unplaced: string[] = [];
      for (const item of getApiErrors(error)) {
        const field = item.code === 'BAD_USER_INPUT' && item.field ? toPersonFormField(item.field) : undefined;
        if (field) serverErrors[field] = item.message;
        else if (item.code === 'BAD_USER_INPUT') unplaced.push(item.message);
      }
      if (Object.keys(serverErrors).length > 0) {
        setErrors(serverErrors);
        focusFirstError(serverErrors);
      }
      if (unplaced.length > 0) setFormError(unplaced.join(' '));
      else if (Object.keys(serverErrors).length === 0)
        setFormError(getUserMessage(error, 'The changes could not be saved. Please try again.'));
    }
  };

  const levelSuggestions = levelOptions[values.track];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={`Edit ${person.name}`}>
      <Stack gap="md">
        {conflict ? (
          <ConflictAlert title="Someone else changed this person" onReload={onReload}>
            {`${person.name}'s profile was changed by someone else while you were editing. Reload to see the latest version, then make your changes again.`}
          </ConflictAlert>
        ) : null}
        {formError ? (
          <FormAlert tone="error" title="Could not save">
            {formError}
          </FormAlert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="person-name"
            label="Name"
            required
            value={values.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            id="person-title"
            label="Title"
            required
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
          />
          <Select
            id="person-track"
            label="Track"
            required
            data={trackOptions}
            value={values.track}
            onChange={(value) => value && set('track', value)}
            allowDeselect={false}
            error={errors.track}
          />
          <Autocomplete
            id="person-level"
            label="Level"
            required
            data={levelSuggestions}
            value={values.level}
            onChange={(value) => set('level', value)}
            error={errors.level}
          />
          <Select
            id="person-teamId"
            label="Team"
            placeholder="No team"
            data={teamOptions}
            value={values.teamId}
            onChange={(value) => set('teamId', value)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear team' }}
            nothingFoundMessage="No team by that name"
            error={errors.teamId}
          />
          <Select
            id="person-managerId"
            label="Manager"
            placeholder="No manager"
            data={managerOptions.filter((option) => option.value !== person.id)}
            value={values.managerId}
            onChange={(value) => set('managerId', value)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear manager' }}
            nothingFoundMessage="No person by that name"
            error={errors.managerId}
          />
          <NumberInput
            id="person-weeklyCapacityHours"
            label="Weekly capacity (hours)"
            required
            min={0}
            max={MAX_WEEKLY_CAPACITY_HOURS}
            step={0.5}
            decimalScale={1}
            clampBehavior="none"
            value={values.weeklyCapacityHours}
            onChange={(value) => set('weeklyCapacityHours', value)}
            error={errors.weeklyCapacityHours}
          />
          <TextInput
            id="person-startDate"
            label="Start date"
            type="date"
            value={values.startDate}
            onChange={(event) => set('startDate', event.currentTarget.value)}
            error={errors.startDate}
          />
        </SimpleGrid>
        <Switch
          id="person-active"
          label="Active"
          description="Inactive people are hidden from lists and plans, but their history is kept."
          checked={values.active}
          onChange={(event) => set('active', event.currentTarget.checked)}
          error={errors.active}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={conflict}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
