import type {
  BalanceFiguresFieldsFragment,
  ProjectFieldsFragment,
  ProjectNeedFieldsFragment,
  RosterEntryFieldsFragment,
  StaffingBalanceQuery,
} from '@web/generated/graphql';

export function buildRosterEntry(overrides: Partial<RosterEntryFieldsFragment> = {}): RosterEntryFieldsFragment {
  return {
    __typename: 'RosterEntry',
    allocationId: 'a-sam-refunds',
    personId: 'p-sam',
    personName: 'Sam Okafor',
    needId: null,
    kind: 'DELIVERY',
    percent: 60,
    startDate: '2026-01-05',
    endDate: '2026-06-28',
    status: 'CONFIRMED',
    ...overrides,
  };
}

export function buildNeed(overrides: Partial<ProjectNeedFieldsFragment> = {}): ProjectNeedFieldsFragment {
  return {
    __typename: 'ProjectNeed',
    id: 'n-reviewer',
    projectId: 'pr-refunds',
    role: 'API reviewer',
    percent: 20,
    openPercent: 20,
    startDate: '2026-03-02',
    endDate: '2026-06-28',
    version: 1,
    competencies: [
      {
        __typename: 'NeedCompetency',
        key: 'api_contracts',
        name: 'API contracts',
        areaName: 'Craft',
        minLevelKey: 'domain_expert',
        minLevelName: 'Domain Expert',
      },
    ],
    filledBy: [],
    ...overrides,
  };
}

export function buildProject(overrides: Partial<ProjectFieldsFragment> = {}): ProjectFieldsFragment {
  return {
    __typename: 'Project',
    id: 'pr-refunds',
    name: 'Refunds API',
    kind: 'DELIVERY',
    status: 'ACTIVE',
    priority: 1,
    startDate: '2026-01-05',
    endDate: '2026-06-28',
    teamId: 't-payments',
    teamName: 'Payments',
    description: 'A public API for partial and full refunds.',
    canEdit: true,
    version: 2,
    needs: [],
    roster: [],
    ...overrides,
  };
}

export function buildFigures(overrides: Partial<BalanceFiguresFieldsFragment> = {}): BalanceFiguresFieldsFragment {
  return {
    __typename: 'BalanceFigures',
    capacityDays: 60,
    allocatedShare: 0.9,
    tentativeShare: 0,
    deliveryShare: 0.7,
    developmentShare: 0.2,
    supportShare: 0.1,
    growthAlignedShare: null,
    developmentShortfall: 0,
    overAllocatedWeeks: 0,
    ...overrides,
  };
}

type BalancePerson = StaffingBalanceQuery['staffingBalance']['people'][number];

export function buildPersonBalance(
  id: string,
  name: string,
  figures: Partial<BalanceFiguresFieldsFragment> = {},
  drought: Omit<NonNullable<BalancePerson['drought']>, '__typename'> | null = null,
): BalancePerson {
  return {
    __typename: 'PersonBalance',
    person: { __typename: 'StaffedPerson', id, name, title: 'Engineer', teamId: 't-payments', teamName: 'Payments' },
    figures: buildFigures(figures),
    drought: drought && { __typename: 'DevelopmentDrought', ...drought },
  };
}

export function buildBalanceQuery(people: BalancePerson[]): StaffingBalanceQuery {
  return {
    organization: {
      __typename: 'Organization',
      id: 'org-acme',
      currentQuarter: { __typename: 'FiscalQuarter', fiscalYear: 2026, quarter: 4, label: 'FY2026 Q4' },
    },
    staffingBalance: {
      __typename: 'StaffingBalance',
      developmentTarget: 0.2,
      quarter: { __typename: 'Quarter', key: 'FY2026-Q4', label: 'FY2026 Q4', start: '2026-01-01', end: '2026-03-31' },
      total: buildFigures(),
      teams: [
        {
          __typename: 'TeamBalance',
          teamId: 't-payments',
          teamName: 'Payments',
          people: people.length,
          figures: buildFigures(),
        },
      ],
      people,
    },
  };
}
