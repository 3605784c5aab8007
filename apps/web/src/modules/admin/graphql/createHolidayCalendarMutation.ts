import { graphql } from '@web/generated';

export const createHolidayCalendarMutation = graphql(`
  mutation CreateHolidayCalendar($input: CreateHolidayCalendarInput!) {
    createHolidayCalendar(input: $input) {
      ...HolidayCalendarFields
    }
  }
`);
