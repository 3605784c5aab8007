import { graphql } from '@web/generated';

export const adminOverviewQuery = graphql(`
  query AdminOverview {
    organization {
      id
      name
    }
    people {
      id
      active
    }
    teams {
      id
    }
    users {
      id
      active
    }
  }
`);
