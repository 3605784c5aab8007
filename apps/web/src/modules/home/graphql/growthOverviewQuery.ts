import { graphql } from '@web/generated';

export const growthOverviewQuery = graphql(`
  query HomeGrowthOverview {
    growthOverview {
      ...HomeGrowthOverview
    }
  }
`);
