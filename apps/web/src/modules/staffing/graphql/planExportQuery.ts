import { graphql } from '@web/generated';

/** Every allocation of the people in view over a date range: the plan as a CSV file. */
export const planExportQuery = graphql(`
  query PlanExport($from: LocalDate!, $weeks: Int!, $teamId: ID, $offset: Int, $limit: Int) {
    staffingTimeline(from: $from, weeks: $weeks, teamId: $teamId, offset: $offset, limit: $limit) {
      totalCount
      offset
      rows {
        person {
          id
          name
        }
        allocations {
          id
          projectName
          kind
          percent
          startDate
          endDate
          status
        }
      }
    }
  }
`);
