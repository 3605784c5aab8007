import { graphql } from '@web/generated';

export const frameworkProblemFragment = graphql(`
  fragment FrameworkProblemFields on FrameworkProblem {
    path
    message
  }
`);
