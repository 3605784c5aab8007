import { graphql } from '@web/generated';

export const personGrowthQuery = graphql(`
  query PersonGrowth($personId: ID!, $quarter: String) {
    personGrowth(personId: $personId, quarter: $quarter) {
      ...PersonGrowthFields
    }
  }
`);
