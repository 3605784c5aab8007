import { graphql } from '@web/generated';

export const removeProjectNeedMutation = graphql(`
  mutation RemoveProjectNeed($id: ID!) {
    removeProjectNeed(id: $id) {
      ...ProjectFields
    }
  }
`);
