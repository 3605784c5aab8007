import { graphql } from '@web/generated';

export const frameworkYamlProblemFragment = graphql(`
  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {
    line
    path
    message
  }
`);
