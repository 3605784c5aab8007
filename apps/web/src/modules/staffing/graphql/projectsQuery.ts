import { graphql } from '@web/generated';

export const projectsQuery = graphql(`
  query Projects($filter: ProjectFilter) {
    projects(filter: $filter) {
      ...ProjectFields
    }
  }
`);
