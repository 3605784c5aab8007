import { graphql } from '@web/generated';

export const addEvidenceMutation = graphql(`
  mutation AddEvidence($input: CreateEvidenceInput!) {
    addEvidence(input: $input) {
      ...EvidenceFields
    }
  }
`);
