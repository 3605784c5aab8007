import { graphql } from '@web/generated';

/** Ended work to log as evidence: one person's, or (no person) the viewer's and their reach's. */
export const staffingEvidenceOffersQuery = graphql(`
  query StaffingEvidenceOffers($personId: ID) {
    staffingEvidenceOffers(personId: $personId) {
      ...StaffingEvidenceOfferFields
    }
  }
`);
