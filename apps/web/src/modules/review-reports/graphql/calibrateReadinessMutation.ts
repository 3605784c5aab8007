import { graphql } from '@web/generated';

/** A director's change to a readiness call, with the reason (kept on the review). */
export const calibrateReadinessMutation = graphql(`
  mutation CalibrateReviewReadiness($input: AdjustReadinessInput!) {
    adjustReviewReadiness(input: $input) {
      id
      readiness
      version
    }
  }
`);
