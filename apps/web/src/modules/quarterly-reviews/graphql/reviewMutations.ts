import { graphql } from '@web/generated';

export const openReviewCycleMutation = graphql(`
  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {
    openReviewCycle(input: $input) {
      ...ReviewCycleFields
    }
  }
`);

export const closeReviewCycleMutation = graphql(`
  mutation CloseReviewCycle($input: CloseReviewCycleInput!) {
    closeReviewCycle(input: $input) {
      ...ReviewCycleFields
    }
  }
`);

export const writeReviewMutation = graphql(`
  mutation WriteReview($input: WriteReviewInput!) {
    writeReview(input: $input) {
      ...ReviewFields
    }
  }
`);

export const shareReviewMutation = graphql(`
  mutation ShareReview($input: ReviewVersionInput!) {
    shareReview(input: $input) {
      ...ReviewFields
    }
  }
`);

export const reflectOnReviewMutation = graphql(`
  mutation ReflectOnReview($input: ReflectOnReviewInput!) {
    reflectOnReview(input: $input) {
      ...ReviewFields
    }
  }
`);

export const acknowledgeReviewMutation = graphql(`
  mutation AcknowledgeReview($input: ReviewVersionInput!) {
    acknowledgeReview(input: $input) {
      ...ReviewFields
    }
  }
`);

export const draftGoalFromReviewFocusMutation = graphql(`
  mutation DraftGoalFromReviewFocus($id: ID!) {
    draftGoalFromReviewFocus(id: $id) {
      ...ReviewFields
    }
  }
`);
