import { graphql } from '@web/generated';

export const dismissStaffingEvidenceMutation = graphql(`
  mutation DismissStaffingEvidence($allocationId: ID!) {
    dismissStaffingEvidence(allocationId: $allocationId)
  }
`);
