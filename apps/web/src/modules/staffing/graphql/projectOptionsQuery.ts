import { graphql } from '@web/generated';

/** The projects one can plan time on, for the allocation form. */
export const projectOptionsQuery = graphql(`
  query ProjectOptions {
    projects(filter: { statuses: [ACTIVE, PROPOSED] }) {
      id
      name
      kind
      status
      startDate
      endDate
      needs {
        id
        role
        percent
        openPercent
        startDate
        endDate
      }
    }
  }
`);
