import { graphql } from '@web/generated';

export const acceptStaffingEvidenceMutation = graphql(`
  mutation AcceptStaffingEvidence($input: AcceptStaffingEvidenceInput!) {
    acceptStaffingEvidence(input: $input) {
      ...EvidenceFields
    }
  }
`);
