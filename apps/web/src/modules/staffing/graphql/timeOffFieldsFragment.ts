import { graphql } from '@web/generated';

export const timeOffFieldsFragment = graphql(`
  fragment TimeOffFields on TimeOff {
    id
    personId
    startDate
    endDate
    percent
    category
    note
    version
  }
`);
