import { graphql } from '@web/generated';

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
      ...AssessmentFields
    }
    manager {
      ...AssessmentFields
    }
    previousSelf {
      ...AssessmentFields
    }
    previousManager {
      ...AssessmentFields
    }
    disagreement
    gap
  }
`);
