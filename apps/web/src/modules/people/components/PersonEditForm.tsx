import { useMutation } from '@apollo/client/react';
import {
  Autocomplete,
  Button,
  Chip,
  Group,
  Input,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import type { PersonDetailFragment, Track } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { trackOptions } from '@web/shared/utils/format';
import { updatePersonMutation } from '../graphql/updatePersonMutation';
import { defaultLevels } from '../utils/levels';
import {
  MAX_WEEKLY_CAPACITY_HOURS,
  type PersonFormField,
  type PersonFormValues,
  personToFormValues,
  toUpdatePersonInput,
  validatePersonForm,
  WEEKDAYS,
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
  'workingDays',
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
  const form = useForm<PersonFormValues>({
    initialValues: () => personToFormValues(person),
    fields: fieldOrder,
    idPrefix: 'person',
    validate: (values) => validatePersonForm(values, person.id),
    fallbackMessage: 'The changes could not be saved. Please try again.',
  });
  const { values, setField: set, errors, formError, conflict } = form;
  const [updatePerson, { loading }] = useMutation(updatePersonMutation, { refetchQueries: 'active' });

  const save = async (current: PersonFormValues) => {
    const result = await updatePerson({
      variables: { id: person.id, input: toUpdatePersonInput(current, person.version) },
    });
    if (result.data) onSaved(result.data.updatePerson);
  };

  const levelSuggestions = levelOptions[values.track];

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={`Edit ${person.name}`}>
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
          <Input.Wrapper
            label="Working days"
            description="The days this person works; capacity and the timeline read them."
            labelElement="div"
            labelProps={{ id: 'person-workingDays-label' }}
            error={errors.workingDays}
          >
            <Chip.Group multiple value={values.workingDays} onChange={(value) => set('workingDays', value)}>
              <Group gap={6} mt={6} role="group" aria-labelledby="person-workingDays-label" id="person-workingDays">
                {WEEKDAYS.map((label, index) => (
                  <Chip key={label} value={String(index + 1)} size="xs">
                    {label}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
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
