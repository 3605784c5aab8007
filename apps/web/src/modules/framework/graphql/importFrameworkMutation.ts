import { graphql } from '../../../generated';

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
