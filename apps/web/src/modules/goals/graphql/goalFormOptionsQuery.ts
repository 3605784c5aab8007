import { graphql } from '@web/generated';

// The framework as the Framework page reads it, so both share one cache entry.
export const goalFormOptionsQuery = graphql(`
  query GoalFormOptions($personId: ID!) {
    person(id: $personId) {
      id
      track
      levelKey
    }
    organization {
      id
      currentQuarter {
        fiscalYear
        quarter
        label
      }
    }
    framework {
      ...FrameworkDetail
    }
  }
`);
