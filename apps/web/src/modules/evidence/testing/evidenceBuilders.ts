import type { EvidenceFieldsFragment } from '@web/generated/graphql';

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
    version: 1,
    competencies: [{ __typename: 'CompetencyRef', key: 'code_quality', name: 'Code quality', areaName: 'Craft' }],
    goals: [{ __typename: 'GoalRef', id: 'g-1', title: 'Write the payments retry design' }],
    ...overrides,
  };
}
