import { graphql } from '@web/generated';

export const holidayCalendarFieldsFragment = graphql(`
  fragment HolidayCalendarFields on HolidayCalendar {
    id
    name
    holidayCount
    peopleCount
    years
    version
  }
`);
