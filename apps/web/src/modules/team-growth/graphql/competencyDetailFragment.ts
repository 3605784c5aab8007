import { graphql } from '@web/generated';

export const competencyDetailFragment = graphql(`
  fragment TeamGrowthCompetencyDetail on CompetencyDetail {
    personId
    quarter {
      key
      label
    }
    competencyKey
    competencyName
    competencyDescription
    areaName
    expectation
    self {
      ...TeamGrowthDetailRating
    }
    manager {
      ...TeamGrowthDetailRating
    }
    evidence {
      id
      date
      kind
      title
      link
      impact
    }
  }
`);
