import { graphql } from '@web/generated';

export const peopleQuery = graphql(`
  query People($filter: PeopleFilter) {
    people(filter: $filter) {
      ...PersonSummary
    }
  }
`);
