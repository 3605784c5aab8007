import { graphql } from '../../../generated';

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
