import { localDate } from '../../src/common/local-date';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const GROWTH = `query Growth($personId: ID!, $quarter: String) { personGrowth(personId: $personId, quarter: $quarter) {
  quarter { key label } previousQuarter { key } quarters { key } managerRatingsShared managerRatingsVisible
  selfCount managerCount disagreementCount writable level { key name position }
  readiness { met total share nextLevelName } readinessThrough { key }
  competencies { competencyKey competencyName expectation disagreement gap
    self { rating ratingName comment version } manager { rating ratingName version authorName }
    previousSelf { rating } previousManager { rating } } } }`;
const SAVE = `mutation Save($input: SaveAssessmentsInput!) { saveAssessments(input: $input) {
  selfCount managerCount disagreementCount competencies { competencyKey self { rating version } manager { rating } } } }`;
const SHARE = `mutation Share($personId: ID!, $quarter: String!, $shared: Boolean!) {
  shareManagerRatings(personId: $personId, quarter: $quarter, shared: $shared) { shared } }`;
const GOAL_FIELDS = `id title status version competencies { key name } targetLevelName dueQuarter { key }
  milestones { id title done } checkIns { progress confidence note authorName }
  health { state progress expectedProgress stale needsAttention reason }`;
const CREATE_GOAL = `mutation Create($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`;
const UPDATE_GOAL = `mutation Update($id: ID!, $input: UpdateGoalInput!) { updateGoal(id: $id, input: $input) { ${GOAL_FIELDS} } }`;
const CHECK_IN = `mutation CheckIn($goalId: ID!, $input: GoalCheckInInput!) { checkInGoal(goalId: $goalId, input: $input) { ${GOAL_FIELDS} } }`;
const ADD_EVIDENCE = `mutation Add($input: CreateEvidenceInput!) { addEvidence(input: $input) {
  id kind title incidentRole incidentSeverity learningFormat competencies { name } goals { title } createdByName } }`;

type Growth = {
  quarter: { key: string; label: string };
  previousQuarter: { key: string };
  quarters: { key: string }[];
  managerRatingsShared: boolean;
  managerRatingsVisible: boolean;
  selfCount: number;
  managerCount: number;
  disagreementCount: number;
  writable: boolean;
  level: { key: string; name: string; position: number } | null;
  readiness: { met: number; total: number; share: number; nextLevelName: string } | null;
  readinessThrough: { key: string } | null;
  competencies: {
    competencyKey: string;
    disagreement: boolean;
    gap: number | null;
    self: { rating: string; version: number } | null;
    manager: { rating: string; version: number; authorName: string } | null;
    previousSelf: { rating: string } | null;
    previousManager: { rating: string } | null;
  }[];
};

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toEqual([]);
  return res.data as T;
}

function refused(res: GraphQLResponse<unknown>): { code: unknown; field: unknown; message: string } {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

describe('growth: assessments, goals and evidence', () => {
  let test: TestApp;
  let org: TestOrganization;
  let sam: GraphQLClient;
  let maya: GraphQLClient;
  let samId: string;

  const growth = async (client: GraphQLClient, quarter?: string) =>
    ok(await client.request<{ personGrowth: Growth }>(GROWTH, { personId: samId, quarter })).personGrowth;
  const count = async (table: string) =>
    Number((await test.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE org_id = $1`, [org.plan.id]))[0].n);

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [sam, maya] = await Promise.all([org.signIn('sam'), org.signIn('maya')]);
    samId = org.personId('Sam');
  });
  afterAll(() => test.close());

  describe('what the client may show', () => {
    const CAPABILITIES = `query Caps($id: ID!) { person(id: $id) { canSeeGrowth canEditGrowth } }`;
    const capabilities = async (who: string) =>
      ok(
        await (
          await org.signIn(who)
        ).request<{ person: { canSeeGrowth: boolean; canEditGrowth: boolean } }>(CAPABILITIES, { id: samId }),
      ).person;

    it('says who sees and changes a person’s growth: the person and their chain, not an admin who may read the profile', async () => {
      expect(await capabilities('sam')).toEqual({ canSeeGrowth: true, canEditGrowth: true });
      expect(await capabilities('maya')).toEqual({ canSeeGrowth: true, canEditGrowth: true });
      expect(await capabilities('dana')).toEqual({ canSeeGrowth: true, canEditGrowth: true });
      expect(await capabilities('admin')).toEqual({ canSeeGrowth: false, canEditGrowth: false });
    });
  });

  describe('assessments', () => {
    it('shows Sam at his level with last quarter shared and this quarter not yet rated by him', async () => {
      const g = await growth(sam);
      expect(g.level).toEqual({ key: 'engineer', name: 'Engineer', position: 1 });
      expect(g.quarters.map((q) => q.key)).toEqual([g.quarter.key, g.previousQuarter.key]);
      expect(g.writable).toBe(true);
      expect(g.selfCount).toBe(0);
      expect(g.managerRatingsVisible).toBe(false);
      expect(g.competencies.every((c) => c.previousManager !== null && c.previousSelf !== null)).toBe(true);
      // Readiness counts the shared quarter's manager ratings toward Senior Engineer.
      expect(g.readiness).toMatchObject({ total: 23, nextLevelName: 'Senior Engineer' });
      expect(g.readiness?.met).toBeGreaterThan(0);
      expect(g.readiness?.met).toBeLessThan(23);
      // ...and says so: through last quarter, while Maya reads it through this one.
      expect(g.readinessThrough).toEqual({ key: g.previousQuarter.key });
      expect((await growth(maya)).readinessThrough).toEqual({ key: g.quarter.key });
    });

    it("Sam's self-ratings reach Maya, and a rating a level above hers is a disagreement", async () => {
      const before = await growth(maya);
      const target = before.competencies.find((c) => c.manager?.rating === 'engineer');
      if (!target) throw new Error('The demo should rate Sam at his level somewhere');
      const saved = ok(
        await sam.request<{ saveAssessments: Growth }>(SAVE, {
          input: {
            personId: samId,
            source: 'SELF',
            ratings: [{ competencyKey: target.competencyKey, rating: 'senior_engineer', comment: 'I led the design.' }],
          },
        }),
      ).saveAssessments;
      expect(saved.selfCount).toBe(1);
      // Sam does not see Maya's unshared rating, so he sees no disagreement either.
      expect(saved.disagreementCount).toBe(0);
      const after = await growth(maya);
      const row = after.competencies.find((c) => c.competencyKey === target.competencyKey);
      expect(row).toMatchObject({ disagreement: true, self: { rating: 'senior_engineer' } });
      expect(after.disagreementCount).toBe(before.disagreementCount + 1);
    });

    it('Maya decides when Sam sees her ratings of the quarter', async () => {
      const { quarter } = await growth(maya);
      ok(await maya.request(SHARE, { personId: samId, quarter: quarter.key, shared: true }));
      const shared = await growth(sam);
      expect(shared.managerRatingsVisible).toBe(true);
      expect(shared.managerCount).toBe(23);
      expect(shared.competencies[0].manager?.authorName).toBe('Maya Lindqvist');
      ok(await maya.request(SHARE, { personId: samId, quarter: quarter.key, shared: false }));
      expect((await growth(sam)).managerCount).toBe(0);
    });

    it('Sam cannot share or write manager ratings himself', async () => {
      const { quarter } = await growth(sam);
      expect(refused(await sam.request(SHARE, { personId: samId, quarter: quarter.key, shared: true })).code).toBe(
        'FORBIDDEN',
      );
      const res = await sam.request(SAVE, {
        input: { personId: samId, source: 'MANAGER', ratings: [{ competencyKey: 'breadth', rating: 'architect' }] },
      });
      expect(refused(res).code).toBe('FORBIDDEN');
    });

    it('an admin rated by their manager finds no trace of it in the audit log', async () => {
      // Riley, the admin, reports to Dana.
      const dana = await org.signIn('dana');
      const admin = await org.signIn('admin');
      const rileyId = org.personId('Riley');
      const LOG = `{ auditLog(limit: 500) { action targetId detail } }`;
      const logOf = async () =>
        ok(await admin.request<{ auditLog: { action: string; targetId: string; detail: string | null }[] }>(LOG))
          .auditLog;
      const { quarter } = await growth(maya);
      // Fresh ratings, so that no version is needed.
      await test.dataSource.query(
        `DELETE FROM assessments WHERE org_id = $1 AND person_id = ANY($2) AND competency_key = 'breadth'
           AND source = 'manager' AND quarter = $3`,
        [org.plan.id, [rileyId, samId], quarter.key],
      );
      const before = (await logOf()).length;
      ok(
        await dana.request(SAVE, {
          input: { personId: rileyId, source: 'MANAGER', ratings: [{ competencyKey: 'breadth', rating: 'engineer' }] },
        }),
      );
      ok(await dana.request(SHARE, { personId: rileyId, quarter: quarter.key, shared: false }));
      ok(
        await maya.request(SAVE, {
          input: { personId: samId, source: 'MANAGER', ratings: [{ competencyKey: 'breadth', rating: 'engineer' }] },
        }),
      );

      const [written]: { n: string }[] = await test.dataSource.query(
        `SELECT count(*) AS n FROM audit_events WHERE org_id = $1 AND target_id = $2`,
        [org.plan.id, rileyId],
      );
      expect(Number(written.n)).toBeGreaterThanOrEqual(2);
      const log = await logOf();
      expect(log.filter((e) => e.targetId === rileyId)).toEqual([]);
      // Everyone else's are there: Maya's rating of Sam.
      expect(log.length).toBe(before + 1);
      expect(log[0]).toMatchObject({ action: 'assessments_saved', targetId: samId });
    });

    it('keeps the history: the previous quarter reads as it was', async () => {
      const { previousQuarter } = await growth(maya);
      const past = await growth(maya, previousQuarter.key);
      expect(past.quarter.key).toBe(previousQuarter.key);
      expect(past.selfCount).toBe(23);
      expect(past.managerCount).toBe(23);
    });

    it.each([
      [
        'an unknown competency',
        [{ competencyKey: 'juggling', rating: 'engineer' }],
        'ratings.1.competencyKey',
        /no competency "juggling"/,
      ],
      [
        'a level of the other track',
        [{ competencyKey: 'breadth', rating: 'director' }],
        'ratings.1.rating',
        /"director" is not a rating for Technical breadth/,
      ],
      [
        'the same competency twice',
        [{ competencyKey: 'api_contracts', rating: 'engineer' }],
        'ratings.1.competencyKey',
        /API contracts is rated twice/,
      ],
    ])('refuses %s, naming the field, and writes none of the batch', async (_what, bad, field, message) => {
      const before = await count('assessments');
      const res = await sam.request(SAVE, {
        input: {
          personId: samId,
          source: 'SELF',
          ratings: [{ competencyKey: 'api_contracts', rating: 'engineer', comment: 'Fine.' }, ...bad],
        },
      });
      const error = refused(res);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(message);
      expect(await count('assessments')).toBe(before);
    });

    it('refuses a quarter long past and a malformed one', async () => {
      const input = (quarter: string) => ({
        input: {
          personId: samId,
          source: 'SELF',
          quarter,
          ratings: [{ competencyKey: 'breadth', rating: 'engineer' }],
        },
      });
      expect(refused(await sam.request(SAVE, input('FY2020-Q1')))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'quarter',
      });
      expect(refused(await sam.request(SAVE, input('2026 Q4')))).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('refuses a stale rating with CONFLICT and keeps the newer one', async () => {
      const write = (rating: string, version?: number) =>
        sam.request<{ saveAssessments: Growth }>(SAVE, {
          input: { personId: samId, source: 'SELF', ratings: [{ competencyKey: 'breadth', rating, version }] },
        });
      const first = ok(await write('engineer')).saveAssessments;
      const version = first.competencies.find((c) => c.competencyKey === 'breadth')?.self?.version;
      ok(await write('senior_engineer', version));
      expect(refused(await write('below_expectations', version)).code).toBe('CONFLICT');
      // Without a version, an existing rating is someone else's: CONFLICT too.
      expect(refused(await write('engineer')).code).toBe('CONFLICT');
      // A new rating in the same batch as a stale one is not written either.
      const before = await count('assessments');
      const batch = await sam.request(SAVE, {
        input: {
          personId: samId,
          source: 'SELF',
          ratings: [
            { competencyKey: 'team_efficiency', rating: 'engineer' },
            { competencyKey: 'breadth', rating: 'engineer', version },
          ],
        },
      });
      expect(refused(batch).code).toBe('CONFLICT');
      expect(await count('assessments')).toBe(before);
      const now = await growth(sam);
      expect(now.competencies.find((c) => c.competencyKey === 'breadth')?.self?.rating).toBe('senior_engineer');
    });

    it('records the save in the audit log without the ratings themselves', async () => {
      const rows: { detail: Record<string, unknown> }[] = await test.dataSource.query(
        `SELECT detail FROM audit_events WHERE org_id = $1 AND action = 'assessments_saved' ORDER BY at DESC LIMIT 1`,
        [org.plan.id],
      );
      expect(rows[0].detail).toEqual({
        quarter: expect.stringMatching(/^FY\d{4}-Q[1-4]$/),
        source: 'self',
        ratings: 1,
      });
    });
  });

  describe('goals', () => {
    let goalId: string;
    let version: number;
    const goalVersion = async () =>
      ok(
        await sam.request<{ goal: { version: number } }>(`query V($id: ID!) { goal(id: $id) { version } }`, {
          id: goalId,
        }),
      ).goal.version;

    it('creates a goal with milestones, due next quarter by default', async () => {
      const goal = ok(
        await sam.request<{ createGoal: { id: string; version: number } & Record<string, unknown> }>(CREATE_GOAL, {
          input: {
            personId: samId,
            title: '  Own the payouts service  ',
            competencyKeys: ['scalability_operability', 'scalability_operability'],
            targetLevelKey: 'senior_engineer',
            milestones: [{ title: 'Runbook written' }, { title: 'On-call for a month', done: false }],
          },
        }),
      ).createGoal;
      expect(goal).toMatchObject({
        title: 'Own the payouts service',
        status: 'ACTIVE',
        competencies: [{ key: 'scalability_operability', name: 'Scalability and operability' }],
        targetLevelName: 'Senior Engineer',
        milestones: [
          { title: 'Runbook written', done: false },
          { title: 'On-call for a month', done: false },
        ],
        health: { state: 'NOT_STARTED', stale: false, needsAttention: false },
      });
      const { quarter } = await growth(sam);
      const [year, q] = quarter.key.slice(2).split('-Q').map(Number);
      expect(goal.dueQuarter).toEqual({ key: q === 4 ? `FY${year + 1}-Q1` : `FY${year}-Q${q + 1}` });
      goalId = goal.id;
      version = goal.version;
    });

    it('a check-in at risk marks the goal at risk, one on track brings it back', async () => {
      const atRisk = ok(
        await maya.request<{ checkInGoal: { status: string; checkIns: unknown[]; version: number } }>(CHECK_IN, {
          goalId,
          input: { progress: 10, confidence: 'AT_RISK', note: 'Blocked on access to the payouts cluster.' },
        }),
      ).checkInGoal;
      expect(atRisk).toMatchObject({
        status: 'AT_RISK',
        checkIns: [{ progress: 10, confidence: 'AT_RISK', authorName: 'Maya Lindqvist' }],
      });
      const back = ok(
        await sam.request<{ checkInGoal: { status: string; version: number } }>(CHECK_IN, {
          goalId,
          input: { progress: 30, confidence: 'ON_TRACK' },
        }),
      ).checkInGoal;
      expect(back.status).toBe('ACTIVE');
      version = back.version;
    });

    it.each(['2999-01-01', '2026', '2026-11', '2026-11-20T10:00:00Z', '2026-02-30'])(
      'refuses a check-in dated %s',
      async (date) => {
        const res = await sam.request(CHECK_IN, { goalId, input: { date, progress: 50, confidence: 'ON_TRACK' } });
        expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
      },
    );

    it('the audit log names whose goal it was, not what it says', async () => {
      const rows: { target_label: string; detail: unknown }[] = await test.dataSource.query(
        `SELECT target_label, detail FROM audit_events WHERE org_id = $1 AND target_id = $2`,
        [org.plan.id, goalId],
      );
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const row of rows) {
        expect(row.target_label).toBe('Goal of Sam Okafor');
        expect(JSON.stringify(row.detail ?? {})).not.toMatch(/payouts|Blocked|progress/i);
      }
    });

    it('edits milestones as a list and refuses a stale version', async () => {
      const current = ok(
        await sam.request<{ goal: { milestones: { id: string }[] } }>(
          `query G($id: ID!) { goal(id: $id) { milestones { id } } }`,
          { id: goalId },
        ),
      ).goal;
      const updated = ok(
        await sam.request<{ updateGoal: { milestones: { title: string; done: boolean }[]; version: number } }>(
          UPDATE_GOAL,
          {
            id: goalId,
            input: {
              version,
              milestones: [
                { id: current.milestones[1].id, title: 'On-call for a month', done: true },
                { title: 'Capacity plan' },
              ],
            },
          },
        ),
      ).updateGoal;
      expect(updated.milestones).toEqual([
        { id: current.milestones[1].id, title: 'On-call for a month', done: true },
        expect.objectContaining({ title: 'Capacity plan', done: false }),
      ]);
      const stale = await maya.request(UPDATE_GOAL, { id: goalId, input: { version, title: 'Something else' } });
      expect(refused(stale).code).toBe('CONFLICT');
      version = updated.version;
    });

    it('a closed goal takes no check-in until it is reopened', async () => {
      const done = ok(
        await sam.request<{ updateGoal: { version: number; status: string } }>(UPDATE_GOAL, {
          id: goalId,
          input: { version, status: 'DONE' },
        }),
      ).updateGoal;
      expect(done.status).toBe('DONE');
      const res = await maya.request(CHECK_IN, { goalId, input: { progress: 100, confidence: 'ON_TRACK' } });
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goalId' });
    });

    it("ticks a milestone while the goal is open, audited; a closed goal's milestones stay as they ended", async () => {
      const MILESTONE = `mutation M($id: ID!, $done: Boolean!) { setMilestoneDone(milestoneId: $id, done: $done) {
        status version milestones { id done } } }`;
      const { goal } = ok(
        await sam.request<{ goal: { milestones: { id: string; done: boolean }[] } }>(
          `query G($id: ID!) { goal(id: $id) { milestones { id done } } }`,
          { id: goalId },
        ),
      );
      const open = goal.milestones.find((m) => !m.done);
      expect(open).toBeDefined();
      // The goal is done (the test before): reopen it, tick, close again, and try once more.
      const reopened = ok(
        await sam.request<{ updateGoal: { version: number } }>(UPDATE_GOAL, {
          id: goalId,
          input: { version: await goalVersion(), status: 'ACTIVE' },
        }),
      ).updateGoal;
      expect(reopened.version).toBeGreaterThan(0);
      const ticked = ok(
        await maya.request<{ setMilestoneDone: { milestones: { id: string; done: boolean }[] } }>(MILESTONE, {
          id: open?.id,
          done: true,
        }),
      ).setMilestoneDone;
      expect(ticked.milestones.find((m) => m.id === open?.id)?.done).toBe(true);
      const [audit]: { n: string }[] = await test.dataSource.query(
        `SELECT count(*) AS n FROM audit_events WHERE org_id = $1 AND target_id = $2 AND action = 'goal_milestone_done'`,
        [org.plan.id, goalId],
      );
      expect(Number(audit.n)).toBe(1);

      ok(await sam.request(UPDATE_GOAL, { id: goalId, input: { version: await goalVersion(), status: 'DROPPED' } }));
      const res = await sam.request(MILESTONE, { id: open?.id, done: false });
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestoneId' });
      expect(refused(res).message).toMatch(/is dropped: reopen it to change its milestones\.$/);
    });

    it.each([
      ['an unknown competency', { competencyKeys: ['juggling'] }, 'competencyKeys'],
      ['no competency', { competencyKeys: [] }, 'competencyKeys'],
      ['a level of the other track', { targetLevelKey: 'director' }, 'targetLevelKey'],
      ['a quarter that has passed', { dueQuarter: 'FY2020-Q1' }, 'dueQuarter'],
      ['a blank title', { title: '   ' }, 'title'],
    ])('refuses %s and writes nothing', async (_what, change, field) => {
      const before = await count('goals');
      const res = await sam.request(CREATE_GOAL, {
        input: { personId: samId, title: 'A goal', competencyKeys: ['breadth'], ...change },
      });
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('goals')).toBe(before);
    });
  });

  describe('evidence', () => {
    const input = (extra: Record<string, unknown>) => ({
      input: { personId: samId, date: '2026-02-03', title: 'Payouts outage', kind: 'INCIDENT', ...extra },
    });

    it('records an incident with its role and severity, added by his manager', async () => {
      const entry = ok(
        await maya.request<{ addEvidence: Record<string, unknown> }>(
          ADD_EVIDENCE,
          input({
            incidentRole: 'INCIDENT_COMMANDER',
            incidentSeverity: 'SEV1',
            competencyKeys: ['incident_response'],
          }),
        ),
      ).addEvidence;
      expect(entry).toMatchObject({
        kind: 'INCIDENT',
        incidentRole: 'INCIDENT_COMMANDER',
        incidentSeverity: 'SEV1',
        competencies: [{ name: 'Incident response' }],
        createdByName: 'Maya Lindqvist',
      });
    });

    it('filters by competency', async () => {
      const res = await sam.request<{ evidence: { title: string }[] }>(
        `query E($personId: ID!) { evidence(personId: $personId, competencyKey: "incident_response") { title } }`,
        { personId: samId },
      );
      expect(ok(res).evidence.map((e) => e.title)).toEqual(['Card payments declined for 40 minutes', 'Payouts outage']);
    });

    it.each([
      ['an incident without a role', { incidentSeverity: 'SEV2' }, 'incidentRole'],
      ['learning without a format', { kind: 'LEARNING' }, 'learningFormat'],
      ['a date in the future', { kind: 'OTHER', date: '2999-01-01' }, 'date'],
      ['a date before 1970', { kind: 'OTHER', date: '0100-01-01' }, 'date'],
      ['a link that is not a web address', { kind: 'OTHER', link: 'javascript:alert(1)' }, 'link'],
      ['an unknown competency', { kind: 'OTHER', competencyKeys: ['juggling'] }, 'competencyKeys'],
    ])('refuses %s, naming the field', async (_what, extra, field) => {
      const before = await count('evidence');
      expect(refused(await sam.request(ADD_EVIDENCE, input(extra)))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('evidence')).toBe(before);
    });

    it("judges 'not in the future' by the user's own date, from the time zone the client names", async () => {
      // Kiritimati (UTC+14) is always a calendar day or two ahead of Baker Island (UTC-12).
      const ahead = localDate(new Date(), 'Pacific/Kiritimati');
      const entry = input({ kind: 'OTHER', date: ahead, title: 'Wrote the payouts runbook' });
      const from = (timeZone: string) => sam.request(ADD_EVIDENCE, entry, { headers: { 'x-time-zone': timeZone } });
      expect(refused(await from('Etc/GMT+12'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
      expect(ok(await from('Pacific/Kiritimati'))).toMatchObject({
        addEvidence: { title: 'Wrote the payouts runbook' },
      });
    });

    it('keeps the goal links when an edit leaves them out', async () => {
      const [entry]: { id: string; version: number }[] = await test.dataSource.query(
        `SELECT e.id, e.version FROM evidence e JOIN evidence_goals l ON l.evidence_id = e.id
         WHERE e.person_id = $1 AND e.title = 'Refunds API design document'`,
        [samId],
      );
      const res = await sam.request<{ updateEvidence: { title: string; goals: { title: string }[] } }>(
        `mutation U($id: ID!, $input: UpdateEvidenceInput!) { updateEvidence(id: $id, input: $input) { title goals { title } } }`,
        {
          id: entry.id,
          input: { version: entry.version, date: '2026-10-20', kind: 'DESIGN', title: 'Refunds API design' },
        },
      );
      expect(ok(res).updateEvidence).toEqual({
        title: 'Refunds API design',
        goals: [{ title: 'Design the refunds API' }],
      });
    });

    it("refuses to link a goal of someone else (Priya's)", async () => {
      const [priyaGoal]: { id: string }[] = await test.dataSource.query(`SELECT id FROM goals WHERE person_id = $1`, [
        org.personId('Priya'),
      ]);
      const res = await maya.request(ADD_EVIDENCE, input({ kind: 'OTHER', goalIds: [priyaGoal.id] }));
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goalIds' });
    });
  });

  describe('the team heatmap', () => {
    it("marks the cells where self and manager disagree, as many as the row's count", async () => {
      const rows = ok(
        await maya.request<{
          teamGrowth: { rows: { disagreementCount: number; cells: { disagreement: boolean }[] }[] };
        }>(`{ teamGrowth { rows { disagreementCount cells { disagreement } } } }`),
      ).teamGrowth.rows;
      expect(rows.some((r) => r.disagreementCount > 0)).toBe(true);
      for (const r of rows) expect(r.cells.filter((c) => c.disagreement)).toHaveLength(r.disagreementCount);
    });

    it('counts the ratings of each row, says whether they are shared, and bounds every gap', async () => {
      type Data = {
        teamGrowth: {
          quarter: { key: string };
          gapRange: { min: number; max: number } | null;
          rows: {
            person: { id: string };
            selfRatedCount: number;
            managerRatedCount: number;
            managerRatingsShared: boolean;
            cells: { gap: number | null }[];
          }[];
        };
      };
      const { teamGrowth } = ok(
        await maya.request<Data>(`{ teamGrowth { quarter { key } gapRange { min max }
          rows { person { id } selfRatedCount managerRatedCount managerRatingsShared cells { gap } } } }`),
      );
      const quarter = teamGrowth.quarter.key;
      const counts: { personId: string; source: string; n: number }[] = await test.dataSource.query(
        `SELECT person_id AS "personId", source, count(*)::int AS n FROM assessments WHERE quarter = $1
         GROUP BY person_id, source`,
        [quarter],
      );
      const released: { personId: string }[] = await test.dataSource.query(
        `SELECT person_id AS "personId" FROM assessment_releases WHERE quarter = $1`,
        [quarter],
      );
      const n = (id: string, source: string) => counts.find((c) => c.personId === id && c.source === source)?.n ?? 0;
      expect(teamGrowth.gapRange).not.toBeNull();
      for (const row of teamGrowth.rows) {
        expect(row.selfRatedCount).toBe(n(row.person.id, 'self'));
        expect(row.managerRatedCount).toBe(n(row.person.id, 'manager'));
        expect(row.managerRatingsShared).toBe(released.some((r) => r.personId === row.person.id));
        for (const { gap } of row.cells) {
          if (gap === null) continue;
          expect(gap).toBeGreaterThanOrEqual(teamGrowth.gapRange?.min ?? NaN);
          expect(gap).toBeLessThanOrEqual(teamGrowth.gapRange?.max ?? NaN);
        }
      }
    });

    it('a team includes its sub-teams: Engineering holds everyone Dana reaches', async () => {
      const dana = await org.signIn('dana');
      const rows = async (teamId: string) =>
        ok(
          await dana.request<{ teamGrowth: { rows: unknown[] } }>(
            `query T($teamId: ID) { teamGrowth(teamId: $teamId) { rows { person { id } } } }`,
            { teamId },
          ),
        ).teamGrowth.rows.length;
      expect(await rows(org.teamId('Engineering'))).toBe(org.plan.people.length - 1);
      expect(await rows(org.teamId('Payments'))).toBe(6);
    });

    it("says NOT_FOUND for a team that does not exist, or another organization's", async () => {
      const res = await maya.request(
        `query T($teamId: ID) { teamGrowth(teamId: $teamId) { rows { person { id } } } }`,
        {
          teamId: '00000000-0000-4000-8000-000000000000',
        },
      );
      expect(refused(res)).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('refuses to share a quarter with no manager ratings, and writes nothing', async () => {
      const before = await count('assessment_releases');
      const res = await maya.request(SHARE, { personId: samId, quarter: 'FY2021-Q1', shared: true });
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
      expect(refused(res).message).toMatch(/^Sam Okafor has no manager ratings for FY2021 Q1 to share yet\.$/);
      expect(await count('assessment_releases')).toBe(before);
    });

    it('refuses to share a quarter that has not begun', async () => {
      const { quarter } = await growth(maya);
      const [year] = quarter.key.slice(2).split('-Q').map(Number);
      const res = await maya.request(SHARE, { personId: samId, quarter: `FY${year + 1}-Q4`, shared: true });
      expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    });
  });

  describe("Home's growth overview", () => {
    const OVERVIEW = `{ growthOverview { quarter { key } goalsNeedingAttention { person { id } title }
      missingAssessments { person { id } selfMissing managerMissing total } } }`;
    type Overview = {
      quarter: { key: string };
      goalsNeedingAttention: { person: { id: string }; title: string }[];
      missingAssessments: { person: { id: string }; selfMissing: number; managerMissing: number; total: number }[];
    };
    const overviewOf = async (client: GraphQLClient) =>
      ok(await client.request<{ growthOverview: Overview }>(OVERVIEW)).growthOverview;

    it("a manager's Home holds their own goals and self-assessment too, and no manager rating owed to themselves", async () => {
      const mayaId = org.personId('Maya');
      const title = 'Run the Payments architecture review';
      const goal = ok(
        await maya.request<{ createGoal: { id: string } }>(CREATE_GOAL, {
          input: { personId: mayaId, title, competencyKeys: ['breadth'] },
        }),
      ).createGoal;
      ok(await maya.request(CHECK_IN, { goalId: goal.id, input: { progress: 5, confidence: 'OFF_TRACK' } }));
      const { quarter } = await overviewOf(maya);
      await test.dataSource.query(`DELETE FROM assessments WHERE person_id = $1 AND source = 'self' AND quarter = $2`, [
        mayaId,
        quarter.key,
      ]);

      const own = await overviewOf(maya);
      expect(own.goalsNeedingAttention).toContainEqual({ person: { id: mayaId }, title });
      const mayaRow = own.missingAssessments.find((m) => m.person.id === mayaId);
      expect(mayaRow).toMatchObject({ managerMissing: 0 });
      expect(mayaRow?.selfMissing).toBe(mayaRow?.total);
      // Her people are still there.
      expect(own.missingAssessments.some((m) => m.person.id === samId)).toBe(true);

      // Dana sees Maya's goal and owes her the manager rating; Sam sees neither.
      const dana = await overviewOf(await org.signIn('dana'));
      expect(dana.goalsNeedingAttention).toContainEqual({ person: { id: mayaId }, title });
      expect(dana.missingAssessments.find((m) => m.person.id === mayaId)?.selfMissing).toBe(mayaRow?.total);
      const ofSam = await overviewOf(sam);
      expect(ofSam.goalsNeedingAttention.map((g) => g.person.id)).not.toContain(mayaId);
      expect(ofSam.missingAssessments.map((m) => m.person.id)).toEqual(ofSam.missingAssessments.length ? [samId] : []);
    });
  });

  describe("people's levels point into the framework", () => {
    const CREATE = `mutation C($input: CreatePersonInput!) { createPerson(input: $input) { level levelKey } }`;

    it('takes a level by name or key and keeps its key', async () => {
      const byName = await maya.request<{ createPerson: { level: string; levelKey: string } }>(CREATE, {
        input: { name: 'Ada Byrne', title: 'Engineer', track: 'INDIVIDUAL_CONTRIBUTOR', level: 'senior engineer' },
      });
      expect(ok(byName).createPerson).toEqual({ level: 'Senior Engineer', levelKey: 'senior_engineer' });
    });

    it('refuses a level the track does not have, listing the ones it has', async () => {
      const res = await maya.request(CREATE, {
        input: { name: 'Ada Byrne', title: 'Engineer', track: 'INDIVIDUAL_CONTRIBUTOR', level: 'Director' },
      });
      const error = refused(res);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
      expect(error.message).toContain('Choose one of: Engineer, Senior Engineer, Domain Expert');
    });
  });
});
