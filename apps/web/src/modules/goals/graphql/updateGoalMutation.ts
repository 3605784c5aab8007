import { graphql } from '@web/generated';

export const updateGoalMutation = graphql(`
  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, input: $input) {
      ...GoalFields
    }
  }
`);
