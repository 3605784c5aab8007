import { graphql } from '@web/generated';

export const staffingEvidenceOfferFieldsFragment = graphql(`
  fragment StaffingEvidenceOfferFields on StaffingEvidenceOffer {
    allocationId
    personId
    personName
    projectId
    projectName
    role
    kind
    percent
    startDate
    endDate
    title
    evidenceKind
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
