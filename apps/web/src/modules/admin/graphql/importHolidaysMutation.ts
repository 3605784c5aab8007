import { graphql } from '@web/generated';

export const importHolidaysMutation = graphql(`
  mutation ImportHolidays($input: ImportHolidaysInput!) {
    importHolidays(input: $input) {
      calendar {
        ...HolidayCalendarFields
      }
      imported {
        date
        name
      }
      skipped {
        name
        date
        reason
      }
      fromYear
      toYear
    }
  }
`);
