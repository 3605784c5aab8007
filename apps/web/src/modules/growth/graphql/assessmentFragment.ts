import { graphql } from '../../../generated';

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
