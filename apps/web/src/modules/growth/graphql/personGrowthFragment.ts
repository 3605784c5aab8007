import { graphql } from '@web/generated';

export const personGrowthFragment = graphql(`
  fragment PersonGrowthFields on PersonGrowth {
    personId
    quarter {
      ...QuarterFields
    }
    previousQuarter {
      ...QuarterFields
    }
    quarters {
      ...QuarterFields
    }
    level {
      ...RatingRungFields
    }
    scale {
      ...RatingRungFields
    }
    competencies {
      ...CompetencyAssessmentFields
    }
    managerRatingsShared
    managerRatingsVisible
    canSelfAssess
    canManagerAssess
    writable
    selfCount
    managerCount
    disagreementCount
    readiness {
      nextLevelKey
      nextLevelName
      met
      total
      share
    }
    readinessThrough {
      key
      label
    }
  }
`);
