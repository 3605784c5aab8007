import { graphql } from '@web/generated';

export const shareManagerRatingsMutation = graphql(`
  mutation ShareManagerRatings($personId: ID!, $quarter: String!, $shared: Boolean!) {
    shareManagerRatings(personId: $personId, quarter: $quarter, shared: $shared) {
      personId
      quarter
      shared
      sharedAt
    }
  }
`);
