import { graphql } from '@web/generated';

export const deleteAllocationMutation = graphql(`
  mutation DeleteAllocation($id: ID!, $version: Int!) {
    deleteAllocation(id: $id, version: $version)
  }
`);
