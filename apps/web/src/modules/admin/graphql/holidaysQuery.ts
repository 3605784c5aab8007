import { graphql } from '@web/generated';

export const holidaysQuery = graphql(`
  query Holidays($calendarId: ID!, $year: Int) {
    holidays(calendarId: $calendarId, year: $year) {
      date
      name
    }
  }
`);
