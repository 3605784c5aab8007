import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { HolidayCalendarFieldsFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { SaveProblems } from '@web/shared/components/SaveProblems';
import { useForm } from '@web/shared/forms/useForm';
import { getUserMessage } from '@web/shared/graphql/errors';
import { formatDate } from '@web/shared/utils/format';
import { todayIso } from '@web/modules/goals/utils/dates';
import { addHolidayMutation } from '../graphql/addHolidayMutation';
import { deleteHolidayCalendarMutation } from '../graphql/deleteHolidayCalendarMutation';
import { holidaysQuery } from '../graphql/holidaysQuery';
import { removeHolidayMutation } from '../graphql/removeHolidayMutation';
import {
  type HolidayField,
  type HolidayValues,
  validateHoliday,
  weekdayOf,
  yearChoices,
} from '../utils/holidayCalendarForm';
import { IcsImportForm } from './IcsImportForm';

interface HolidayCalendarDetailProps {
  calendar: HolidayCalendarFieldsFragment;
  onRename: () => void;
  onDeleted: () => void;
}

/** One calendar: its holidays of a year, added and removed by hand or imported from a file. */
export function HolidayCalendarDetail({ calendar, onRename, onDeleted }: HolidayCalendarDetailProps) {
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data, error, refetch } = useQuery(holidaysQuery, { variables: { calendarId: calendar.id, year } });
  const [remove] = useMutation(removeHolidayMutation, { refetchQueries: ['Holidays'] });
  const [deleteCalendar, deleting] = useMutation(deleteHolidayCalendarMutation, {
    refetchQueries: ['AdminHolidayCalendars'],
  });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const holidays = data?.holidays;

  const removeHoliday = async (date: string, name: string) => {
    setRemoving(date);
    try {
      await remove({ variables: { calendarId: calendar.id, date } });
      notifications.show({ color: 'teal', title: 'Holiday removed', message: `${name}, ${formatDate(date)}` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not remove the holiday', message: getUserMessage(e) });
    } finally {
      setRemoving(null);
    }
  };

  const doDelete = async () => {
    try {
      await deleteCalendar({ variables: { id: calendar.id } });
      notifications.show({ color: 'teal', title: 'Calendar deleted', message: calendar.name });
      setConfirmDelete(false);
      onDeleted();
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not delete the calendar', message: getUserMessage(e) });
    }
  };

  return (
    <Stack gap="lg" component="section" aria-labelledby="calendar-heading">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id="calendar-heading">
            {calendar.name}
          </Title>
          <Text size="sm" c="dimmed">
            {`${calendar.holidayCount} ${calendar.holidayCount === 1 ? 'holiday' : 'holidays'} · ${
              calendar.peopleCount
            } ${calendar.peopleCount === 1 ? 'person works' : 'people work'} by it`}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onRename}>
            Rename
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setConfirmDelete(true)}
          >
            Delete
          </Button>
        </Group>
      </Group>

      <IcsImportForm calendar={calendar} />

      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Select
            label="Year"
            data={yearChoices(calendar.years, thisYear).map((y) => ({ value: String(y), label: String(y) }))}
            value={String(year)}
            onChange={(value) => value && setYear(Number(value))}
            allowDeselect={false}
            w={140}
          />
        </Group>
        {!holidays && error ? (
          <QueryError title="Could not load the holidays" error={error} onRetry={() => refetch()} />
        ) : !holidays ? (
          <LoadingState label="Loading holidays" rows={4} />
        ) : holidays.length === 0 ? (
          <EmptyMessage
            title={`No holidays in ${year}`}
            description="Add them one by one below, or import an iCalendar file."
          />
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table striped aria-label={`Holidays of ${calendar.name} in ${year}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Holiday</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Remove</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {holidays.map((h) => (
                  <Table.Tr key={h.date}>
                    <Table.Td>
                      <time dateTime={h.date}>{formatDate(h.date)}</time>
                      <Text size="xs" c="dimmed">
                        {weekdayOf(h.date)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{h.name}</Table.Td>
                    <Table.Td ta="right">
                      <Tooltip label="Remove">
                        <ActionIcon
                          variant="subtle"
                          color="gray.8"
                          aria-label={`Remove ${h.name}, ${formatDate(h.date)}`}
                          loading={removing === h.date}
                          onClick={() => void removeHoliday(h.date, h.name)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <AddHolidayForm calendar={calendar} taken={holidays?.map((h) => h.date) ?? []} onAdded={setYear} />
      </Stack>

      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={`Delete ${calendar.name}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {`Its ${calendar.holidayCount} holidays go with it, and ${
              calendar.peopleCount === 1 ? 'the 1 person' : `the ${calendar.peopleCount} people`
            } who work by it will have no holiday calendar until someone chooses one for them.`}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Keep it
            </Button>
            <Button color="red" loading={deleting.loading} onClick={() => void doDelete()}>
              Delete calendar
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function AddHolidayForm({
  calendar,
  taken,
  onAdded,
}: {
  calendar: HolidayCalendarFieldsFragment;
  taken: string[];
  onAdded: (year: number) => void;
}) {
  const [add, adding] = useMutation(addHolidayMutation, { refetchQueries: ['Holidays'] });
  const form = useForm<HolidayValues, HolidayField>({
    initialValues: { date: '', name: '' },
    fields: ['date', 'name'],
    idPrefix: 'holiday',
    validate: (values) => validateHoliday(values, taken),
    fallbackMessage: 'The holiday could not be added. Try again.',
    detectConflict: false,
  });
  const save = async (values: HolidayValues) => {
    await add({ variables: { input: { calendarId: calendar.id, date: values.date, name: values.name.trim() } } });
    notifications.show({
      color: 'teal',
      title: 'Holiday added',
      message: `${values.name.trim()}, ${formatDate(values.date)}`,
    });
    onAdded(Number(values.date.slice(0, 4)));
    form.setValues({ date: '', name: '' });
  };
  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={`Add a holiday to ${calendar.name}`}>
      <Stack gap="sm">
        <SaveProblems
          conflict={false}
          formError={form.formError}
          subject="holiday"
          label="The holiday"
          onReload={async () => undefined}
        />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            id="holiday-date"
            type="date"
            label="Day"
            required
            value={form.values.date}
            onChange={(event) => form.setField('date', event.currentTarget.value)}
            error={form.errors.date}
            w={180}
          />
          <TextInput
            id="holiday-name"
            label="Holiday"
            placeholder="e.g. Assumption Day"
            required
            value={form.values.name}
            onChange={(event) => form.setField('name', event.currentTarget.value)}
            error={form.errors.name}
            style={{ flex: '1 1 220px' }}
          />
          <Button type="submit" mt={25} loading={adding.loading} leftSection={<IconPlus size={16} aria-hidden />}>
            Add holiday
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
