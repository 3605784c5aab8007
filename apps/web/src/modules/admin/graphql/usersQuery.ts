import { graphql } from '@web/generated';

export const usersQuery = graphql(`
  query Users {
    users {
      ...AdminUser
    }
  }
`);
