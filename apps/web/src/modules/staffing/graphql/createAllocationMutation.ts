import { graphql } from '@web/generated';

export const createAllocationMutation = graphql(`
  mutation CreateAllocation($input: CreateAllocationInput!) {
    createAllocation(input: $input) {
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
