import { graphql } from '../../../generated';

export const growthOverviewQuery = graphql(`
  query HomeGrowthOverview {
    growthOverview {
      ...HomeGrowthOverview
    }
  }
`);
