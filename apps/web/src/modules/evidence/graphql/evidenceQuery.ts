import { graphql } from '@web/generated';

export const evidenceQuery = graphql(`
  query Evidence($personId: ID!, $competencyKey: String) {
    evidence(personId: $personId, competencyKey: $competencyKey) {
      ...EvidenceFields
    }
  }
`);
