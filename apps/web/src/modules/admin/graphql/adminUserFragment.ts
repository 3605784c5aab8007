import { graphql } from '@web/generated';

export const adminUserFragment = graphql(`
  fragment AdminUser on User {
    id
    email
    role
    active
    lastSignInAt
    person {
      id
      name
    }
  }
`);
