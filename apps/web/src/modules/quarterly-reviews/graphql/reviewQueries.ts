import { graphql } from '@web/generated';

export const reviewCyclesQuery = graphql(`
  query ReviewCycles {
    reviewCycles {
      currentQuarter
      currentQuarterLabel
      canOpen
      cycles {
        ...ReviewCycleFields
      }
    }
  }
`);

export const reviewCycleQuery = graphql(`
  query ReviewCycle($id: ID!) {
    reviewCycle(id: $id) {
      ...ReviewCycleFields
      reviews {
        id
        state
        readiness
        reflected
        updatedAt
        person {
          id
          name
          title
          teamName
          managerName
        }
      }
    }
  }
`);

export const reviewQuery = graphql(`
  query Review($id: ID!) {
    review(id: $id) {
      ...ReviewFields
    }
  }
`);
