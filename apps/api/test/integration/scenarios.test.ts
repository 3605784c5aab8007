import { addDays, mondayOf } from '@trellis/domain';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

// A range the demo plan leaves empty (it reaches 26 weeks ahead): two weeks worked out by hand.
const WEEK = addDays(mondayOf(new Date().toISOString().slice(0, 10)), 40 * 7);
const day = (n: number) => addDays(WEEK, n);

const ALLOCATION = `id personId projectName percent kind startDate endDate version scenarioChange replacesId`;
const TIMELINE = `query T($from: LocalDate!, $weeks: Int!, $personId: ID, $scenarioId: ID) {
  staffingTimeline(from: $from, weeks: $weeks, personId: $personId, scenarioId: $scenarioId) {
    openNeeds { role openPercent }
    rows { person { name } weeks { allocatedShare developmentShare overAllocated } allocations { ${ALLOCATION} } } } }`;
const CREATE_PROJECT = `mutation P($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const ADD_NEED = `mutation N($projectId: ID!, $input: ProjectNeedInput!) {
  addProjectNeed(projectId: $projectId, input: $input) { needs { id role } } }`;
const ALLOCATE = `mutation A($input: CreateAllocationInput!) { createAllocation(input: $input) { allocation { ${ALLOCATION} } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateAllocationInput!) { updateAllocation(id: $id, input: $input) { allocation { version } } }`;
const DELETE = `mutation D($id: ID!, $version: Int!) { deleteAllocation(id: $id, version: $version) }`;
const SCENARIOS = `query { scenarios { id name status version author added changed removed } }`;
const SCENARIO = `query S($id: ID!) { scenario(id: $id) { id name status version added changed removed closedAt } }`;
const CREATE = `mutation C($name: String!) { createScenario(input: { name: $name }) { id name status version author } }`;
const RENAME = `mutation R($id: ID!, $version: Int!, $name: String!) {
  renameScenario(id: $id, input: { version: $version, name: $name }) { name version } }`;
const DISCARD = `mutation D($id: ID!, $version: Int!) { discardScenario(id: $id, version: $version) { status } }`;
const APPLY = `mutation A($id: ID!, $version: Int!) { applyScenario(id: $id, version: $version) { status version closedAt } }`;
const ADD = `mutation A($scenarioId: ID!, $input: CreateAllocationInput!) {
  addScenarioAllocation(scenarioId: $scenarioId, input: $input) { allocation { ${ALLOCATION} } warning } }`;
const CHANGE = `mutation C($scenarioId: ID!, $id: ID!, $input: UpdateAllocationInput!) {
  changeScenarioAllocation(scenarioId: $scenarioId, id: $id, input: $input) { allocation { ${ALLOCATION} } warning } }`;
const REMOVE = `mutation R($scenarioId: ID!, $id: ID!, $version: Int!) {
  removeScenarioAllocation(scenarioId: $scenarioId, id: $id, version: $version) }`;
const RESTORE = `mutation R($scenarioId: ID!, $id: ID!) { restoreScenarioAllocation(scenarioId: $scenarioId, id: $id) }`;
const FIGURES = `overAllocatedPersonWeeks overAllocated { person { name } weeks peakPercent } allocatedShare
  developmentShare developmentShortfall growthAlignedShare demandPercent openPercent unfilledShare
  unfilledNeeds { role openPercent }`;
const COMPARE = `query C($id: ID!, $from: LocalDate, $weeks: Int) { scenarioComparison(id: $id, from: $from, weeks: $weeks) {
  from to weeks people developmentTarget plan { ${FIGURES} } withScenario { ${FIGURES} }
  deltas { overAllocatedPersonWeeks developmentShare unfilledShare openPercent growthAlignedShare }
  changes { kind personName allocation { projectName percent } was { percent } conflict } } }`;
const SETTINGS = `mutation S($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { settings { overAllocation } } }`;

type Allocation = {
  id: string;
  personId: string;
  projectName: string | null;
  percent: number;
  kind: string;
  startDate: string;
  endDate: string;
  version: number;
  scenarioChange: 'ADDED' | 'CHANGED' | 'REMOVED' | null;
  replacesId: string | null;
};
type Row = {
  person: { name: string };
  weeks: { allocatedShare: number; developmentShare: number; overAllocated: boolean }[];
  allocations: Allocation[];
};
type Scenario = {
  id: string;
  name: string;
  status: string;
  version: number;
  added: number;
  changed: number;
  removed: number;
};

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toEqual([]);
  return res.data as T;
}

function refused(res: GraphQLResponse<unknown>): { code: unknown; field: unknown; message: string } {
  expect(res.errors).toHaveLength(1);
  return {
    code: res.errors[0].extensions?.code,
    field: res.errors[0].extensions?.field,
    message: res.errors[0].message,
  };
}

/** Maya's organization with two weeks of Sam's plan far ahead: the API at 60% (filling a need) and 20% development. */
async function planned(test: TestApp) {
  const org = await createTestOrganization(test);
  const [maya, omar, admin, sam] = await Promise.all(['maya', 'omar', 'admin', 'sam'].map((n) => org.signIn(n)));
  const samId = org.personId('Sam');
  const project = ok(
    await maya.request<{ createProject: { id: string } }>(CREATE_PROJECT, {
      input: { name: 'Scenario API', kind: 'DELIVERY', status: 'ACTIVE', startDate: day(-7), endDate: day(90) },
    }),
  ).createProject.id;
  const need = async (role: string, percent: number) =>
    ok(
      await maya.request<{ addProjectNeed: { needs: { id: string; role: string }[] } }>(ADD_NEED, {
        projectId: project,
        input: {
          role,
          percent,
          startDate: WEEK,
          endDate: day(13),
          competencies: [{ competencyKey: 'api_contracts', minLevelKey: 'engineer' }],
        },
      }),
    ).addProjectNeed.needs.find((n) => n.role === role)?.id as string;
  const designer = await need('API designer', 60);
  const reviewer = await need('API reviewer', 50);
  const allocate = async (input: Record<string, unknown>) =>
    ok(await maya.request<{ createAllocation: { allocation: Allocation } }>(ALLOCATE, { input })).createAllocation
      .allocation;
  const api = await allocate({
    personId: samId,
    projectId: project,
    needId: designer,
    percent: 60,
    startDate: WEEK,
    endDate: day(13),
  });
  const learning = await allocate({ personId: samId, percent: 20, startDate: WEEK, endDate: day(13) });
  const timeline = async (client: GraphQLClient, scenarioId: string | null = null, personId = samId) =>
    ok(
      await client.request<{ staffingTimeline: { rows: Row[]; openNeeds: { role: string; openPercent: number }[] } }>(
        TIMELINE,
        { from: WEEK, weeks: 2, personId, scenarioId },
      ),
    ).staffingTimeline;
  const create = async (client: GraphQLClient, name: string) =>
    ok(await client.request<{ createScenario: Scenario }>(CREATE, { name })).createScenario;
  const scenario = async (client: GraphQLClient, id: string) =>
    ok(await client.request<{ scenario: Scenario }>(SCENARIO, { id })).scenario;
  return { org, maya, omar, admin, sam, samId, project, reviewer, api, learning, timeline, create, scenario };
}

type Setup = Awaited<ReturnType<typeof planned>>;

/** The three changes of the hand case: the API to 70%, no development, and 50% on the review in week two. */
async function draftHandCase(s: Setup, scenarioId: string) {
  const changed = ok(
    await s.maya.request<{ changeScenarioAllocation: { allocation: Allocation } }>(CHANGE, {
      scenarioId,
      id: s.api.id,
      input: { version: s.api.version, percent: 70 },
    }),
  ).changeScenarioAllocation.allocation;
  const removed = ok(
    await s.maya.request<{ removeScenarioAllocation: string }>(REMOVE, {
      scenarioId,
      id: s.learning.id,
      version: s.learning.version,
    }),
  ).removeScenarioAllocation;
  const added = ok(
    await s.maya.request<{ addScenarioAllocation: { allocation: Allocation; warning: string | null } }>(ADD, {
      scenarioId,
      input: {
        personId: s.samId,
        projectId: s.project,
        needId: s.reviewer,
        percent: 50,
        startDate: day(7),
        endDate: day(13),
      },
    }),
  ).addScenarioAllocation;
  return { changed, removed, added };
}

describe('scenarios', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  describe('drafting over the plan', () => {
    let s: Setup;
    let scenarioId: string;
    let drafted: Awaited<ReturnType<typeof draftHandCase>>;

    beforeAll(async () => {
      s = await planned(test);
      scenarioId = (await s.create(s.maya, 'Sam reviews the API')).id;
      drafted = await draftHandCase(s, scenarioId);
    });

    it('lists a manager’s own scenarios (the demo’s and the new one), never a peer’s; admins see all; members none', async () => {
      const mine = ok(await s.maya.request<{ scenarios: Scenario[] }>(SCENARIOS)).scenarios;
      expect(mine.map((x) => x.name).sort()).toEqual(['Luis finishes checkout first', 'Sam reviews the API']);
      expect(mine.find((x) => x.id === scenarioId)).toMatchObject({
        status: 'DRAFT',
        added: 1,
        changed: 1,
        removed: 1,
      });
      const omars = ok(await s.omar.request<{ scenarios: Scenario[] }>(SCENARIOS)).scenarios;
      expect(omars.map((x) => x.name)).toEqual(['Grace helps Payments with the ledger']);
      const all = ok(await s.admin.request<{ scenarios: Scenario[] }>(SCENARIOS)).scenarios;
      expect(all).toHaveLength(3);
      expect(refused(await s.sam.request(SCENARIOS)).code).toBe('FORBIDDEN');
    });

    it('writes to the scenario only: the plan’s figures and allocations stay as they were', async () => {
      const plan = (await s.timeline(s.maya)).rows[0];
      expect(plan.weeks.map((w) => w.allocatedShare)).toEqual([0.8, 0.8]);
      expect(plan.allocations.map((a) => [a.id, a.percent, a.scenarioChange])).toEqual(
        expect.arrayContaining([
          [s.api.id, 60, null],
          [s.learning.id, 20, null],
        ]),
      );
      expect(plan.allocations).toHaveLength(2);
      const rows: { n: number }[] = await test.dataSource.query(
        `SELECT count(*)::int AS n FROM allocations WHERE scenario_id = $1`,
        [scenarioId],
      );
      expect(rows[0].n).toBe(3);
    });

    it('reads the plan with the scenario’s changes marked, and counts them (never the removed one)', async () => {
      const timeline = await s.timeline(s.maya, scenarioId);
      const row = timeline.rows[0];
      // Week one: the API at 70%. Week two: 70% + the review's 50% = 120%. No development left.
      expect(row.weeks).toEqual([
        { allocatedShare: 0.7, developmentShare: 0, overAllocated: false },
        { allocatedShare: 1.2, developmentShare: 0, overAllocated: true },
      ]);
      const byChange = Object.fromEntries(row.allocations.map((a) => [a.scenarioChange, a]));
      expect(byChange.CHANGED).toMatchObject({ id: drafted.changed.id, percent: 70, replacesId: s.api.id });
      expect(byChange.REMOVED).toMatchObject({ id: drafted.removed, percent: 20, replacesId: s.learning.id });
      expect(byChange.ADDED).toMatchObject({ id: drafted.added.allocation.id, percent: 50, replacesId: null });
      expect(row.allocations).toHaveLength(3);
      // The review need is filled in the scenario, open in the plan.
      expect(timeline.openNeeds.find((n) => n.role === 'API reviewer')).toBeUndefined();
      expect((await s.timeline(s.maya)).openNeeds.find((n) => n.role === 'API reviewer')?.openPercent).toBe(50);
      // In a scenario an over-allocation is a warning, whatever the organization refuses.
      expect(drafted.added.warning).toMatch(/^Sam Okafor is above 100% in the week of /);
    });

    it('edits a draft in place, and refuses a second draft of the same plan allocation', async () => {
      const again = refused(
        await s.maya.request(CHANGE, { scenarioId, id: s.api.id, input: { version: s.api.version, percent: 65 } }),
      );
      expect(again.code).toBe('CONFLICT');
      const edited = ok(
        await s.maya.request<{ changeScenarioAllocation: { allocation: Allocation } }>(CHANGE, {
          scenarioId,
          id: drafted.changed.id,
          input: { version: drafted.changed.version, percent: 70, note: 'Reviews first' },
        }),
      ).changeScenarioAllocation.allocation;
      expect(edited).toMatchObject({
        id: drafted.changed.id,
        scenarioChange: 'CHANGED',
        version: drafted.changed.version + 1,
      });
      drafted.changed = edited;
    });

    it('compares the scenario with today’s plan, figure by figure, as worked out by hand', async () => {
      const c = ok(
        await s.maya.request<{ scenarioComparison: Record<string, unknown> & { changes: unknown[] } }>(COMPARE, {
          id: scenarioId,
        }),
      ).scenarioComparison;
      // The weeks the scenario touches: the two of the hand case.
      expect(c).toMatchObject({ from: WEEK, to: day(13), weeks: 2, people: 6, developmentTarget: 0.2 });
      // Today: Sam 8 of 10 days, 2 of them development (25%); the review need (50 of 110) open.
      expect(c.plan).toEqual({
        overAllocatedPersonWeeks: 0,
        overAllocated: [],
        allocatedShare: expect.closeTo(8 / 60, 3),
        developmentShare: 0.25,
        developmentShortfall: 0,
        growthAlignedShare: 1,
        demandPercent: 110,
        openPercent: 50,
        unfilledShare: 0.455,
        unfilledNeeds: [{ role: 'API reviewer', openPercent: 50 }],
      });
      // The scenario: Sam 120% in week two, no development, every need covered.
      expect(c.withScenario).toEqual({
        overAllocatedPersonWeeks: 1,
        overAllocated: [{ person: { name: 'Sam Okafor' }, weeks: 1, peakPercent: 120 }],
        allocatedShare: expect.closeTo(9.5 / 60, 3),
        developmentShare: 0,
        developmentShortfall: 0.2,
        growthAlignedShare: 1,
        demandPercent: 110,
        openPercent: 0,
        unfilledShare: 0,
        unfilledNeeds: [],
      });
      expect(c.deltas).toEqual({
        overAllocatedPersonWeeks: 1,
        developmentShare: -0.25,
        unfilledShare: -0.455,
        openPercent: -50,
        growthAlignedShare: 0,
      });
      expect(c.changes).toEqual(
        expect.arrayContaining([
          {
            kind: 'CHANGED',
            personName: 'Sam Okafor',
            allocation: { projectName: 'Scenario API', percent: 70 },
            was: { percent: 60 },
            conflict: null,
          },
          {
            kind: 'REMOVED',
            personName: 'Sam Okafor',
            allocation: { projectName: null, percent: 20 },
            was: { percent: 20 },
            conflict: null,
          },
          {
            kind: 'ADDED',
            personName: 'Sam Okafor',
            allocation: { projectName: 'Scenario API', percent: 50 },
            was: null,
            conflict: null,
          },
        ]),
      );
    });

    it('keeps the scenario from a peer manager and a member, and the people outside Maya’s reach from it', async () => {
      for (const client of [s.omar, s.sam]) {
        expect(refused(await client.request(SCENARIO, { id: scenarioId })).code).toBe('FORBIDDEN');
        expect(refused(await client.request(COMPARE, { id: scenarioId })).code).toBe('FORBIDDEN');
        expect(refused(await client.request(TIMELINE, { from: WEEK, weeks: 2, personId: null, scenarioId })).code).toBe(
          'FORBIDDEN',
        );
        expect(refused(await client.request(REMOVE, { scenarioId, id: s.api.id, version: s.api.version })).code).toBe(
          'FORBIDDEN',
        );
      }
      const hannah = refused(
        await s.maya.request(ADD, {
          scenarioId,
          input: { personId: s.org.personId('Hannah'), percent: 10, startDate: WEEK, endDate: day(6) },
        }),
      );
      expect(hannah).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Hannah') });
      expect((await s.scenario(s.admin, scenarioId)).name).toBe('Sam reviews the API');
    });

    it('renames with the version read; a stale one is a conflict', async () => {
      const current = await s.scenario(s.maya, scenarioId);
      const renamed = ok(
        await s.maya.request<{ renameScenario: { name: string; version: number } }>(RENAME, {
          id: scenarioId,
          version: current.version,
          name: '  Sam reviews the refunds API ',
        }),
      ).renameScenario;
      expect(renamed).toEqual({ name: 'Sam reviews the refunds API', version: current.version + 1 });
      expect(refused(await s.maya.request(RENAME, { id: scenarioId, version: current.version, name: 'x' })).code).toBe(
        'CONFLICT',
      );
      expect(
        refused(await s.maya.request(RENAME, { id: scenarioId, version: renamed.version, name: '  ' })),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
    });

    it('applies every change in one step: the plan shows them, the scenario is closed and audited', async () => {
      const { version } = await s.scenario(s.maya, scenarioId);
      expect(refused(await s.maya.request(APPLY, { id: scenarioId, version: version - 1 })).code).toBe('CONFLICT');
      const applied = ok(
        await s.maya.request<{ applyScenario: { status: string; closedAt: string } }>(APPLY, {
          id: scenarioId,
          version,
        }),
      ).applyScenario;
      expect(applied).toMatchObject({ status: 'APPLIED', closedAt: expect.any(String) });
      const plan = (await s.timeline(s.maya)).rows[0];
      expect(plan.weeks.map((w) => w.allocatedShare)).toEqual([0.7, 1.2]);
      expect(plan.allocations.map((a) => [a.id, a.percent, a.scenarioChange]).sort()).toEqual(
        [
          [s.api.id, 70, null],
          [drafted.added.allocation.id, 50, null],
        ].sort(),
      );
      expect(plan.allocations.find((a) => a.id === s.api.id)?.version).toBe(s.api.version + 1);
      const left: { n: number }[] = await test.dataSource.query(
        `SELECT count(*)::int AS n FROM allocations WHERE scenario_id = $1`,
        [scenarioId],
      );
      expect(left[0].n).toBe(0);
      const events: { action: string; detail: Record<string, number> }[] = await test.dataSource.query(
        `SELECT action, detail FROM audit_events WHERE target_id = $1 ORDER BY at, action`,
        [scenarioId],
      );
      expect(events.map((e) => e.action)).toEqual(
        expect.arrayContaining(['scenario_created', 'scenario_edited', 'scenario_renamed', 'scenario_applied']),
      );
      expect(events.find((e) => e.action === 'scenario_applied')?.detail).toMatchObject({
        added: 1,
        changed: 1,
        removed: 1,
      });
      // Closed: no more changes, no second apply.
      expect(refused(await s.maya.request(APPLY, { id: scenarioId, version: version + 1 })).code).toBe('CONFLICT');
      expect(
        refused(
          await s.maya.request(ADD, {
            scenarioId,
            input: { personId: s.samId, percent: 10, startDate: WEEK, endDate: day(6) },
          }),
        ).code,
      ).toBe('CONFLICT');
    });
  });

  describe('applying after the plan moved', () => {
    let s: Setup;

    beforeAll(async () => {
      s = await planned(test);
    });

    it('names the allocation changed since, applies nothing, and applies once the change is dropped', async () => {
      const { id } = await s.create(s.maya, 'Before the reorg');
      const drafted = await draftHandCase(s, id);
      // Meanwhile an admin changes Sam's API work in the plan.
      ok(await s.admin.request(UPDATE, { id: s.api.id, input: { version: s.api.version, percent: 55 } }));
      const { version } = await s.scenario(s.maya, id);
      const conflict = refused(await s.maya.request(APPLY, { id, version }));
      expect(conflict.code).toBe('CONFLICT');
      expect(conflict.message).toMatch(
        /^Nothing was applied: Sam Okafor’s 55% on Scenario API \(\d+ \w+ \d{4} to \d+ \w+ \d{4}\) was changed in the plan since this scenario changed it\./,
      );
      // Nothing half-applied: the removal and the addition are still drafts, the plan is the admin's.
      const plan = (await s.timeline(s.maya)).rows[0];
      expect(plan.allocations.map((a) => [a.id, a.percent]).sort()).toEqual(
        [
          [s.api.id, 55],
          [s.learning.id, 20],
        ].sort(),
      );
      expect((await s.scenario(s.maya, id)).status).toBe('DRAFT');
      const compared = ok(
        await s.maya.request<{ scenarioComparison: { changes: { kind: string; conflict: string | null }[] } }>(
          COMPARE,
          { id },
        ),
      ).scenarioComparison.changes;
      expect(compared.find((c) => c.kind === 'CHANGED')?.conflict).toMatch(/was changed in the plan since/);

      // Deleted in the plan meanwhile: named as removed.
      ok(await s.admin.request(DELETE, { id: s.learning.id, version: s.learning.version }));
      const both = refused(await s.maya.request(APPLY, { id, version }));
      expect(both.message).toContain('Sam Okafor’s 20% on development time');
      expect(both.message).toContain('was removed from the plan since this scenario removed it');

      // Dropping the stale changes leaves the addition, which applies.
      ok(await s.maya.request(RESTORE, { scenarioId: id, id: drafted.changed.id }));
      ok(await s.maya.request(RESTORE, { scenarioId: id, id: drafted.removed }));
      const fresh = await s.scenario(s.maya, id);
      expect(fresh).toMatchObject({ added: 1, changed: 0, removed: 0 });
      ok(await s.maya.request(APPLY, { id, version: fresh.version }));
      const after = (await s.timeline(s.maya)).rows[0];
      expect(after.allocations.map((a) => a.percent).sort()).toEqual([50, 55]);
    });

    it('discards a draft: its changes go, the plan stays', async () => {
      const { id } = await s.create(s.maya, 'Not this one');
      ok(
        await s.maya.request(ADD, {
          scenarioId: id,
          input: { personId: s.samId, percent: 10, startDate: WEEK, endDate: day(6) },
        }),
      );
      const { version } = await s.scenario(s.maya, id);
      expect(
        ok(await s.maya.request<{ discardScenario: { status: string } }>(DISCARD, { id, version })).discardScenario,
      ).toEqual({
        status: 'DISCARDED',
      });
      const left: { n: number }[] = await test.dataSource.query(
        `SELECT count(*)::int AS n FROM allocations WHERE scenario_id = $1`,
        [id],
      );
      expect(left[0].n).toBe(0);
      expect((await s.timeline(s.maya)).rows[0].allocations.map((a) => a.percent).sort()).toEqual([50, 55]);
    });
  });

  describe('when the organization refuses plans above 100%', () => {
    let s: Setup;

    beforeAll(async () => {
      s = await planned(test);
      ok(await s.admin.request(SETTINGS, { input: { overAllocation: 'REFUSE' } }));
    });

    it('lets the scenario go above 100% with a warning, then refuses to apply it, naming Sam and the week', async () => {
      const { id } = await s.create(s.maya, 'Too much');
      await draftHandCase(s, id);
      const { version } = await s.scenario(s.maya, id);
      const refusal = refused(await s.maya.request(APPLY, { id, version }));
      expect(refusal.code).toBe('BAD_USER_INPUT');
      expect(refusal.message).toMatch(
        /^Nothing was applied: this would put Sam Okafor above 100% in the week of .* \(120%\)/,
      );
      // Nothing applied.
      const plan = (await s.timeline(s.maya)).rows[0];
      expect(plan.weeks.map((w) => w.allocatedShare)).toEqual([0.8, 0.8]);
      expect((await s.scenario(s.maya, id)).status).toBe('DRAFT');
    });

    it('applies a scenario that lightens a week', async () => {
      const { id } = await s.create(s.maya, 'Lighter');
      ok(await s.maya.request(REMOVE, { scenarioId: id, id: s.learning.id, version: s.learning.version }));
      const { version } = await s.scenario(s.maya, id);
      ok(await s.maya.request(APPLY, { id, version }));
      expect((await s.timeline(s.maya)).rows[0].weeks.map((w) => w.allocatedShare)).toEqual([0.6, 0.6]);
    });
  });

  describe('the demo plan of record', () => {
    it('never counts the demo scenarios: Luis is over 100% in the plan and not in Maya’s draft', async () => {
      const org: TestOrganization = await createTestOrganization(test);
      const maya = await org.signIn('maya');
      const luis = org.personId('Luis');
      const from = mondayOf(new Date().toISOString().slice(0, 10));
      const scenarios = ok(await maya.request<{ scenarios: Scenario[] }>(SCENARIOS)).scenarios;
      const draft = scenarios.find((x) => x.name === 'Luis finishes checkout first') as Scenario;
      expect(draft).toMatchObject({ added: 1, changed: 1, removed: 0 });
      const read = async (scenarioId: string | null) =>
        ok(
          await maya.request<{ staffingTimeline: { rows: Row[]; openNeeds: { role: string; openPercent: number }[] } }>(
            TIMELINE,
            { from, weeks: 2, personId: luis, scenarioId },
          ),
        ).staffingTimeline;
      const plan = await read(null);
      expect(plan.rows[0].weeks.map((w) => w.overAllocated)).toEqual([true, true]);
      expect(plan.rows[0].allocations.every((a) => a.scenarioChange === null)).toBe(true);
      expect(plan.openNeeds.find((n) => n.role === 'API reviewer')?.openPercent).toBe(20);
      const scenario = await read(draft.id);
      expect(scenario.rows[0].weeks.map((w) => w.overAllocated)).toEqual([false, false]);
      expect(scenario.openNeeds.find((n) => n.role === 'API reviewer')).toBeUndefined();
    });
  });
});
