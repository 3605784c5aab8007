import { graphql } from '@web/generated';

/** A person's Time tab: their plan over the weeks around today, and this quarter's balance. */
export const personTimeQuery = graphql(`
  query PersonTime($personId: ID!, $from: LocalDate!, $weeks: Int!, $teamId: ID) {
    staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {
      from
      to
      rows {
        canAllocate
        person {
          id
          name
          workingDays
          holidayCalendarId
          holidayCalendarName
        }
        allocations {
          ...AllocationFields
        }
        timeOff {
          ...TimeOffFields
        }
      }
    }
    staffingBalance(teamId: $teamId) {
      developmentTarget
      quarter {
        key
        label
      }
      people {
        person {
          id
        }
        figures {
          ...BalanceFiguresFields
        }
        drought {
          from
          to
          weeks
        }
      }
    }
  }
`);
