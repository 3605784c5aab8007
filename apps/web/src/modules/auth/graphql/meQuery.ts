import { graphql } from '@web/generated';

export const meQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);
