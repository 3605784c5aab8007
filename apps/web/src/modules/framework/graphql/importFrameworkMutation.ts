import { graphql } from '@web/generated';

// The imported framework comes back whole: as a singleton in the cache, it replaces the loaded one.
export const importFrameworkMutation = graphql(`
  mutation ImportFramework($yaml: String!, $version: Int!) {
    importFramework(yaml: $yaml, version: $version) {
      framework {
        ...FrameworkDetail
      }
      problems {
        ...FrameworkYamlProblemFields
      }
    }
  }
`);
