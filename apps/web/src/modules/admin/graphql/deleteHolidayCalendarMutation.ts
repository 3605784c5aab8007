import { graphql } from '@web/generated';

export const deleteHolidayCalendarMutation = graphql(`
  mutation DeleteHolidayCalendar($id: ID!) {
    deleteHolidayCalendar(id: $id)
  }
`);
