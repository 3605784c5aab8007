import { graphql } from '@web/generated';

export const renameHolidayCalendarMutation = graphql(`
  mutation RenameHolidayCalendar($input: RenameHolidayCalendarInput!) {
    renameHolidayCalendar(input: $input) {
      ...HolidayCalendarFields
    }
  }
`);
