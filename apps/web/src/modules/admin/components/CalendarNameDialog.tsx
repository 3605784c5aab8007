import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { HolidayCalendarFieldsFragment } from '@web/generated/graphql';
import { SaveProblems } from '@web/shared/components/SaveProblems';
import { useForm } from '@web/shared/forms/useForm';
import { createHolidayCalendarMutation } from '../graphql/createHolidayCalendarMutation';
import { renameHolidayCalendarMutation } from '../graphql/renameHolidayCalendarMutation';
import { type CalendarNameValues, validateCalendarName } from '../utils/holidayCalendarForm';

interface CalendarNameDialogProps {
  opened: boolean;
  /** The calendar to rename; a new one when null. */
  calendar: HolidayCalendarFieldsFragment | null;
  /** The names of the other calendars, which the name must not repeat. */
  otherNames: readonly string[];
  onClose: () => void;
  onSaved: (calendar: HolidayCalendarFieldsFragment) => void;
  onReload: () => Promise<unknown>;
}

export function CalendarNameDialog(props: CalendarNameDialogProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.calendar ? `Rename ${props.calendar.name}` : 'New holiday calendar'}
      centered
    >
      {props.opened ? <CalendarNameForm key={props.calendar?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
}

function CalendarNameForm({ calendar, otherNames, onClose, onSaved, onReload }: CalendarNameDialogProps) {
  const [create, created] = useMutation(createHolidayCalendarMutation, { refetchQueries: ['AdminHolidayCalendars'] });
  const [rename, renamed] = useMutation(renameHolidayCalendarMutation);
  const form = useForm<CalendarNameValues, 'name'>({
    initialValues: { name: calendar?.name ?? '' },
    fields: ['name'],
    idPrefix: 'calendar',
    validate: (values) => validateCalendarName(values, otherNames),
    fallbackMessage: 'The calendar could not be saved. Try again.',
  });

  const save = async (values: CalendarNameValues) => {
    const name = values.name.trim();
    if (calendar) {
      const { data } = await rename({ variables: { input: { id: calendar.id, name, version: calendar.version } } });
      if (data) onSaved(data.renameHolidayCalendar);
    } else {
      const { data } = await create({ variables: { input: { name } } });
      if (data) onSaved(data.createHolidayCalendar);
    }
    notifications.show({ color: 'teal', title: calendar ? 'Calendar renamed' : 'Calendar created', message: name });
    onClose();
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate>
      <Stack gap="md">
        <SaveProblems
          conflict={form.conflict}
          formError={form.formError}
          subject="calendar"
          label="The calendar"
          onReload={async () => {
            await onReload();
            onClose();
          }}
        />
        <TextInput
          id="calendar-name"
          label="Name"
          description="An office or a country: “Berlin office”, “France”."
          required
          data-autofocus
          value={form.values.name}
          onChange={(event) => form.setField('name', event.currentTarget.value)}
          error={form.errors.name}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={created.loading || renamed.loading}>
            {calendar ? 'Rename' : 'Create calendar'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
