import { graphql } from '@web/generated';

export const personQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonDetail
    }
  }
`);
