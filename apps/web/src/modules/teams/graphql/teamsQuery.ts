import { graphql } from '../../../generated';

export const teamsQuery = graphql(`
  query Teams {
    teams {
      ...TeamSummary
    }
  }
`);
