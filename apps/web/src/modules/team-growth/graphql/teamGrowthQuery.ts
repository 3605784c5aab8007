import { graphql } from '@web/generated';

export const teamGrowthQuery = graphql(`
  query TeamGrowth($teamId: ID, $quarter: String) {
    teamGrowth(teamId: $teamId, quarter: $quarter) {
      ...TeamGrowthFields
    }
  }
`);
