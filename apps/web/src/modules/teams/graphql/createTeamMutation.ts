import { graphql } from '@web/generated';

export const createTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      ...TeamSummary
    }
  }
`);
