import { graphql } from '@web/generated';

export const deleteEvidenceMutation = graphql(`
  mutation DeleteEvidence($id: ID!) {
    deleteEvidence(id: $id)
  }
`);
