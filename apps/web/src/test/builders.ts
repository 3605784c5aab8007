import type {
  CurrentUserFragment,
  FrameworkDetailFragment,
  FrameworkLevelFieldsFragment,
  PersonDetailFragment,
  PersonSummaryFragment,
  Role,
} from '@web/generated/graphql';

export function buildPersonSummary(overrides: Partial<PersonSummaryFragment> = {}): PersonSummaryFragment {
  return {
    __typename: 'Person',
    id: 'person-1',
    name: 'Sam Rivera',
    title: 'Software Engineer',
    level: 'Engineer',
    track: 'INDIVIDUAL_CONTRIBUTOR',
    active: true,
    team: { __typename: 'Team', id: 'team-platform', name: 'Platform' },
    manager: { __typename: 'Person', id: 'person-maya', name: 'Maya Chen' },
    ...overrides,
  };
}

export function buildPersonDetail(overrides: Partial<PersonDetailFragment> = {}): PersonDetailFragment {
  return {
    ...buildPersonSummary(),
    version: 3,
    canEdit: true,
    canSeeDetails: true,
    canSeeGrowth: true,
    canEditGrowth: true,
    startDate: '2024-03-01',
    weeklyCapacityHours: 40,
    workingDays: [1, 2, 3, 4, 5],
    directReports: [],
    ...overrides,
  };
}

export function buildCurrentUser(role: Role, overrides: Partial<CurrentUserFragment> = {}): CurrentUserFragment {
  return {
    __typename: 'User',
    id: `user-${role.toLowerCase()}`,
    email: `${role.toLowerCase()}@acme.test`,
    role,
    active: true,
    person: {
      __typename: 'Person',
      id: `person-${role.toLowerCase()}`,
      name: 'Alex Kim',
      title: 'Engineer',
      level: 'Engineer',
      track: 'INDIVIDUAL_CONTRIBUTOR',
      team: null,
      manager: null,
    },
    ...overrides,
  };
}

function level(key: string, name: string, trackKey: string, retired = false): FrameworkLevelFieldsFragment {
  return { __typename: 'FrameworkLevel', key, name, summary: `Works as a ${name}.`, retired, trackKey };
}

/** A small framework: two tracks, two areas, a retired level, area and competency. */
export function buildFramework(overrides: Partial<FrameworkDetailFragment> = {}): FrameworkDetailFragment {
  const expectations = (texts: Record<string, string>) =>
    Object.entries(texts).map(([levelKey, text]) => ({ __typename: 'LevelExpectation' as const, levelKey, text }));
  return {
    __typename: 'Framework',
    name: 'Engineer → Architect → Leader',
    description: 'How engineers grow at Acme.',
    version: 4,
    belowExpectations: { __typename: 'FrameworkRung', name: 'Below expectations', summary: 'Not yet at the level.' },
    tracks: [
      {
        __typename: 'FrameworkTrack',
        key: 'individual_contributor',
        name: 'Individual contributor',
        levels: [
          level('engineer', 'Engineer', 'individual_contributor'),
          level('senior_engineer', 'Senior Engineer', 'individual_contributor'),
          level('staff_engineer', 'Staff Engineer', 'individual_contributor', true),
        ],
      },
      {
        __typename: 'FrameworkTrack',
        key: 'management',
        name: 'Management',
        levels: [level('tech_lead', 'Tech Lead', 'management')],
      },
    ],
    areas: [
      {
        __typename: 'FrameworkArea',
        key: 'craft',
        name: 'Craft',
        description: 'Writing software that works and lasts.',
        retired: false,
        competencies: [
          {
            __typename: 'FrameworkCompetency',
            key: 'code_quality',
            name: 'Code quality',
            description: 'Clear, tested, maintainable code.',
            retired: false,
            expectations: expectations({
              engineer: 'Writes clear code with tests for the changes they make.',
              senior_engineer: 'Sets the bar for code quality in their team.',
            }),
          },
          {
            __typename: 'FrameworkCompetency',
            key: 'pairing',
            name: 'Pair programming',
            description: 'Working on code together.',
            retired: true,
            expectations: expectations({ engineer: 'Pairs when asked.' }),
          },
        ],
      },
      {
        __typename: 'FrameworkArea',
        key: 'legacy',
        name: 'Legacy area',
        description: 'No longer used.',
        retired: true,
        competencies: [],
      },
    ],
    ...overrides,
  };
}
