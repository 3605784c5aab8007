import { graphql } from '@web/generated';

export const teamGrowthFragment = graphql(`
  fragment TeamGrowthFields on TeamGrowth {
    totalPeople
    quarter {
      key
      label
    }
    quarters {
      key
      label
    }
    gapRange {
      min
      max
    }
    competencies {
      key
      name
      areaKey
      areaName
    }
    rows {
      person {
        id
        name
        title
        level
        team {
          id
          name
        }
      }
      cells {
        competencyKey
        rating
        ratingName
        source
        gap
        disagreement
      }
      belowCount
      disagreementCount
      selfRatedCount
      managerRatedCount
      managerRatingsShared
      readiness {
        nextLevelName
        met
        total
        share
      }
    }
  }
`);
