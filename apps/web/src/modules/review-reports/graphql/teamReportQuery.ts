import { graphql } from '@web/generated';

export const cycleTeamReportQuery = graphql(`
  query CycleTeamReport($cycleId: ID!) {
    reviewTeamReport(cycleId: $cycleId) {
      ...ReviewTeamReportFields
    }
  }
`);
