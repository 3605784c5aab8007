import { graphql } from '@web/generated';

export const projectNeedFieldsFragment = graphql(`
  fragment ProjectNeedFields on ProjectNeed {
    id
    projectId
    role
    percent
    openPercent
    startDate
    endDate
    version
    competencies {
      key
      name
      areaName
      minLevelKey
      minLevelName
    }
    filledBy {
      ...RosterEntryFields
    }
  }
`);
