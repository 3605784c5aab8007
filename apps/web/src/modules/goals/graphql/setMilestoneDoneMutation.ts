import { graphql } from '@web/generated';

export const setMilestoneDoneMutation = graphql(`
  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {
    setMilestoneDone(milestoneId: $milestoneId, done: $done) {
      ...GoalFields
    }
  }
`);
