import { useMutation, useQuery } from '@apollo/client/react';
import { Group, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeWorkingDays } from '@web/modules/people/utils/personForm';
import { getUserMessage } from '@web/shared/graphql/errors';
import { assignHolidayCalendarMutation } from '../graphql/assignHolidayCalendarMutation';
import { holidayCalendarsQuery } from '../graphql/holidayCalendarsQuery';

const NONE = 'none';

interface WorkingTimeLineProps {
  personId: string;
  personName: string;
  workingDays: number[];
  holidayCalendarId: string | null;
  holidayCalendarName: string | null;
  /** Whoever edits the person chooses their holiday calendar. */
  canEdit: boolean;
}

/** What the capacity maths reads of a person: the days they work, and whose holidays they keep. */
export function WorkingTimeLine(props: WorkingTimeLineProps) {
  const { personId, personName, workingDays, holidayCalendarId, holidayCalendarName, canEdit } = props;
  const calendars = useQuery(holidayCalendarsQuery, { skip: !canEdit });
  const [assign, assigning] = useMutation(assignHolidayCalendarMutation, { refetchQueries: ['PersonTime'] });

  const change = async (value: string | null) => {
    const calendarId = !value || value === NONE ? null : value;
    try {
      const result = await assign({ variables: { personId, calendarId } });
      const name = result.data?.assignHolidayCalendar.holidayCalendarName;
      notifications.show({
        color: 'teal',
        title: 'Holiday calendar changed',
        message: name ? `${personName} keeps the holidays of ${name}.` : `${personName} keeps no holiday calendar.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not change the holiday calendar',
        message: getUserMessage(error, 'Please try again.'),
      });
    }
  };

  return (
    <Group gap="lg" align="flex-end" wrap="wrap">
      <Text size="sm">
        <Text span fw={600} size="sm">
          Works
        </Text>{' '}
        {describeWorkingDays(workingDays)}
      </Text>
      {canEdit ? (
        <Select
          label="Holiday calendar"
          size="xs"
          w={220}
          data={[
            { value: NONE, label: 'None' },
            ...(calendars.data?.holidayCalendars ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
          value={holidayCalendarId ?? NONE}
          onChange={(value) => void change(value)}
          allowDeselect={false}
          disabled={assigning.loading || !calendars.data}
        />
      ) : (
        <Text size="sm">
          <Text span fw={600} size="sm">
            Holidays
          </Text>{' '}
          {holidayCalendarName ?? 'no calendar'}
        </Text>
      )}
    </Group>
  );
}
