import { graphql } from '@web/generated';

// The saved framework comes back whole: as a singleton in the cache, it replaces the loaded one.
export const updateFrameworkMutation = graphql(`
  mutation UpdateFramework($version: Int!, $input: FrameworkInput!) {
    updateFramework(version: $version, input: $input) {
      framework {
        ...FrameworkDetail
      }
      problems {
        ...FrameworkProblemFields
      }
    }
  }
`);
