import { graphql } from '@web/generated';

export const competencyDetailRatingFragment = graphql(`
  fragment TeamGrowthDetailRating on Assessment {
    id
    rating
    ratingName
    comment
    authorName
    updatedAt
  }
`);
