import { graphql } from '../../../generated';

// One fragment, not a fragment per row: the API's depth limit counts every fragment spread as a level.
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
      }
      belowCount
      disagreementCount
      readiness {
        nextLevelName
        met
        total
        share
      }
    }
  }
`);
