import { graphql } from '@web/generated';

export const addProjectNeedMutation = graphql(`
  mutation AddProjectNeed($projectId: ID!, $input: ProjectNeedInput!) {
    addProjectNeed(projectId: $projectId, input: $input) {
      ...ProjectFields
    }
  }
`);
