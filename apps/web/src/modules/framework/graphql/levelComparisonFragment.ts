import { graphql } from '@web/generated';

export const levelComparisonFragment = graphql(`
  fragment LevelComparisonDetail on LevelComparison {
    from {
      ...FrameworkLevelFields
    }
    to {
      ...FrameworkLevelFields
    }
    rows {
      areaKey
      areaName
      competencyKey
      competencyName
      fromText
      toText
      changed
    }
    changedCount
  }
`);
