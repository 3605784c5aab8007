import { graphql } from '@web/generated';

export const growthOverviewFragment = graphql(`
  fragment HomeGrowthOverview on GrowthOverview {
    quarter {
      key
      label
    }
    goalsNeedingAttention {
      goalId
      title
      reason
      stale
      person {
        id
        name
      }
    }
    teams {
      team {
        id
        name
      }
      people
      goalsNeedingAttention
      selfRatingsMissing
      managerRatingsMissing
      unsharedRatings
    }
    missingAssessments {
      selfMissing
      managerMissing
      total
      person {
        id
        name
      }
    }
  }
`);
