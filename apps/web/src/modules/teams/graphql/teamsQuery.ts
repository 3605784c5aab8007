import { graphql } from '@web/generated';

export const teamsQuery = graphql(`
  query Teams {
    teams {
      ...TeamSummary
    }
  }
`);
