import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { TimeOffCategory, TimeOffFieldsFragment } from '@web/generated/graphql';
import { SaveProblems } from '@web/shared/components/SaveProblems';
import { useForm } from '@web/shared/forms/useForm';
import { addTimeOffMutation } from '../graphql/addTimeOffMutation';
import { updateTimeOffMutation } from '../graphql/updateTimeOffMutation';
import { timeOffCategoryOptions } from '../utils/staffingLabels';
import {
  emptyTimeOffForm,
  TIME_OFF_FIELDS,
  type TimeOffFormField,
  type TimeOffFormValues,
  timeOffToFormValues,
  toCreateTimeOffInput,
  toUpdateTimeOffInput,
  validateTimeOffForm,
} from '../utils/timeOffForm';

interface TimeOffFormProps {
  personId: string;
  /** The entry to edit; new time off when left out. */
  timeOff?: TimeOffFieldsFragment;
  /** The note is the person's and their manager chain's: others neither read nor write it. */
  noteVisible: boolean;
  onSaved: (timeOff: TimeOffFieldsFragment) => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}

export function TimeOffForm({ personId, timeOff, noteVisible, onSaved, onCancel, onReload }: TimeOffFormProps) {
  const form = useForm<TimeOffFormValues, TimeOffFormField>({
    initialValues: () => (timeOff ? timeOffToFormValues(timeOff) : emptyTimeOffForm()),
    fields: TIME_OFF_FIELDS,
    idPrefix: 'time-off',
    validate: validateTimeOffForm,
    fallbackMessage: 'The time off could not be saved. Please try again.',
  });
  const { values, setField: set, errors, formError, conflict } = form;
  const [addTimeOff, added] = useMutation(addTimeOffMutation, { refetchQueries: ['PersonTime'] });
  const [updateTimeOff, updated] = useMutation(updateTimeOffMutation, { refetchQueries: ['PersonTime'] });

  const save = async (current: TimeOffFormValues) => {
    const saved = timeOff
      ? (
          await updateTimeOff({
            variables: { id: timeOff.id, input: toUpdateTimeOffInput(current, timeOff.version, noteVisible) },
          })
        ).data?.updateTimeOff
      : (
          await addTimeOff({
            variables: { input: toCreateTimeOffInput(noteVisible ? current : { ...current, note: '' }, personId) },
          })
        ).data?.addTimeOff;
    if (saved) onSaved(saved);
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={timeOff ? 'Edit time off' : 'Add time off'}>
      <Stack gap="md">
        <SaveProblems
          conflict={conflict}
          formError={formError}
          subject="time off"
          label="The entry"
          onReload={onReload}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="time-off-startDate"
            label="First day"
            type="date"
            required
            data-autofocus
            value={values.startDate}
            onChange={(event) => set('startDate', event.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            id="time-off-endDate"
            label="Last day"
            type="date"
            required
            min={values.startDate || undefined}
            value={values.endDate}
            onChange={(event) => set('endDate', event.currentTarget.value)}
            error={errors.endDate}
          />
          <NumberInput
            id="time-off-percent"
            label="Share of each day"
            description="100% is a full day off"
            required
            min={1}
            max={100}
            step={25}
            allowDecimal={false}
            suffix="%"
            value={values.percent}
            onChange={(value) => set('percent', value)}
            error={errors.percent}
          />
          <Select
            id="time-off-category"
            label="Kind"
            data={timeOffCategoryOptions}
            value={values.category}
            onChange={(value) => value && set('category', value as TimeOffCategory)}
            allowDeselect={false}
            error={errors.category}
          />
        </SimpleGrid>
        {noteVisible ? (
          <Textarea
            id="time-off-note"
            label="Note"
            description="Private: seen by the person and their manager chain only."
            autosize
            minRows={2}
            maxRows={4}
            value={values.note}
            onChange={(event) => set('note', event.currentTarget.value)}
            error={errors.note}
          />
        ) : null}
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={added.loading || updated.loading} disabled={conflict}>
            {timeOff ? 'Save changes' : 'Add time off'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
