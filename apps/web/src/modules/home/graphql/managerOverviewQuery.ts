import { graphql } from '@web/generated';

export const managerOverviewQuery = graphql(`
  query ManagerOverview($personId: ID!) {
    person(id: $personId) {
      id
      directReports {
        ...PersonSummary
      }
    }
  }
`);
