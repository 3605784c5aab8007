import { graphql } from '@web/generated';

/** A project with its needs and roster: the list and the project page read the same fields. */
export const projectFieldsFragment = graphql(`
  fragment ProjectFields on Project {
    id
    name
    kind
    status
    priority
    startDate
    endDate
    teamId
    teamName
    description
    canEdit
    version
    needs {
      ...ProjectNeedFields
    }
    roster {
      ...RosterEntryFields
    }
  }
`);
