import { graphql } from '@web/generated';

export const assessmentFragment = graphql(`
  fragment AssessmentFields on Assessment {
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
`);
