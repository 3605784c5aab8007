import { graphql } from '@web/generated';

export const personSummaryFragment = graphql(`
  fragment PersonSummary on Person {
    id
    name
    title
    level
    track
    active
    team {
      id
      name
    }
    manager {
      id
      name
    }
  }
`);
