import { addDays, mondayOf } from '@trellis/domain';
import type { GrowthPlan } from './growth-plan';
import { newId, OrganizationPlan } from './organization-plan';

type Kind = 'delivery' | 'development' | 'support';

/** Staffing records of a planned organization, as plain rows ready to insert. */
export interface StaffingPlan {
  holidayCalendars: { id: string; name: string; holidays: { date: string; name: string }[] }[];
  /** People whose working time differs from the default (Monday to Friday, no calendar). */
  workingTime: { personId: string; workingDays: number[]; holidayCalendarId: string | null }[];
  projects: {
    id: string;
    name: string;
    kind: Kind;
    status: 'proposed' | 'active' | 'done' | 'cancelled';
    priority: number;
    startDate: string;
    endDate: string;
    teamId: string | null;
    description: string;
    needs: {
      id: string;
      role: string;
      percent: number;
      startDate: string;
      endDate: string;
      competencies: { key: string; minLevel: string }[];
    }[];
  }[];
  /** Drafts over the plan, each by the account of `authorPersonId` (a manager). */
  scenarios: { id: string; name: string; authorPersonId: string | null }[];
  allocations: {
    id: string;
    personId: string;
    projectId: string | null;
    needId: string | null;
    scenarioId: string | null;
    kind: Kind;
    percent: number;
    startDate: string;
    endDate: string;
    status: 'tentative' | 'confirmed';
    note: string;
    goalIds: string[];
    /** A scenario's change: the plan allocation it replaces, at the version it saw. */
    replaces?: { id: string; version: number };
    /** Ended work whose offer of evidence was dismissed. */
    evidenceDismissed?: boolean;
  }[];
  timeOff: {
    personId: string;
    startDate: string;
    endDate: string;
    percent: number;
    category: 'leave' | 'other';
    note: string;
  }[];
}

/** Fixed public holidays of one office, for the years around `today`. */
function officeHolidays(today: string): { date: string; name: string }[] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1].flatMap((y) => [
    { date: `${y}-01-01`, name: 'New Year’s Day' },
    { date: `${y}-05-01`, name: 'Labour Day' },
    { date: `${y}-10-03`, name: 'Day of German Unity' },
    { date: `${y}-12-25`, name: 'Christmas Day' },
    { date: `${y}-12-26`, name: 'Boxing Day' },
  ]);
}

/**
 * Acme's plan over the last quarter and the next two: every kind of project, needs filled and
 * open, one person over-allocated this week and next (Luis), people with no development time (Jonas, Noah), a
 * stretch assignment (Sam on the refunds API, toward his goal), time off and a four-day week, and
 * ended work offered as evidence (Sam on payment links; Amara dismissed hers).
 */
export function demoStaffing(plan: OrganizationPlan, goals: GrowthPlan['goals'], today: string): StaffingPlan {
  const person = (name: string) => {
    const p = plan.people.find((x) => x.name.startsWith(name));
    if (!p) throw new Error(`The demo has no ${name}`);
    return p.id;
  };
  const team = (name: string) => plan.teams.find((t) => t.name === name)?.id ?? null;
  const monday = mondayOf(today);
  const week = (n: number) => addDays(monday, n * 7);
  const friday = (n: number) => addDays(monday, n * 7 + 4);
  const sunday = (n: number) => addDays(monday, n * 7 + 6);

  const projects: StaffingPlan['projects'] = [];
  const project = (p: Omit<StaffingPlan['projects'][number], 'id' | 'needs'>) => {
    const created: StaffingPlan['projects'][number] = { id: newId(), needs: [], ...p };
    projects.push(created);
    return created;
  };
  const need = (
    p: StaffingPlan['projects'][number],
    n: Omit<StaffingPlan['projects'][number]['needs'][number], 'id'>,
  ) => {
    const created = { id: newId(), ...n };
    p.needs.push(created);
    return created.id;
  };
  const allocations: StaffingPlan['allocations'] = [];
  const allocate = (
    who: string,
    p: StaffingPlan['projects'][number] | null,
    percent: number,
    from: number,
    to: number,
    extra: Partial<StaffingPlan['allocations'][number]> = {},
  ) => {
    const id = newId();
    allocations.push({
      id,
      personId: person(who),
      projectId: p?.id ?? null,
      needId: null,
      scenarioId: null,
      kind: p?.kind ?? 'development',
      percent,
      startDate: week(from),
      endDate: sunday(to),
      status: 'confirmed',
      note: '',
      goalIds: [],
      ...extra,
    });
    return allocations[allocations.length - 1];
  };

  const refunds = project({
    name: 'Refunds API',
    kind: 'delivery',
    status: 'active',
    priority: 1,
    startDate: week(-10),
    endDate: sunday(12),
    teamId: team('Payments'),
    description: 'A public API for partial and full refunds, replacing the manual back-office flow.',
  });
  const backend = need(refunds, {
    role: 'API designer',
    percent: 60,
    startDate: week(-10),
    endDate: sunday(12),
    competencies: [
      { key: 'api_contracts', minLevel: 'engineer' },
      { key: 'trade_off_analysis', minLevel: 'engineer' },
    ],
  });
  const reviewer = need(refunds, {
    role: 'API reviewer',
    percent: 20,
    startDate: week(0),
    endDate: sunday(12),
    competencies: [{ key: 'api_contracts', minLevel: 'domain_expert' }],
  });
  const checkout = project({
    name: 'Checkout reliability',
    kind: 'delivery',
    status: 'active',
    priority: 2,
    startDate: week(-13),
    endDate: sunday(26),
    teamId: team('Payments'),
    description: 'Fewer failed checkouts: retries, idempotency keys and better alerts.',
  });
  const paymentsOnCall = project({
    name: 'Payments on-call',
    kind: 'support',
    status: 'active',
    priority: 1,
    startDate: week(-13),
    endDate: sunday(26),
    teamId: team('Payments'),
    description: 'The Payments rotation: incidents, alerts and the weekly review.',
  });
  const ledger = project({
    name: 'Ledger migration',
    kind: 'delivery',
    status: 'proposed',
    priority: 2,
    startDate: week(4),
    endDate: sunday(20),
    teamId: team('Payments'),
    description: 'Move the ledger to the new event store without downtime.',
  });
  need(ledger, {
    role: 'Migration engineer',
    percent: 50,
    startDate: week(4),
    endDate: sunday(20),
    competencies: [
      { key: 'scalability_operability', minLevel: 'senior_engineer' },
      { key: 'code_and_business_logic', minLevel: 'engineer' },
    ],
  });
  const fraud = project({
    name: 'Fraud rules',
    kind: 'delivery',
    status: 'active',
    priority: 1,
    startDate: week(-2),
    endDate: sunday(5),
    teamId: team('Payments'),
    description: 'New fraud rules before the holiday peak.',
  });
  // Open, and what Amara's goal grows: a stretch for her, off the checkout work she does now.
  need(fraud, {
    role: 'Rules engineer',
    percent: 20,
    startDate: week(0),
    endDate: sunday(5),
    competencies: [
      { key: 'code_and_business_logic', minLevel: 'engineer' },
      { key: 'defensive_code', minLevel: 'engineer' },
    ],
  });
  const kubernetes = project({
    name: 'Kubernetes upgrade',
    kind: 'delivery',
    status: 'active',
    priority: 2,
    startDate: week(-8),
    endDate: sunday(10),
    teamId: team('Platform'),
    description: 'Every cluster on the supported version, with the new ingress.',
  });
  const platformOnCall = project({
    name: 'Platform on-call',
    kind: 'support',
    status: 'active',
    priority: 1,
    startDate: week(-13),
    endDate: sunday(26),
    teamId: team('Platform'),
    description: 'The Platform rotation.',
  });
  const guild = project({
    name: 'Architecture guild',
    kind: 'development',
    status: 'active',
    priority: 3,
    startDate: week(-13),
    endDate: sunday(26),
    teamId: team('Engineering'),
    description: 'Fortnightly design reviews and a reading group on distributed systems.',
  });
  const warehouse = project({
    name: 'Data warehouse v2',
    kind: 'delivery',
    status: 'active',
    priority: 2,
    startDate: week(-12),
    endDate: sunday(14),
    teamId: team('Data'),
    description: 'The new warehouse and its first three marts.',
  });
  project({
    name: 'Legacy reports sunset',
    kind: 'delivery',
    status: 'done',
    priority: 3,
    startDate: week(-26),
    endDate: sunday(-14),
    teamId: team('Data'),
    description: 'Old reports retired after the warehouse went live.',
  });
  // Ended work that exercised competencies: Trellis offers it to Sam and Maya as evidence.
  const paymentLinks = project({
    name: 'Payment links',
    kind: 'delivery',
    status: 'done',
    priority: 2,
    startDate: week(-13),
    endDate: sunday(-3),
    teamId: team('Payments'),
    description: 'Shareable links that take a payment without a checkout page.',
  });
  const linksBackend = need(paymentLinks, {
    role: 'Backend engineer',
    percent: 20,
    startDate: week(-13),
    endDate: sunday(-3),
    competencies: [
      { key: 'api_contracts', minLevel: 'engineer' },
      { key: 'code_and_business_logic', minLevel: 'engineer' },
    ],
  });

  const samGoal = goals.find((g) => g.personId === person('Sam') && g.status !== 'done' && g.status !== 'dropped');
  // Payments
  allocate('Sam', refunds, 60, -10, 12, { needId: backend, goalIds: samGoal ? [samGoal.id] : [] });
  allocate('Sam', checkout, 20, -13, 26);
  allocate('Sam', guild, 10, -13, 26);
  allocate('Priya', checkout, 60, -13, 26);
  allocate('Priya', paymentsOnCall, 20, -13, 26);
  allocate('Priya', null, 20, -13, 26, { note: 'Course: distributed systems' });
  allocate('Jonas', checkout, 50, -13, 26);
  allocate('Jonas', paymentsOnCall, 20, -13, 26);
  allocate('Jonas', fraud, 30, -2, 5);
  allocate('Amara', checkout, 60, -13, 26);
  allocate('Amara', null, 20, -13, 26, { note: 'Pairing sessions with Jonas' });
  // Luis moves from checkout to fraud rules, but the two overlap for two weeks: 130%.
  const luisOnCheckout = allocate('Luis', checkout, 70, -13, 1);
  allocate('Luis', paymentsOnCall, 20, -13, 26);
  allocate('Luis', fraud, 40, 0, 5);
  allocate('Amara', ledger, 30, 4, 20, { status: 'tentative' });
  allocate('Sam', paymentLinks, 10, -13, -3, { needId: linksBackend });
  allocate('Amara', paymentLinks, 10, -13, -6, { needId: linksBackend, evidenceDismissed: true });
  // Platform
  allocate('Hannah', kubernetes, 40, -8, 10);
  allocate('Hannah', guild, 20, -13, 26);
  allocate('Tomasz', kubernetes, 70, -8, 10);
  allocate('Tomasz', platformOnCall, 20, -13, 26);
  allocate('Grace', kubernetes, 60, -8, 10);
  allocate('Grace', platformOnCall, 20, -13, 26);
  allocate('Grace', null, 20, -13, 26, { note: 'Kubernetes certification' });
  allocate('Ravi', kubernetes, 50, -8, 10);
  allocate('Ravi', guild, 10, -13, 26);
  allocate('Elena', kubernetes, 60, -8, 10);
  allocate('Elena', platformOnCall, 20, -13, 26);
  // Data
  allocate('Kofi', warehouse, 80, -12, 14);
  allocate('Kofi', null, 20, -12, 14, { note: 'dbt training' });
  allocate('Mei', warehouse, 50, -12, 14);
  allocate('Mei', guild, 20, -13, 26);
  allocate('Noah', warehouse, 90, -12, 14);
  allocate('Isabel', warehouse, 70, -12, 14);
  allocate('Isabel', null, 20, -12, 14, { note: 'SQL performance course' });

  const scenario = { id: newId(), name: 'Grace helps Payments with the ledger', authorPersonId: person('Omar') };
  allocations.push({
    id: newId(),
    personId: person('Grace'),
    projectId: ledger.id,
    needId: ledger.needs[0].id,
    scenarioId: scenario.id,
    kind: 'delivery',
    percent: 50,
    startDate: week(11),
    endDate: sunday(20),
    status: 'confirmed',
    note: 'After the Kubernetes upgrade',
    goalIds: [],
  });

  // Maya's draft: Luis hands checkout over before fraud rules start (no more 130% weeks), and
  // reviews the refunds API with the time that frees.
  const luisScenario = { id: newId(), name: 'Luis finishes checkout first', authorPersonId: person('Maya') };
  allocations.push(
    {
      ...luisOnCheckout,
      id: newId(),
      scenarioId: luisScenario.id,
      endDate: sunday(-1),
      note: 'Hands checkout over before fraud rules start',
      replaces: { id: luisOnCheckout.id, version: 1 },
    },
    {
      id: newId(),
      personId: person('Luis'),
      projectId: refunds.id,
      needId: reviewer,
      scenarioId: luisScenario.id,
      kind: 'delivery',
      percent: 20,
      startDate: week(0),
      endDate: sunday(12),
      status: 'confirmed',
      note: '',
      goalIds: [],
    },
  );

  const berlin = { id: newId(), name: 'Berlin office', holidays: officeHolidays(today) };
  return {
    holidayCalendars: [berlin],
    workingTime: [
      { personId: person('Isabel'), workingDays: [1, 2, 3, 4], holidayCalendarId: berlin.id },
      ...['Lena', 'Kofi', 'Mei', 'Noah'].map((n) => ({
        personId: person(n),
        workingDays: [1, 2, 3, 4, 5],
        holidayCalendarId: berlin.id,
      })),
    ],
    projects,
    scenarios: [scenario, luisScenario],
    allocations,
    timeOff: [
      {
        personId: person('Priya'),
        startDate: week(2),
        endDate: friday(3),
        percent: 100,
        category: 'leave',
        note: 'Family visit',
      },
      {
        personId: person('Sam'),
        startDate: addDays(week(1), 4),
        endDate: addDays(week(1), 4),
        percent: 100,
        category: 'leave',
        note: '',
      },
      {
        personId: person('Amara'),
        startDate: addDays(week(0), 2),
        endDate: addDays(week(0), 2),
        percent: 50,
        category: 'other',
        note: 'Dentist',
      },
      {
        personId: person('Tomasz'),
        startDate: week(-4),
        endDate: friday(-3),
        percent: 100,
        category: 'leave',
        note: '',
      },
    ],
  };
}
