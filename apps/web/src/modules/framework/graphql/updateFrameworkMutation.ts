import { graphql } from '../../../generated';

// Only the version comes back: the whole framework would pass the API's depth limit under a
// mutation; useUpdateFramework reads it again with the framework query instead.
export const updateFrameworkMutation = graphql(`
  mutation UpdateFramework($version: Int!, $input: FrameworkInput!) {
    updateFramework(version: $version, input: $input) {
      framework {
        name
        version
      }
      problems {
        ...FrameworkProblemFields
      }
    }
  }
`);
