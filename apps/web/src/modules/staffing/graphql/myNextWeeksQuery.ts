import { graphql } from '@web/generated';

/** Home, for a member: their own plan for the next few weeks. */
export const myNextWeeksQuery = graphql(`
  query MyNextWeeks($personId: ID!, $from: LocalDate!, $weeks: Int!) {
    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {
      from
      to
      weeks {
        key
      }
      rows {
        person {
          id
        }
        load {
          allocatedShare
          overAllocated
          away
        }
        allocations {
          ...AllocationFields
        }
      }
    }
  }
`);
