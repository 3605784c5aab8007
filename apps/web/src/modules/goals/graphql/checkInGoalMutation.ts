import { graphql } from '@web/generated';

export const checkInGoalMutation = graphql(`
  mutation CheckInGoal($goalId: ID!, $input: GoalCheckInInput!) {
    checkInGoal(goalId: $goalId, input: $input) {
      ...GoalFields
    }
  }
`);
