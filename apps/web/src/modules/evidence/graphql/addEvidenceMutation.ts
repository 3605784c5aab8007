import { graphql } from '../../../generated';

export const addEvidenceMutation = graphql(`
  mutation AddEvidence($input: CreateEvidenceInput!) {
    addEvidence(input: $input) {
      ...EvidenceFields
    }
  }
`);
