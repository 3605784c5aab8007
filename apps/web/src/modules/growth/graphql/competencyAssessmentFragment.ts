import { graphql } from '../../../generated';

// The rating fields are spelled out rather than spread from a fragment of their own: the API's
// depth limit (8) counts every fragment level, and this one sits four levels down.
export const competencyAssessmentFragment = graphql(`
  fragment CompetencyAssessmentFields on CompetencyAssessment {
    competencyKey
    competencyName
    competencyDescription
    areaKey
    areaName
    expectation
    nextExpectation
    self {
      id
      competencyKey
      quarter
      source
      rating
      ratingName
      ratingPosition
      comment
      authorName
      updatedAt
      version
    }
    manager {
      id
      competencyKey
      quarter
      source
      rating
      ratingName
      ratingPosition
      comment
      authorName
      updatedAt
      version
    }
    previousSelf {
      id
      competencyKey
      quarter
      source
      rating
      ratingName
      ratingPosition
      comment
      authorName
      updatedAt
      version
    }
    previousManager {
      id
      competencyKey
      quarter
      source
      rating
      ratingName
      ratingPosition
      comment
      authorName
      updatedAt
      version
    }
    disagreement
    gap
  }
`);
