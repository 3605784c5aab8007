import { graphql } from '@web/generated';

export const currentUserFragment = graphql(`
  fragment CurrentUser on User {
    id
    email
    role
    active
    person {
      id
      name
      title
      level
      track
      team {
        id
        name
      }
      manager {
        id
        name
        title
      }
    }
  }
`);
