import { graphql } from '@web/generated';

export const goalsQuery = graphql(`
  query Goals($personId: ID!) {
    goals(personId: $personId) {
      ...GoalFields
    }
  }
`);
