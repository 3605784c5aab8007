import { graphql } from '@web/generated';

export const compareLevelsQuery = graphql(`
  query CompareLevels($from: String!, $to: String!) {
    compareLevels(from: $from, to: $to) {
      ...LevelComparisonDetail
    }
  }
`);
