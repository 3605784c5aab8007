import type { CurrentUserFragment, PersonDetailFragment, PersonSummaryFragment, Role } from '../generated/graphql';

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
    startDate: '2024-03-01',
    weeklyCapacityHours: 40,
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
