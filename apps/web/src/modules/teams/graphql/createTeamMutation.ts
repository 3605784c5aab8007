import { graphql } from '../../../generated';

export const createTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      ...TeamSummary
    }
  }
`);
