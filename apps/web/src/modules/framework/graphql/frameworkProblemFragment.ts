import { graphql } from '../../../generated';

export const frameworkProblemFragment = graphql(`
  fragment FrameworkProblemFields on FrameworkProblem {
    path
    message
  }
`);
