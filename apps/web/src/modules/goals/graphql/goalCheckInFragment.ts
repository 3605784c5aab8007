import { graphql } from '@web/generated';

export const goalCheckInFragment = graphql(`
  fragment GoalCheckInFields on GoalCheckIn {
    id
    date
    progress
    confidence
    note
    authorName
  }
`);
