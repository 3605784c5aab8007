import { graphql } from '@web/generated';

export const updateTeamMutation = graphql(`
  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      ...TeamSummary
    }
  }
`);
