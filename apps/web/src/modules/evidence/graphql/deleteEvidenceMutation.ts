import { graphql } from '../../../generated';

export const deleteEvidenceMutation = graphql(`
  mutation DeleteEvidence($id: ID!) {
    deleteEvidence(id: $id)
  }
`);
