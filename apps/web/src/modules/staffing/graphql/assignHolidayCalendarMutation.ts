import { graphql } from '@web/generated';

export const assignHolidayCalendarMutation = graphql(`
  mutation AssignHolidayCalendar($personId: ID!, $calendarId: ID) {
    assignHolidayCalendar(personId: $personId, calendarId: $calendarId) {
      id
      holidayCalendarId
      holidayCalendarName
    }
  }
`);
