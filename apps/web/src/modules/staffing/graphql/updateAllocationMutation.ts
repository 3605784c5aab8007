import { graphql } from '@web/generated';

export const updateAllocationMutation = graphql(`
  mutation UpdateAllocation($id: ID!, $input: UpdateAllocationInput!) {
    updateAllocation(id: $id, input: $input) {
      allocation {
        ...AllocationFields
      }
      overAllocatedWeeks {
        week
        monday
        allocatedPercent
      }
      warning
    }
  }
`);
