import { graphql } from '@web/generated';

export const updateEvidenceMutation = graphql(`
  mutation UpdateEvidence($id: ID!, $input: UpdateEvidenceInput!) {
    updateEvidence(id: $id, input: $input) {
      ...EvidenceFields
    }
  }
`);
