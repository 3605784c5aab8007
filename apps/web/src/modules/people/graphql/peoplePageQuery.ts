import { graphql } from '@web/generated';

export const peoplePageQuery = graphql(`
  query PeoplePage($filter: PeopleFilter, $offset: Int, $limit: Int) {
    peoplePage(filter: $filter, offset: $offset, limit: $limit) {
      totalCount
      offset
      limit
      nodes {
        ...PersonSummary
      }
    }
  }
`);
