import { graphql } from '@web/generated';

export const frameworkQuery = graphql(`
  query Framework {
    framework {
      ...FrameworkDetail
    }
  }
`);
