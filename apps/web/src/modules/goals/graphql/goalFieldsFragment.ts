import { graphql } from '@web/generated';

export const goalFieldsFragment = graphql(`
  fragment GoalFields on Goal {
    id
    personId
    title
    description
    status
    version
    startDate
    targetLevelKey
    targetLevelName
    evidenceCount
    dueQuarter {
      key
      label
    }
    competencies {
      key
      name
      areaName
    }
    milestones {
      id
      title
      done
    }
    health {
      state
      progress
      expectedProgress
      reason
      stale
      daysSinceCheckIn
      lastCheckInDate
    }
    checkIns {
      ...GoalCheckInFields
    }
  }
`);
