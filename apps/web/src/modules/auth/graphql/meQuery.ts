import { graphql } from '../../../generated';

export const meQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);
