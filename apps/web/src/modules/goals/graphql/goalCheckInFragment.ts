import { graphql } from '../../../generated';

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
