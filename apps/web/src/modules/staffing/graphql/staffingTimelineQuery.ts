import { graphql } from '@web/generated';

export const staffingTimelineQuery = graphql(`
  query StaffingTimeline(
    $from: LocalDate!
    $weeks: Int!
    $teamId: ID
    $personId: ID
    $projectId: ID
    $kind: WorkKind
    $offset: Int
    $limit: Int
    $scenarioId: ID
  ) {
    staffingTimeline(
      from: $from
      weeks: $weeks
      teamId: $teamId
      personId: $personId
      projectId: $projectId
      kind: $kind
      offset: $offset
      limit: $limit
      scenarioId: $scenarioId
    ) {
      from
      to
      totalCount
      offset
      limit
      weeks {
        key
        monday
      }
      openNeeds {
        id
        projectId
        projectName
        role
        percent
        openPercent
        startDate
        endDate
      }
      rows {
        canAllocate
        person {
          id
          name
          title
          teamId
          teamName
          workingDays
        }
        load {
          workingDays
          capacityDays
          allocatedShare
          tentativeShare
          deliveryShare
          developmentShare
          supportShare
          overAllocated
          idle
          away
        }
        allocations {
          ...AllocationFields
        }
        timeOff {
          ...TimeOffFields
        }
      }
    }
  }
`);
