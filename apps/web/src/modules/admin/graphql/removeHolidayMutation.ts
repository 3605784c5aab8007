import { graphql } from '@web/generated';

export const removeHolidayMutation = graphql(`
  mutation RemoveHoliday($calendarId: ID!, $date: LocalDate!) {
    removeHoliday(calendarId: $calendarId, date: $date) {
      ...HolidayCalendarFields
    }
  }
`);
