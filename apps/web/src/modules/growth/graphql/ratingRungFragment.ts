import { graphql } from '@web/generated';

export const ratingRungFragment = graphql(`
  fragment RatingRungFields on RatingRung {
    position
    key
    name
    summary
    retired
  }
`);
