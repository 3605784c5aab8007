import { graphql } from '../../../generated';

export const frameworkQuery = graphql(`
  query Framework {
    framework {
      ...FrameworkDetail
    }
  }
`);
