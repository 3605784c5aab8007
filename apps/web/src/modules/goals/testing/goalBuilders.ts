import type { GoalCheckInFieldsFragment, GoalFieldsFragment, GoalFormOptionsQuery } from '@web/generated/graphql';
import { buildFramework } from '@web/test/builders';

export function buildCheckIn(overrides: Partial<GoalCheckInFieldsFragment> = {}): GoalCheckInFieldsFragment {
  return {
    __typename: 'GoalCheckIn',
    id: 'c-1',
    date: '2026-11-20',
    progress: 40,
    confidence: 'ON_TRACK',
    note: 'Draft is with the reviewers.',
    authorName: 'Sam Okafor',
    ...overrides,
  };
}

export function buildGoal(overrides: Partial<GoalFieldsFragment> = {}): GoalFieldsFragment {
  return {
    __typename: 'Goal',
    id: 'g-1',
    personId: 'p-sam',
    title: 'Write the payments retry design',
    description: 'A design others can build on.',
    status: 'ACTIVE',
    version: 2,
    startDate: '2026-10-05',
    targetLevelKey: 'senior_engineer',
    targetLevelName: 'Senior Engineer',
    evidenceCount: 1,
    dueQuarter: { __typename: 'Quarter', key: 'FY2027-Q1', label: 'FY2027 Q1' },
    competencies: [{ __typename: 'CompetencyRef', key: 'code_quality', name: 'Code quality', areaName: 'Craft' }],
    milestones: [
      { __typename: 'GoalMilestone', id: 'm-1', title: 'Write the design doc', done: true },
      { __typename: 'GoalMilestone', id: 'm-2', title: 'Present it at the guild', done: false },
    ],
    health: {
      __typename: 'GoalHealth',
      state: 'ON_TRACK',
      progress: 40,
      expectedProgress: 33,
      reason: '40% done with 33% of the time gone',
      stale: false,
      daysSinceCheckIn: 11,
      lastCheckInDate: '2026-11-20',
    },
    checkIns: [buildCheckIn()],
    ...overrides,
  };
}

const competency = (key: string, name: string, retired = false) => ({
  __typename: 'FrameworkCompetency' as const,
  key,
  name,
  description: `${name}.`,
  retired,
  expectations: [],
});

/** The form's choices: Sam on the IC track, FY2026 Q4, two areas of active competencies. */
export function buildGoalFormOptions(): GoalFormOptionsQuery {
  const framework = buildFramework();
  return {
    person: { __typename: 'Person', id: 'p-sam', track: 'INDIVIDUAL_CONTRIBUTOR', levelKey: 'engineer' },
    organization: {
      __typename: 'Organization',
      id: 'org-1',
      currentQuarter: { __typename: 'FiscalQuarter', fiscalYear: 2026, quarter: 4, label: 'FY2026 Q4' },
    },
    framework: {
      ...framework,
      areas: [
        {
          __typename: 'FrameworkArea',
          key: 'craft',
          name: 'Craft',
          description: 'Code.',
          retired: false,
          competencies: [competency('code_quality', 'Code quality'), competency('pairing', 'Pair programming', true)],
        },
        {
          __typename: 'FrameworkArea',
          key: 'influence',
          name: 'Influence',
          description: 'Works others use.',
          retired: false,
          competencies: [competency('writing', 'Technical writing')],
        },
        {
          __typename: 'FrameworkArea',
          key: 'legacy',
          name: 'Legacy area',
          description: 'Gone.',
          retired: true,
          competencies: [competency('old', 'Old competency')],
        },
      ],
    },
  };
}
