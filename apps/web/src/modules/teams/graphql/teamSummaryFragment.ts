import { graphql } from '@web/generated';

export const teamSummaryFragment = graphql(`
  fragment TeamSummary on Team {
    id
    name
    version
    canEdit
    lead {
      id
      name
    }
    parent {
      id
      name
    }
    leadName
    memberCount
  }
`);
