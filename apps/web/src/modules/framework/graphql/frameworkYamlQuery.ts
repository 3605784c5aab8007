import { graphql } from '../../../generated';

export const frameworkYamlQuery = graphql(`
  query FrameworkYaml {
    frameworkYaml
  }
`);
