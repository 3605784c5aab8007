import { graphql } from '@web/generated';

/** Who is on a project, at what share, from when to when. */
export const rosterEntryFieldsFragment = graphql(`
  fragment RosterEntryFields on RosterEntry {
    allocationId
    personId
    personName
    needId
    kind
    percent
    startDate
    endDate
    status
  }
`);
