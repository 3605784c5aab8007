import { graphql } from '../../../generated';

export const usersQuery = graphql(`
  query Users {
    users {
      ...AdminUser
    }
  }
`);
