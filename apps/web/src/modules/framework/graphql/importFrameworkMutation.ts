import { graphql } from '../../../generated';

// Only the name and version come back: the whole framework would pass the API's depth limit
// under a mutation (it was refused with "Query depth limit of 8 exceeded"); useImportFramework
// reads the framework again instead.
export const importFrameworkMutation = graphql(`
  mutation ImportFramework($yaml: String!, $version: Int!) {
    importFramework(yaml: $yaml, version: $version) {
      framework {
        name
        version
      }
      problems {
        ...FrameworkYamlProblemFields
      }
    }
  }
`);
