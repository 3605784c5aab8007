import { graphql } from '@web/generated';

export const holidayCalendarsQuery = graphql(`
  query HolidayCalendars {
    holidayCalendars {
      id
      name
      holidayCount
    }
  }
`);
