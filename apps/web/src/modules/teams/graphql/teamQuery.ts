import { graphql } from '@web/generated';

export const teamQuery = graphql(`
  query Team($id: ID!) {
    team(id: $id) {
      ...TeamSummary
      children {
        id
        name
      }
      members {
        ...PersonSummary
      }
    }
  }
`);
