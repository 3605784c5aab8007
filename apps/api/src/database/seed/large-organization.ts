import { plannedGoals, plannedRatings } from './growth-plan';
import { addDays, mondayOf } from '@trellis/domain';
import type { StaffingPlan } from './staffing-plan';
import { newId, OrganizationPlan, PlannedPerson, PlannedTeam } from './organization-plan';

/** A small deterministic PRNG, so a benchmark's organization is the same every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Ben',
  'Chen',
  'Dara',
  'Eli',
  'Fatima',
  'Gus',
  'Hana',
  'Ivan',
  'Jun',
  'Kira',
  'Leo',
  'Mira',
  'Nico',
  'Ola',
  'Pia',
  'Quinn',
  'Rui',
  'Sia',
  'Teo',
];
const LAST = [
  'Abbott',
  'Baker',
  'Costa',
  'Diaz',
  'Evans',
  'Fox',
  'Garcia',
  'Hale',
  'Ito',
  'Jensen',
  'Khan',
  'Lopez',
  'Moreau',
  'Nair',
  'Olsen',
  'Park',
  'Quist',
  'Rossi',
  'Sato',
  'Tran',
];
const IC_LEVELS = ['Engineer', 'Engineer', 'Senior Engineer', 'Senior Engineer', 'Domain Expert', 'Architect'];

export interface LargeOrganizationOptions {
  people: number;
  name?: string;
  /** Reports per manager. */
  span?: number;
  seed?: number;
  /** Email domain for the generated accounts (one admin and the first manager). */
  domain?: string;
  password?: string;
  /** Two quarters of ratings for everyone and a goal each (for the heatmap and Home at scale). */
  growth?: boolean;
  /** A project per team with a need, three allocations and one time off per person, over a year. */
  staffing?: boolean;
}

/**
 * An organization of `people` people: a director, then layers of managers with `span` reports
 * each and a team per manager. Accounts: admin@domain and manager@domain (the first manager);
 * with `growth`, director@domain too.
 */
export function largeOrganization(options: LargeOrganizationOptions): OrganizationPlan {
  const span = options.span ?? 8;
  const random = mulberry32(options.seed ?? 42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const domain = options.domain ?? 'bench.test';
  const teams: PlannedTeam[] = [];
  const people: PlannedPerson[] = [];
  const startDate = () =>
    `${2015 + Math.floor(random() * 10)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`;

  const addPerson = (managerId: string | null, teamId: string | null, manager: boolean): PlannedPerson => {
    const n = people.length + 1;
    const p: PlannedPerson = {
      id: newId(),
      name: `${pick(FIRST)} ${pick(LAST)} ${n}`,
      title: manager ? 'Engineering Manager' : 'Software Engineer',
      track: manager ? 'management' : 'individual_contributor',
      level: manager ? 'Engineering Manager' : pick(IC_LEVELS),
      teamId,
      managerId,
      startDate: startDate(),
      weeklyCapacityHours: 40,
    };
    people.push(p);
    return p;
  };
  const addTeam = (leadId: string, parentId: string | null): PlannedTeam => {
    const t = { id: newId(), name: `Team ${teams.length + 1}`, leadId, parentId };
    teams.push(t);
    return t;
  };

  const director = addPerson(null, null, true);
  director.title = 'Director of Engineering';
  director.level = 'Director';
  const rootTeam = addTeam(director.id, null);
  director.teamId = rootTeam.id;

  // Breadth first: every manager is written before their reports.
  const queue: { managerId: string; teamId: string }[] = [{ managerId: director.id, teamId: rootTeam.id }];
  let firstManager: PlannedPerson | null = null;
  while (people.length < options.people && queue.length) {
    const { managerId, teamId } = queue.shift() as { managerId: string; teamId: string };
    for (let i = 0; i < span && people.length < options.people; i++) {
      // Keep enough managers that the tree keeps growing until everyone is placed.
      const isManager = people.length + queue.length * span < options.people && i < 2;
      const p = addPerson(managerId, teamId, isManager);
      if (isManager) {
        firstManager ??= p;
        const t = addTeam(p.id, teamId);
        p.teamId = t.id;
        queue.push({ managerId: p.id, teamId: t.id });
      }
    }
  }
  const password = options.password ?? 'trellis-bench';
  const plan: OrganizationPlan = {
    id: newId(),
    name: options.name ?? `Bench Org ${options.people}`,
    teams,
    people,
    users: [
      { email: `admin@${domain}`, role: 'admin', personId: director.id, password },
      ...(firstManager
        ? [{ email: `manager@${domain}`, role: 'manager' as const, personId: firstManager.id, password }]
        : []),
    ],
  };
  if (options.growth) {
    // The director signs in as a manager who reaches everyone (the heatmap and Home at scale).
    plan.users[0].personId = null;
    plan.users.push({ email: `director@${domain}`, role: 'manager', personId: director.id, password });
    const today = new Date().toISOString().slice(0, 10);
    plan.growth = (framework, levelKeyOf) => ({
      ...plannedRatings(framework, plan, levelKeyOf, today),
      ...plannedGoals(plan, today),
      evidence: [],
    });
  }
  if (options.staffing) {
    const today = new Date().toISOString().slice(0, 10);
    plan.staffing = () => plannedStaffing(plan, today, random);
  }
  return plan;
}

/** For the staffing benchmarks: every person delivery, support and development time, and a week off. */
export function plannedStaffing(plan: OrganizationPlan, today: string, random: () => number): StaffingPlan {
  const start = addDays(mondayOf(today), -26 * 7);
  const end = addDays(mondayOf(today), 26 * 7 - 1);
  const projects: StaffingPlan['projects'] = plan.teams.map((t) => ({
    id: newId(),
    name: `${t.name} delivery`,
    kind: 'delivery' as const,
    status: 'active' as const,
    priority: 2,
    startDate: start,
    endDate: end,
    teamId: t.id,
    description: '',
    needs: [
      {
        id: newId(),
        role: 'Engineer',
        percent: 50,
        startDate: start,
        endDate: end,
        competencies: [{ key: 'api_contracts', minLevel: 'senior_engineer' }],
      },
    ],
  }));
  const onCall = {
    id: newId(),
    name: 'On-call',
    kind: 'support' as const,
    status: 'active' as const,
    priority: 1,
    startDate: start,
    endDate: end,
    teamId: null,
    description: '',
    needs: [],
  };
  projects.push(onCall);
  const projectOfTeam = new Map(plan.teams.map((t, i) => [t.id, projects[i]]));
  const allocations: StaffingPlan['allocations'] = [];
  const timeOff: StaffingPlan['timeOff'] = [];
  for (const p of plan.people) {
    const project = projectOfTeam.get(p.teamId ?? '') ?? projects[0];
    const base = { personId: p.id, scenarioId: null, status: 'confirmed' as const, note: '', goalIds: [] };
    const offset = Math.floor(random() * 8) * 7;
    allocations.push(
      {
        ...base,
        id: newId(),
        projectId: project.id,
        needId: project.needs[0]?.id ?? null,
        kind: 'delivery',
        percent: 60,
        startDate: addDays(start, offset),
        endDate: end,
      },
      {
        ...base,
        id: newId(),
        projectId: onCall.id,
        needId: null,
        kind: 'support',
        percent: 20,
        startDate: start,
        endDate: addDays(end, -offset),
      },
      {
        ...base,
        id: newId(),
        projectId: null,
        needId: null,
        kind: 'development',
        percent: 10 + Math.floor(random() * 3) * 10,
        startDate: start,
        endDate: end,
      },
    );
    const week = addDays(mondayOf(today), Math.floor(random() * 40 - 20) * 7);
    timeOff.push({
      personId: p.id,
      startDate: week,
      endDate: addDays(week, 4),
      percent: 100,
      category: 'leave',
      note: '',
    });
  }
  return { holidayCalendars: [], workingTime: [], projects, scenarios: [], allocations, timeOff };
}
