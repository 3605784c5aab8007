import { graphql } from '@web/generated';

export const projectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectFields
    }
  }
`);
