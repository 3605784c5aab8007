import { graphql } from '../../../generated';

export const setMilestoneDoneMutation = graphql(`
  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {
    setMilestoneDone(milestoneId: $milestoneId, done: $done) {
      ...GoalFields
    }
  }
`);
