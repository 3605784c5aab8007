import { graphql } from '@web/generated';

export const addHolidayMutation = graphql(`
  mutation AddHoliday($input: HolidayInput!) {
    addHoliday(input: $input) {
      ...HolidayCalendarFields
    }
  }
`);
