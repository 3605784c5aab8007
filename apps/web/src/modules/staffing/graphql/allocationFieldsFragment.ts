import { graphql } from '@web/generated';

export const allocationFieldsFragment = graphql(`
  fragment AllocationFields on Allocation {
    id
    personId
    projectId
    projectName
    needId
    kind
    percent
    startDate
    endDate
    status
    note
    version
    scenarioChange
    replacesId
    growthAligned
    stretchGoals {
      id
      title
    }
  }
`);
