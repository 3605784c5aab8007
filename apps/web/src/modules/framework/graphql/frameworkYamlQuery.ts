import { graphql } from '@web/generated';

export const frameworkYamlQuery = graphql(`
  query FrameworkYaml {
    frameworkYaml
  }
`);
