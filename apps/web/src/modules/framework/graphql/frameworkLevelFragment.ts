import { graphql } from '@web/generated';

export const frameworkLevelFragment = graphql(`
  fragment FrameworkLevelFields on FrameworkLevel {
    key
    name
    summary
    retired
    trackKey
  }
`);
