import { graphql } from '@web/generated';

export const evidenceFieldsFragment = graphql(`
  fragment EvidenceFields on Evidence {
    id
    personId
    date
    kind
    title
    link
    impact
    incidentRole
    incidentSeverity
    learningFormat
    createdByName
    allocationId
    version
    competencies {
      key
      name
      areaName
    }
    goals {
      id
      title
    }
  }
`);
