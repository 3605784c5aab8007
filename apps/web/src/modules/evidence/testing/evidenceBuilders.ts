import type { EvidenceFieldsFragment, StaffingEvidenceOfferFieldsFragment } from '@web/generated/graphql';

export function buildEvidence(overrides: Partial<EvidenceFieldsFragment> = {}): EvidenceFieldsFragment {
  return {
    __typename: 'Evidence',
    id: 'e-1',
    personId: 'p-sam',
    date: '2026-11-18',
    kind: 'DESIGN',
    title: 'Payments retry design',
    link: 'https://wiki.acme.test/designs/retry',
    impact: 'Three teams build on it.',
    incidentRole: null,
    incidentSeverity: null,
    learningFormat: null,
    createdByName: 'Sam Okafor',
    allocationId: null,
    version: 1,
    competencies: [{ __typename: 'CompetencyRef', key: 'code_quality', name: 'Code quality', areaName: 'Craft' }],
    goals: [{ __typename: 'GoalRef', id: 'g-1', title: 'Write the payments retry design' }],
    ...overrides,
  };
}

export function buildStaffingOffer(
  overrides: Partial<StaffingEvidenceOfferFieldsFragment> = {},
): StaffingEvidenceOfferFieldsFragment {
  return {
    __typename: 'StaffingEvidenceOffer',
    allocationId: 'a-links',
    personId: 'p-sam',
    personName: 'Sam Okafor',
    projectId: 'pr-links',
    projectName: 'Payment links',
    role: 'Backend engineer',
    kind: 'DELIVERY',
    percent: 10,
    startDate: '2026-08-31',
    endDate: '2026-11-15',
    title: 'Worked on Payment links as Backend engineer, 10% for 11 weeks (31 Aug – 15 Nov)',
    evidenceKind: 'DELIVERY',
    competencies: [
      { __typename: 'CompetencyRef', key: 'api_contracts', name: 'API contracts', areaName: 'Robust design' },
      {
        __typename: 'CompetencyRef',
        key: 'code_and_business_logic',
        name: 'Code and business logic',
        areaName: 'Craft',
      },
    ],
    goals: [],
    ...overrides,
  };
}
