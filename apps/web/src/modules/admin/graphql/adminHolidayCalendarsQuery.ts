import { graphql } from '@web/generated';

export const adminHolidayCalendarsQuery = graphql(`
  query AdminHolidayCalendars {
    holidayCalendars {
      ...HolidayCalendarFields
    }
  }
`);
