import { graphql } from '@web/generated';

/** The quarter's balance, with the organization's current quarter for the quarter picker. */
export const staffingBalanceQuery = graphql(`
  query StaffingBalance($quarter: String, $teamId: ID) {
    organization {
      id
      currentQuarter {
        fiscalYear
        quarter
        label
      }
    }
    staffingBalance(quarter: $quarter, teamId: $teamId) {
      developmentTarget
      quarter {
        key
        label
        start
        end
      }
      total {
        ...BalanceFiguresFields
      }
      teams {
        teamId
        teamName
        people
        figures {
          ...BalanceFiguresFields
        }
      }
      people {
        person {
          id
          name
          title
          teamId
          teamName
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
