import { graphql } from '@web/generated';

export const updateProjectNeedMutation = graphql(`
  mutation UpdateProjectNeed($id: ID!, $input: UpdateProjectNeedInput!) {
    updateProjectNeed(id: $id, input: $input) {
      ...ProjectFields
    }
  }
`);
