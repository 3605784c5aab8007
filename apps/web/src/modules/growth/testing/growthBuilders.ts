import type {
  CompetencyAssessmentFieldsFragment,
  PersonGrowthFieldsFragment,
  RatingRungFieldsFragment,
} from '@web/generated/graphql';
import type { AssessmentView } from '../utils/growthView';

const rung = (position: number, key: string, name: string, retired = false): RatingRungFieldsFragment => ({
  __typename: 'RatingRung',
  position,
  key,
  name,
  summary: `Works as ${name}.`,
  retired,
});

export const testScale: RatingRungFieldsFragment[] = [
  rung(0, 'below_expectations', 'Below expectations'),
  rung(1, 'engineer', 'Engineer'),
  rung(2, 'senior_engineer', 'Senior Engineer'),
  rung(3, 'staff_engineer', 'Staff Engineer', true),
  rung(4, 'architect', 'Architect'),
];

const positions: Record<string, number> = Object.fromEntries(testScale.map((r) => [r.key, r.position]));
const names: Record<string, string> = Object.fromEntries(testScale.map((r) => [r.key, r.name]));

export function buildAssessment(
  overrides: Partial<AssessmentView> & Pick<AssessmentView, 'competencyKey' | 'rating'>,
): AssessmentView {
  const source = overrides.source ?? 'SELF';
  const quarter = overrides.quarter ?? 'FY2026-Q4';
  return {
    __typename: 'Assessment',
    id: `${overrides.competencyKey}-${source}-${quarter}`,
    quarter,
    source,
    ratingName: names[overrides.rating] ?? overrides.rating,
    ratingPosition: positions[overrides.rating] ?? null,
    comment: '',
    authorName: source === 'SELF' ? 'Sam Okafor' : 'Maya Lindqvist',
    updatedAt: '2026-11-20T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function buildCompetency(
  overrides: Partial<CompetencyAssessmentFieldsFragment> & Pick<CompetencyAssessmentFieldsFragment, 'competencyKey'>,
): CompetencyAssessmentFieldsFragment {
  return {
    __typename: 'CompetencyAssessment',
    competencyName: overrides.competencyKey,
    competencyDescription: `What ${overrides.competencyKey} means.`,
    areaKey: 'craft',
    areaName: 'Craft',
    expectation: `Engineer expectation of ${overrides.competencyKey}.`,
    nextExpectation: `Senior Engineer expectation of ${overrides.competencyKey}.`,
    self: null,
    manager: null,
    previousSelf: null,
    previousManager: null,
    disagreement: false,
    gap: null,
    ...overrides,
  };
}

const quarter = (key: string, label: string, start: string, end: string) => ({
  __typename: 'Quarter' as const,
  key,
  label,
  start,
  end,
});

/** Sam, an Engineer, in FY2026 Q4: three competencies in two areas, none rated. */
export function buildPersonGrowth(overrides: Partial<PersonGrowthFieldsFragment> = {}): PersonGrowthFieldsFragment {
  const competencies = overrides.competencies ?? [
    buildCompetency({ competencyKey: 'code_quality', competencyName: 'Code quality' }),
    buildCompetency({ competencyKey: 'reading_the_source', competencyName: 'Reading the source' }),
    buildCompetency({
      competencyKey: 'incident_response',
      competencyName: 'Incident response',
      areaKey: 'problem_solving',
      areaName: 'Problem solving',
    }),
  ];
  const count = (pick: (c: CompetencyAssessmentFieldsFragment) => unknown) => competencies.filter(pick).length;
  return {
    __typename: 'PersonGrowth',
    personId: 'p-sam',
    quarter: quarter('FY2026-Q4', 'FY2026 Q4', '2026-10-01', '2026-12-31'),
    previousQuarter: quarter('FY2026-Q3', 'FY2026 Q3', '2026-07-01', '2026-09-30'),
    quarters: [
      quarter('FY2026-Q4', 'FY2026 Q4', '2026-10-01', '2026-12-31'),
      quarter('FY2026-Q3', 'FY2026 Q3', '2026-07-01', '2026-09-30'),
    ],
    level: testScale[1],
    scale: testScale,
    competencies,
    managerRatingsShared: false,
    managerRatingsVisible: false,
    canSelfAssess: true,
    canManagerAssess: false,
    writable: true,
    selfCount: count((c) => c.self),
    managerCount: count((c) => c.manager),
    disagreementCount: count((c) => c.disagreement),
    readiness: null,
    readinessThrough: null,
    ...overrides,
  };
}
