import { graphql } from '../../../generated';

export const personQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonDetail
    }
  }
`);
