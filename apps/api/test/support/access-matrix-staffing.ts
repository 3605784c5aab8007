import { addDays, mondayOf } from '@trellis/domain';
import {
  AccessRow,
  accountOf,
  Check,
  field,
  homeOf,
  MatrixContext,
  PAYMENTS,
  PLATFORM,
  sorted,
} from './access-matrix-kit';

/*
 * Staffing: projects, their needs and rosters are everyone's to read; a person's plan (timeline,
 * balance, time off) is the person's, their manager chain's and the admins'. Managers shape
 * projects and plan the time of the people they reach; admins plan anyone's.
 */

const TODAY = new Date().toISOString().slice(0, 10);
const FROM = mondayOf(TODAY);
const SAM = (ctx: MatrixContext) => ctx.org.personId('Sam');

async function one<T>(ctx: MatrixContext, sql: string, params: unknown[]): Promise<T> {
  const rows: T[] = await ctx.db.query(sql, params);
  if (!rows[0]) throw new Error(`No fixture row for: ${sql}`);
  return rows[0];
}

const projectNamed = (ctx: MatrixContext, name: string) =>
  one<{ id: string; version: number }>(ctx, `SELECT id, version FROM projects WHERE org_id = $1 AND name = $2`, [
    ctx.org.plan.id,
    name,
  ]);
const needOf = (ctx: MatrixContext, role: string) =>
  one<{ id: string; version: number }>(
    ctx,
    `SELECT n.id, n.version FROM project_needs n WHERE n.org_id = $1 AND n.role = $2`,
    [ctx.org.plan.id, role],
  );
const samsRefunds = (ctx: MatrixContext) =>
  one<{ id: string; version: number }>(
    ctx,
    `SELECT a.id, a.version FROM allocations a JOIN projects p ON p.id = a.project_id
     WHERE a.person_id = $1 AND p.name = 'Refunds API' AND a.scenario_id IS NULL`,
    [SAM(ctx)],
  );
const samsTimeOff = (ctx: MatrixContext) =>
  one<{ id: string; version: number }>(ctx, `SELECT id, version FROM time_off WHERE person_id = $1 LIMIT 1`, [
    SAM(ctx),
  ]);

/** Maya's demo draft: Luis hands checkout over first, and its draft of his checkout work. */
const mayasScenario = (ctx: MatrixContext) =>
  one<{ id: string; version: number }>(ctx, `SELECT id, version FROM scenarios WHERE org_id = $1 AND name = $2`, [
    ctx.org.plan.id,
    'Luis finishes checkout first',
  ]);
const luisCheckoutDraft = (ctx: MatrixContext) =>
  one<{ id: string; scenarioId: string }>(
    ctx,
    `SELECT a.id, a.scenario_id AS "scenarioId" FROM allocations a JOIN scenarios s ON s.id = a.scenario_id
     WHERE s.org_id = $1 AND s.name = 'Luis finishes checkout first' AND a.replaces_id IS NOT NULL`,
    [ctx.org.plan.id],
  );

const SIGNED_IN_ONLY = { anonymous: 'UNAUTHENTICATED' } as const;
/** A scenario is its author's (Maya's here) and the admins': not a member's, not a peer manager's. */
const MAYAS_SCENARIO = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  peerManager: 'FORBIDDEN',
  otherOrg: 'NOT_FOUND',
} as const;
const PLANNERS = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  peerManager: 'FORBIDDEN',
  otherOrg: 'NOT_FOUND',
} as const;

/** Whose rows each account's timeline holds: their own, and the people they reach. */
const TIMELINE_OF: Record<string, string[] | 'everyone'> = {
  sam: ['Sam'],
  priya: ['Priya'],
  maya: PAYMENTS,
  omar: PLATFORM,
  admin: 'everyone',
};

const timelineRows: Check = (data, ctx) => {
  const rows = field<{ rows: { person: { id: string } }[] }>(data, 'staffingTimeline').rows;
  const home = homeOf(ctx);
  const visible = TIMELINE_OF[accountOf(ctx)];
  const expected = visible === 'everyone' ? home.plan.people.map((p) => p.id) : visible.map((n) => home.personId(n));
  expect(sorted(rows.map((r) => r.person.id))).toEqual(sorted(expected));
};

const balancePeople: Check = (data, ctx) => {
  const people = field<{ people: { person: { id: string } }[] }>(data, 'staffingBalance').people;
  const home = homeOf(ctx);
  const visible = TIMELINE_OF[accountOf(ctx)];
  const expected = visible === 'everyone' ? home.plan.people.map((p) => p.id) : visible.map((n) => home.personId(n));
  expect(sorted(people.map((p) => p.person.id))).toEqual(sorted(expected));
};

/** Everyone reads every project of their own organization, with its roster. */
const allProjects: Check = (data, ctx) => {
  const projects = field<{ name: string; roster: unknown[] }[]>(data, 'projects');
  expect(projects.map((p) => p.name)).toContain('Refunds API');
  expect(projects).toHaveLength(11);
  expect(projects.find((p) => p.name === 'Checkout reliability')?.roster.length).toBeGreaterThan(0);
  expect(homeOf(ctx)).toBeDefined();
};

const refundsProject: Check = (data) => {
  const p = field<{ name: string; needs: { role: string; openPercent: number }[] }>(data, 'project');
  expect(p.name).toBe('Refunds API');
  expect(p.needs.map((n) => [n.role, n.openPercent])).toEqual([
    ['API designer', 0],
    ['API reviewer', 20],
  ]);
};

const projectCreated: Check = async (data, ctx) => {
  const p = field<{ id: string; name: string }>(data, 'createProject');
  expect(p.name).toBe('Mobile wallet');
  const [row] = await ctx.db.query(`SELECT org_id AS "orgId" FROM projects WHERE id = $1`, [p.id]);
  expect(row.orgId).toBe(homeOf(ctx).plan.id);
};

const projectRenamed: Check = (data) =>
  expect(field<{ name: string }>(data, 'updateProject').name).toBe('Refunds API v1');
const needAdded: Check = (data) =>
  expect(field<{ needs: { role: string }[] }>(data, 'addProjectNeed').needs.map((n) => n.role)).toContain(
    'Tech writer',
  );
const needChanged: Check = (data) =>
  expect(field<{ needs: { role: string; percent: number }[] }>(data, 'updateProjectNeed').needs).toContainEqual(
    expect.objectContaining({ role: 'API reviewer', percent: 30 }),
  );
const needRemoved: Check = (data) =>
  expect(field<{ needs: { role: string }[] }>(data, 'removeProjectNeed').needs.map((n) => n.role)).toEqual([
    'API designer',
  ]);

const allocated: Check = async (data, ctx) => {
  const r = field<{ allocation: { id: string; personId: string; percent: number; kind: string } }>(
    data,
    'createAllocation',
  );
  expect(r.allocation).toMatchObject({ personId: SAM(ctx), percent: 10, kind: 'SUPPORT' });
};
const reallocated: Check = (data) =>
  expect(field<{ allocation: { percent: number } }>(data, 'updateAllocation').allocation.percent).toBe(50);
const deallocated: Check = async (data, ctx) => {
  const id = field<string>(data, 'deleteAllocation');
  expect(await ctx.db.query(`SELECT 1 FROM allocations WHERE id = $1`, [id])).toEqual([]);
};

const timeOffAdded: Check = (data) =>
  expect(field<{ percent: number; category: string }>(data, 'addTimeOff')).toMatchObject({
    percent: 100,
    category: 'LEAVE',
  });
const timeOffMoved: Check = (data) =>
  expect(field<{ endDate: string }>(data, 'updateTimeOff').endDate).toBe(addDays(FROM, 60));
const timeOffDeleted: Check = async (data, ctx) => {
  const id = field<string>(data, 'deleteTimeOff');
  expect(await ctx.db.query(`SELECT 1 FROM time_off WHERE id = $1`, [id])).toEqual([]);
};

/** A manager's suggestions come from the people they reach, each explained. */
const suggestionsFromReach: Check = (data, ctx) => {
  const result = field<{ role: string; suggestions: { person: { id: string }; explanation: string }[] }>(
    data,
    'needSuggestions',
  );
  expect(result.role).toBe('Migration engineer');
  const reach = (accountOf(ctx) === 'maya' ? PAYMENTS : PLATFORM)
    .filter((name) => name !== 'Maya' && name !== 'Omar')
    .map((name) => ctx.org.personId(name));
  expect(result.suggestions.length).toBeGreaterThan(0);
  for (const s of result.suggestions) {
    expect(reach).toContain(s.person.id);
    expect(s.explanation).toMatch(/ has .*free/);
  }
};

/** Coverage counts only the people a manager reaches, and never more than one holder of a thin skill. */
const coverageOfReach: Check = (data, ctx) => {
  const result = field<{ thin: { holders: { id: string }[] }[]; risks: { restsOn: { id: string } | null }[] }>(
    data,
    'skillCoverage',
  );
  const reach = (accountOf(ctx) === 'maya' ? PAYMENTS : PLATFORM).map((name) => ctx.org.personId(name));
  for (const c of result.thin) {
    expect(c.holders.length).toBeLessThanOrEqual(1);
    for (const h of c.holders) expect(reach).toContain(h.id);
  }
  for (const r of result.risks) if (r.restsOn) expect(reach).toContain(r.restsOn.id);
};

const berlinCalendar: Check = (data) => {
  const calendars = field<{ name: string; holidayCount: number }[]>(data, 'holidayCalendars');
  expect(calendars.map((c) => c.name)).toEqual(['Berlin office']);
  expect(calendars[0].holidayCount).toBeGreaterThan(0);
};
const samOnBerlin: Check = async (data, ctx) => {
  const person = field<{ id: string; holidayCalendarName: string | null }>(data, 'assignHolidayCalendar');
  expect(person).toMatchObject({ id: SAM(ctx), holidayCalendarName: 'Berlin office' });
};

/** Whose scenarios each account lists: a manager their own, an admin every one of their organization. */
const SCENARIOS_OF: Record<string, string[]> = {
  maya: ['Luis finishes checkout first'],
  omar: ['Grace helps Payments with the ledger'],
  admin: ['Grace helps Payments with the ledger', 'Luis finishes checkout first'],
};
const ownScenarios: Check = (data, ctx) => {
  const names = field<{ name: string }[]>(data, 'scenarios').map((x) => x.name);
  expect(names.sort()).toEqual(SCENARIOS_OF[accountOf(ctx)]);
};
const luisScenario: Check = (data) =>
  expect(field<{ name: string; added: number; changed: number }>(data, 'scenario')).toEqual({
    name: 'Luis finishes checkout first',
    added: 1,
    changed: 1,
  });
/** Luis is over 100% today and not in the draft; the review need is filled in it. */
const luisCompared: Check = (data) => {
  const c = field<{
    plan: { overAllocated: { person: { name: string } }[] };
    withScenario: { overAllocated: { person: { name: string } }[]; unfilledNeeds: { role: string }[] };
  }>(data, 'scenarioComparison');
  expect(c.plan.overAllocated.map((o) => o.person.name)).toContain('Luis Ortega');
  expect(c.withScenario.overAllocated.map((o) => o.person.name)).not.toContain('Luis Ortega');
  expect(c.withScenario.unfilledNeeds.map((n) => n.role)).not.toContain('API reviewer');
};
const luisInScenario: Check = (data, ctx) => {
  const rows = field<{ rows: { person: { id: string }; allocations: { scenarioChange: string | null }[] }[] }>(
    data,
    'staffingTimeline',
  ).rows;
  const luis = rows.find((r) => r.person.id === ctx.org.personId('Luis'));
  // His checkout work ends before these weeks in the draft (so the plan's is hidden); the review is added.
  expect(luis?.allocations.map((a) => a.scenarioChange).sort()).toEqual(['ADDED', null, null]);
};
const balanceInScenario: Check = (data) =>
  expect(field<{ people: unknown[] }>(data, 'staffingBalance').people.length).toBeGreaterThan(0);
const scenarioCreated: Check = async (data, ctx) => {
  const created = field<{ id: string; status: string }>(data, 'createScenario');
  expect(created.status).toBe('DRAFT');
  const [row] = await ctx.db.query(`SELECT org_id AS "orgId" FROM scenarios WHERE id = $1`, [created.id]);
  expect(row.orgId).toBe(homeOf(ctx).plan.id);
};
const scenarioRenamed: Check = (data) =>
  expect(field<{ name: string }>(data, 'renameScenario').name).toBe('Luis first, then fraud');
const scenarioDiscarded: Check = (data) =>
  expect(field<{ status: string }>(data, 'discardScenario').status).toBe('DISCARDED');
const scenarioApplied: Check = async (data, ctx) => {
  expect(field<{ status: string }>(data, 'applyScenario').status).toBe('APPLIED');
  const rows = await ctx.db.query(
    `SELECT a.percent FROM allocations a JOIN projects p ON p.id = a.project_id
     WHERE a.person_id = $1 AND p.name = 'Refunds API' AND a.scenario_id IS NULL`,
    [ctx.org.personId('Luis')],
  );
  expect(rows).toEqual([{ percent: 20 }]);
};
const drafted =
  (mutation: string, percent: number, change: string): Check =>
  async (data, ctx) => {
    const a = field<{ allocation: { percent: number; scenarioChange: string } }>(data, mutation).allocation;
    expect(a).toEqual({ percent, scenarioChange: change });
    // The plan of record is untouched.
    expect((await samsRefunds(ctx)).version).toBe(1);
  };
const tombstoned: Check = async (data, ctx) => {
  const id = field<string>(data, 'removeScenarioAllocation');
  const [row] = await ctx.db.query(`SELECT removed, scenario_id IS NOT NULL AS draft FROM allocations WHERE id = $1`, [
    id,
  ]);
  expect(row).toEqual({ removed: true, draft: true });
  expect((await samsRefunds(ctx)).version).toBe(1);
};
const restored: Check = async (data, ctx) => {
  const planId = field<string>(data, 'restoreScenarioAllocation');
  const rows = await ctx.db.query(`SELECT 1 FROM allocations WHERE replaces_id = $1`, [planId]);
  expect(rows).toEqual([]);
};

const PROJECT_FIELDS = `id name version needs { id role percent openPercent } roster { personId percent }`;

export const STAFFING_ROWS: AccessRow[] = [
  {
    operation: 'projects',
    title: 'every project, with its roster (member: Sam)',
    member: 'sam',
    document: `query { projects { name roster { personId percent } } }`,
    expect: {
      ...SIGNED_IN_ONLY,
      member: allProjects,
      manager: allProjects,
      peerManager: allProjects,
      admin: allProjects,
      otherOrg: allProjects,
    },
  },
  {
    operation: 'project',
    title: 'the Refunds API project with its needs (member: Priya)',
    member: 'priya',
    document: `query P($id: ID!) { project(id: $id) { name needs { role openPercent } } }`,
    variables: async (ctx) => ({ id: (await projectNamed(ctx, 'Refunds API')).id }),
    expect: {
      ...SIGNED_IN_ONLY,
      member: refundsProject,
      manager: refundsProject,
      peerManager: refundsProject,
      admin: refundsProject,
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'staffingTimeline',
    title: 'the timeline the viewer may see (member: Sam)',
    member: 'sam',
    document: `query T($from: LocalDate!) { staffingTimeline(from: $from, weeks: 4) { rows { person { id } } } }`,
    variables: () => ({ from: FROM }),
    expect: {
      ...SIGNED_IN_ONLY,
      member: timelineRows,
      manager: timelineRows,
      peerManager: timelineRows,
      admin: timelineRows,
      otherOrg: timelineRows,
    },
  },
  {
    operation: 'staffingTimeline',
    title: "Sam's own timeline (member: Priya, a peer)",
    member: 'priya',
    document: `query T($from: LocalDate!, $personId: ID) {
      staffingTimeline(from: $from, weeks: 4, personId: $personId) { rows { person { id } } } }`,
    variables: (ctx) => ({ from: FROM, personId: SAM(ctx) }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'ok',
      peerManager: 'FORBIDDEN',
      admin: 'ok',
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'staffingBalance',
    title: 'the quarter’s balance of the people the viewer may see (member: Priya)',
    member: 'priya',
    document: `query { staffingBalance { people { person { id } } } }`,
    expect: {
      ...SIGNED_IN_ONLY,
      member: balancePeople,
      manager: balancePeople,
      peerManager: balancePeople,
      admin: balancePeople,
      otherOrg: balancePeople,
    },
  },
  {
    operation: 'needSuggestions',
    title: 'who could fill the ledger migration need (member: Sam)',
    member: 'sam',
    document: `query S($needId: ID!) { needSuggestions(needId: $needId) {
      role suggestions { person { id } explanation stretchGoal { title } } } }`,
    variables: async (ctx) => ({ needId: (await needOf(ctx, 'Migration engineer')).id }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: suggestionsFromReach,
      peerManager: suggestionsFromReach,
      admin: 'FORBIDDEN',
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'skillCoverage',
    title: 'competencies resting on one person, and projects with a bus factor of one (member: Sam)',
    member: 'sam',
    document: `query { skillCoverage { thin { name holders { id } projects { name } } risks { projectName name restsOn { id } } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: coverageOfReach,
      peerManager: coverageOfReach,
      admin: 'FORBIDDEN',
      otherOrg: 'FORBIDDEN',
    },
  },
  {
    operation: 'holidayCalendars',
    title: 'the holiday calendars (member: Sam)',
    member: 'sam',
    document: `query { holidayCalendars { name holidayCount peopleCount } }`,
    expect: {
      ...SIGNED_IN_ONLY,
      member: berlinCalendar,
      manager: berlinCalendar,
      peerManager: berlinCalendar,
      admin: berlinCalendar,
      otherOrg: berlinCalendar,
    },
  },
  {
    operation: 'assignHolidayCalendar',
    title: 'Sam on the Berlin office calendar (member: Sam himself)',
    member: 'sam',
    document: `mutation A($personId: ID!, $calendarId: ID) {
      assignHolidayCalendar(personId: $personId, calendarId: $calendarId) { id holidayCalendarName } }`,
    variables: async (ctx) => ({
      personId: SAM(ctx),
      calendarId: (
        await one<{ id: string }>(ctx, `SELECT id FROM holiday_calendars WHERE org_id = $1`, [ctx.org.plan.id])
      ).id,
    }),
    expect: { ...PLANNERS, manager: samOnBerlin, admin: samOnBerlin },
  },
  {
    operation: 'createProject',
    title: 'a new project (member: Sam)',
    member: 'sam',
    document: `mutation C($input: CreateProjectInput!) { createProject(input: $input) { id name } }`,
    variables: () => ({
      input: { name: 'Mobile wallet', kind: 'DELIVERY', startDate: FROM, endDate: addDays(FROM, 90) },
    }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: projectCreated,
      peerManager: projectCreated,
      admin: projectCreated,
      otherOrg: projectCreated,
    },
  },
  {
    operation: 'updateProject',
    title: 'renaming the Refunds API (member: Sam)',
    member: 'sam',
    document: `mutation U($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ${PROJECT_FIELDS} } }`,
    variables: async (ctx) => {
      const p = await projectNamed(ctx, 'Refunds API');
      return { id: p.id, input: { version: p.version, name: 'Refunds API v1' } };
    },
    expect: { ...PLANNERS, manager: projectRenamed, peerManager: projectRenamed, admin: projectRenamed },
  },
  {
    operation: 'addProjectNeed',
    title: 'a need on the Refunds API (member: Sam)',
    member: 'sam',
    document: `mutation A($projectId: ID!, $input: ProjectNeedInput!) {
      addProjectNeed(projectId: $projectId, input: $input) { ${PROJECT_FIELDS} } }`,
    variables: async (ctx) => ({
      projectId: (await projectNamed(ctx, 'Refunds API')).id,
      input: {
        role: 'Tech writer',
        percent: 20,
        startDate: addDays(FROM, 7),
        endDate: addDays(FROM, 35),
        competencies: [{ competencyKey: 'writing_and_talks', minLevelKey: 'engineer' }],
      },
    }),
    expect: { ...PLANNERS, manager: needAdded, peerManager: needAdded, admin: needAdded },
  },
  {
    operation: 'updateProjectNeed',
    title: 'the API reviewer need at 30% (member: Sam)',
    member: 'sam',
    document: `mutation U($id: ID!, $input: UpdateProjectNeedInput!) {
      updateProjectNeed(id: $id, input: $input) { ${PROJECT_FIELDS} } }`,
    variables: async (ctx) => {
      const need = await needOf(ctx, 'API reviewer');
      return {
        id: need.id,
        input: {
          version: need.version,
          role: 'API reviewer',
          percent: 30,
          startDate: FROM,
          endDate: addDays(FROM, 60),
          competencies: [{ competencyKey: 'api_contracts', minLevelKey: 'domain_expert' }],
        },
      };
    },
    expect: { ...PLANNERS, manager: needChanged, peerManager: needChanged, admin: needChanged },
  },
  {
    operation: 'removeProjectNeed',
    title: 'removing the API reviewer need (member: Sam)',
    member: 'sam',
    document: `mutation R($id: ID!) { removeProjectNeed(id: $id) { ${PROJECT_FIELDS} } }`,
    variables: async (ctx) => ({ id: (await needOf(ctx, 'API reviewer')).id }),
    expect: { ...PLANNERS, manager: needRemoved, peerManager: needRemoved, admin: needRemoved },
  },
  {
    operation: 'createAllocation',
    title: 'Sam on Payments on-call (member: Sam himself)',
    member: 'sam',
    document: `mutation C($input: CreateAllocationInput!) {
      createAllocation(input: $input) { allocation { id personId percent kind } overAllocatedWeeks { week } } }`,
    variables: async (ctx) => ({
      input: {
        personId: SAM(ctx),
        projectId: (await projectNamed(ctx, 'Payments on-call')).id,
        percent: 10,
        startDate: addDays(FROM, 7),
        endDate: addDays(FROM, 20),
      },
    }),
    expect: { ...PLANNERS, manager: allocated, admin: allocated },
  },
  {
    operation: 'updateAllocation',
    title: "Sam's refunds work at 50% (member: Sam himself)",
    member: 'sam',
    document: `mutation U($id: ID!, $input: UpdateAllocationInput!) {
      updateAllocation(id: $id, input: $input) { allocation { percent } } }`,
    variables: async (ctx) => {
      const a = await samsRefunds(ctx);
      return { id: a.id, input: { version: a.version, percent: 50 } };
    },
    expect: { ...PLANNERS, manager: reallocated, admin: reallocated },
  },
  {
    operation: 'deleteAllocation',
    title: 'Sam off the refunds API (member: Sam himself)',
    member: 'sam',
    document: `mutation D($id: ID!, $version: Int!) { deleteAllocation(id: $id, version: $version) }`,
    variables: async (ctx) => {
      const a = await samsRefunds(ctx);
      return { id: a.id, version: a.version };
    },
    expect: { ...PLANNERS, manager: deallocated, admin: deallocated },
  },
  {
    operation: 'scenarios',
    title: 'the scenarios the viewer drafted (member: Sam)',
    member: 'sam',
    document: `query { scenarios { name } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: ownScenarios,
      peerManager: ownScenarios,
      admin: ownScenarios,
      otherOrg: ownScenarios,
    },
  },
  {
    operation: 'scenario',
    title: "Maya's scenario (member: Luis's peer Sam)",
    member: 'sam',
    document: `query S($id: ID!) { scenario(id: $id) { name added changed } }`,
    variables: async (ctx) => ({ id: (await mayasScenario(ctx)).id }),
    expect: { ...MAYAS_SCENARIO, manager: luisScenario, admin: luisScenario },
  },
  {
    operation: 'scenarioComparison',
    title: "Maya's scenario against today's plan (member: Priya)",
    member: 'priya',
    document: `query C($id: ID!) { scenarioComparison(id: $id) {
      plan { overAllocated { person { name } } } withScenario { overAllocated { person { name } } unfilledNeeds { role } } } }`,
    variables: async (ctx) => ({ id: (await mayasScenario(ctx)).id }),
    expect: { ...MAYAS_SCENARIO, manager: luisCompared, admin: luisCompared },
  },
  {
    operation: 'staffingTimeline',
    title: "the timeline as Maya's scenario leaves it (member: Sam)",
    member: 'sam',
    document: `query T($from: LocalDate!, $scenarioId: ID) {
      staffingTimeline(from: $from, weeks: 4, scenarioId: $scenarioId) { rows { person { id } allocations { scenarioChange } } } }`,
    variables: async (ctx) => ({ from: FROM, scenarioId: (await mayasScenario(ctx)).id }),
    expect: { ...MAYAS_SCENARIO, manager: luisInScenario, admin: luisInScenario },
  },
  {
    operation: 'staffingBalance',
    title: "the quarter's balance as Maya's scenario leaves it (member: Priya)",
    member: 'priya',
    document: `query B($scenarioId: ID) { staffingBalance(scenarioId: $scenarioId) { people { person { id } } } }`,
    variables: async (ctx) => ({ scenarioId: (await mayasScenario(ctx)).id }),
    expect: { ...MAYAS_SCENARIO, manager: balanceInScenario, admin: balanceInScenario },
  },
  {
    operation: 'createScenario',
    title: 'a new scenario (member: Sam)',
    member: 'sam',
    document: `mutation C { createScenario(input: { name: "After the reorg" }) { id status } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: scenarioCreated,
      peerManager: scenarioCreated,
      admin: scenarioCreated,
      otherOrg: scenarioCreated,
    },
  },
  {
    operation: 'renameScenario',
    title: "renaming Maya's scenario (member: Sam)",
    member: 'sam',
    document: `mutation R($id: ID!, $version: Int!) {
      renameScenario(id: $id, input: { version: $version, name: "Luis first, then fraud" }) { name } }`,
    variables: async (ctx) => mayasScenario(ctx),
    expect: { ...MAYAS_SCENARIO, manager: scenarioRenamed, admin: scenarioRenamed },
  },
  {
    operation: 'discardScenario',
    title: "discarding Maya's scenario (member: Sam)",
    member: 'sam',
    document: `mutation D($id: ID!, $version: Int!) { discardScenario(id: $id, version: $version) { status } }`,
    variables: async (ctx) => mayasScenario(ctx),
    expect: { ...MAYAS_SCENARIO, manager: scenarioDiscarded, admin: scenarioDiscarded },
  },
  {
    operation: 'applyScenario',
    title: "applying Maya's scenario (member: Sam)",
    member: 'sam',
    document: `mutation A($id: ID!, $version: Int!) { applyScenario(id: $id, version: $version) { status } }`,
    variables: async (ctx) => mayasScenario(ctx),
    expect: { ...MAYAS_SCENARIO, manager: scenarioApplied, admin: scenarioApplied },
  },
  {
    operation: 'addScenarioAllocation',
    title: "Sam on Payments on-call in Maya's scenario (member: Sam himself)",
    member: 'sam',
    document: `mutation A($scenarioId: ID!, $input: CreateAllocationInput!) {
      addScenarioAllocation(scenarioId: $scenarioId, input: $input) { allocation { percent scenarioChange } } }`,
    variables: async (ctx) => ({
      scenarioId: (await mayasScenario(ctx)).id,
      input: {
        personId: SAM(ctx),
        projectId: (await projectNamed(ctx, 'Payments on-call')).id,
        percent: 10,
        startDate: addDays(FROM, 7),
        endDate: addDays(FROM, 20),
      },
    }),
    expect: {
      ...MAYAS_SCENARIO,
      manager: drafted('addScenarioAllocation', 10, 'ADDED'),
      admin: drafted('addScenarioAllocation', 10, 'ADDED'),
    },
  },
  {
    operation: 'changeScenarioAllocation',
    title: "Sam's refunds work at 50% in Maya's scenario (member: Sam himself)",
    member: 'sam',
    document: `mutation C($scenarioId: ID!, $id: ID!, $input: UpdateAllocationInput!) {
      changeScenarioAllocation(scenarioId: $scenarioId, id: $id, input: $input) { allocation { percent scenarioChange } } }`,
    variables: async (ctx) => {
      const a = await samsRefunds(ctx);
      return { scenarioId: (await mayasScenario(ctx)).id, id: a.id, input: { version: a.version, percent: 50 } };
    },
    expect: {
      ...MAYAS_SCENARIO,
      manager: drafted('changeScenarioAllocation', 50, 'CHANGED'),
      admin: drafted('changeScenarioAllocation', 50, 'CHANGED'),
    },
  },
  {
    operation: 'removeScenarioAllocation',
    title: "Sam off the refunds API in Maya's scenario (member: Sam himself)",
    member: 'sam',
    document: `mutation R($scenarioId: ID!, $id: ID!, $version: Int!) {
      removeScenarioAllocation(scenarioId: $scenarioId, id: $id, version: $version) }`,
    variables: async (ctx) => {
      const a = await samsRefunds(ctx);
      return { scenarioId: (await mayasScenario(ctx)).id, id: a.id, version: a.version };
    },
    expect: { ...MAYAS_SCENARIO, manager: tombstoned, admin: tombstoned },
  },
  {
    operation: 'restoreScenarioAllocation',
    title: "dropping the change to Luis's checkout work from Maya's scenario (member: Sam)",
    member: 'sam',
    document: `mutation R($scenarioId: ID!, $id: ID!) { restoreScenarioAllocation(scenarioId: $scenarioId, id: $id) }`,
    variables: async (ctx) => {
      const draft = await luisCheckoutDraft(ctx);
      return { scenarioId: draft.scenarioId, id: draft.id };
    },
    expect: { ...MAYAS_SCENARIO, manager: restored, admin: restored },
  },
  {
    operation: 'addTimeOff',
    title: 'a week off for Sam (member: Sam himself)',
    member: 'sam',
    document: `mutation A($input: CreateTimeOffInput!) { addTimeOff(input: $input) { id percent category note } }`,
    variables: (ctx) => ({
      input: { personId: SAM(ctx), startDate: addDays(FROM, 28), endDate: addDays(FROM, 32), note: 'Holiday' },
    }),
    expect: { ...PLANNERS, member: timeOffAdded, manager: timeOffAdded, admin: timeOffAdded },
  },
  {
    operation: 'addTimeOff',
    title: 'a week off for Sam (member: Priya, a peer)',
    member: 'priya',
    document: `mutation A($input: CreateTimeOffInput!) { addTimeOff(input: $input) { id percent category } }`,
    variables: (ctx) => ({
      input: { personId: SAM(ctx), startDate: addDays(FROM, 28), endDate: addDays(FROM, 32) },
    }),
    expect: { ...PLANNERS, manager: timeOffAdded, admin: timeOffAdded },
  },
  {
    operation: 'updateTimeOff',
    title: "moving Sam's day off (member: Sam himself)",
    member: 'sam',
    document: `mutation U($id: ID!, $input: UpdateTimeOffInput!) { updateTimeOff(id: $id, input: $input) { endDate } }`,
    variables: async (ctx) => {
      const t = await samsTimeOff(ctx);
      return { id: t.id, input: { version: t.version, startDate: addDays(FROM, 59), endDate: addDays(FROM, 60) } };
    },
    expect: { ...PLANNERS, member: timeOffMoved, manager: timeOffMoved, admin: timeOffMoved },
  },
  {
    operation: 'deleteTimeOff',
    title: "cancelling Sam's day off (member: Sam himself)",
    member: 'sam',
    document: `mutation D($id: ID!, $version: Int!) { deleteTimeOff(id: $id, version: $version) }`,
    variables: async (ctx) => {
      const t = await samsTimeOff(ctx);
      return { id: t.id, version: t.version };
    },
    expect: { ...PLANNERS, member: timeOffDeleted, manager: timeOffDeleted, admin: timeOffDeleted },
  },
];
