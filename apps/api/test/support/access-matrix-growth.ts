import { activeCompetencies, defaultFramework, latestRatings, promotionReadiness } from '@trellis/domain';
import { AccessRow, Check, field, MatrixContext, PAYMENTS, PLATFORM, sorted } from './access-matrix-kit';

/*
 * Growth records belong to the person and their manager chain: a peer, a peer manager and an
 * admin outside the chain are refused, and an unshared manager rating stays hidden from the
 * person. The demo organization carries two quarters of ratings (the previous one shared, the
 * current one not), Sam's goals and his evidence.
 */

const COMPETENCIES = activeCompetencies(defaultFramework()).length;
const SAM = (ctx: MatrixContext) => ctx.org.personId('Sam');
const REFUSED_TO_OUTSIDERS = {
  anonymous: 'UNAUTHENTICATED',
  peerManager: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  otherOrg: 'NOT_FOUND',
} as const;

async function one<T>(ctx: MatrixContext, sql: string, params: unknown[]): Promise<T> {
  const rows: T[] = await ctx.db.query(sql, params);
  if (!rows[0]) throw new Error(`No fixture row for: ${sql}`);
  return rows[0];
}

const samGoal = (ctx: MatrixContext, title = 'Design the refunds API') =>
  one<{ id: string; version: number }>(ctx, `SELECT id, version FROM goals WHERE person_id = $1 AND title = $2`, [
    SAM(ctx),
    title,
  ]);
const priyaGoal = (ctx: MatrixContext) =>
  one<{ id: string; version: number }>(ctx, `SELECT id, version FROM goals WHERE person_id = $1 LIMIT 1`, [
    ctx.org.personId('Priya'),
  ]);
const samEvidence = (ctx: MatrixContext, title: string) =>
  one<{ id: string; version: number }>(ctx, `SELECT id, version FROM evidence WHERE person_id = $1 AND title = $2`, [
    SAM(ctx),
    title,
  ]);

type Growth = {
  personId: string;
  managerRatingsVisible: boolean;
  managerCount: number;
  selfCount: number;
  competencies: {
    competencyKey: string;
    gap: number | null;
    manager: { rating: string } | null;
    previousManager: unknown;
  }[];
  readiness: { met: number; total: number } | null;
};

/** Readiness toward Senior Engineer from Sam's manager ratings of the given quarters. */
async function samReadiness(ctx: MatrixContext, quarters: 'shared' | 'all'): Promise<number> {
  const rows: { competencyKey: string; quarter: string; rating: string }[] = await ctx.db.query(
    `SELECT competency_key AS "competencyKey", quarter, rating FROM assessments a
     WHERE person_id = $1 AND source = 'manager'
       AND ($2 = 'all' OR EXISTS (SELECT 1 FROM assessment_releases r WHERE r.person_id = a.person_id AND r.quarter = a.quarter))`,
    [SAM(ctx), quarters],
  );
  const latest = latestRatings(
    rows.map((r) => ({ ...r, personId: SAM(ctx), source: 'manager' as const, ratingKey: r.rating })),
    'manager',
  );
  return promotionReadiness(defaultFramework(), { trackKey: 'individual_contributor', levelKey: 'engineer' }, latest)
    .met;
}

/** Sam sees his own ratings, last quarter's shared manager ratings, and nothing drawn from this quarter's. */
const samSeesOnlySharedManagerRatings: Check = async (data, ctx) => {
  const growth = field<Growth>(data, 'personGrowth');
  expect(growth.managerRatingsVisible).toBe(false);
  expect(growth.competencies.every((c) => c.manager === null && c.gap === null)).toBe(true);
  expect(growth.competencies.filter((c) => c.previousManager !== null)).toHaveLength(COMPETENCIES);
  const shared = await samReadiness(ctx, 'shared');
  // The demo's unshared ratings move readiness, so a leak would show here.
  expect(await samReadiness(ctx, 'all')).not.toBe(shared);
  expect(growth.readiness).toMatchObject({ met: shared, total: COMPETENCIES });
};

const managerSeesEverything: Check = (data) => {
  const growth = field<Growth>(data, 'personGrowth');
  expect(growth.managerRatingsVisible).toBe(true);
  expect(growth.managerCount).toBe(COMPETENCIES);
};

const heatmapOf =
  (names: string[]): Check =>
  (data, ctx) => {
    const rows = field<{ rows: { person: { id: string }; cells: unknown[] }[] }>(data, 'teamGrowth').rows;
    expect(sorted(rows.map((r) => r.person.id))).toEqual(sorted(names.map((n) => ctx.org.personId(n))));
    for (const row of rows) expect(row.cells).toHaveLength(COMPETENCIES);
  };

const detailFor =
  (managerVisible: boolean): Check =>
  (data) => {
    const detail = field<{
      self: unknown;
      manager: { rating: string } | null;
      evidence: { title: string }[];
    }>(data, 'competencyDetail');
    expect(detail.manager !== null).toBe(managerVisible);
    expect(detail.evidence.map((e) => e.title)).toEqual(['Refunds API design document']);
  };

type Overview = {
  goalsNeedingAttention: { person: { id: string }; title: string }[];
  missingAssessments: { person: { id: string }; selfMissing: number; managerMissing: number }[];
};

const overviewOf =
  (expected: { attention: string[]; missing: string[] }): Check =>
  (data, ctx) => {
    const home = ctx.actor === 'otherOrg' ? ctx.other : ctx.org;
    const overview = field<Overview>(data, 'growthOverview');
    expect(sorted(new Set(overview.goalsNeedingAttention.map((g) => g.person.id)))).toEqual(
      sorted(expected.attention.map((n) => home.personId(n))),
    );
    expect(sorted(overview.missingAssessments.map((m) => m.person.id))).toEqual(
      sorted(expected.missing.map((n) => home.personId(n))),
    );
  };

const samsGoals: Check = (data) => {
  const goals = field<{ title: string; milestones: unknown[]; checkIns: unknown[] }[]>(data, 'goals');
  expect(goals.map((g) => g.title).sort()).toEqual([
    'Design the refunds API',
    'Lead a blameless postmortem',
    'Present a paper at the reading group',
  ]);
};

const refundsGoal: Check = (data) => {
  const goal = field<{ title: string; milestones: { done: boolean }[]; checkIns: unknown[] }>(data, 'goal');
  expect(goal).toMatchObject({ title: 'Design the refunds API' });
  expect(goal.milestones.map((m) => m.done)).toEqual([true, true, false]);
  expect(goal.checkIns).toHaveLength(3);
};

const rated =
  (source: 'self' | 'manager'): Check =>
  async (data, ctx) => {
    const growth = field<Growth>(data, 'saveAssessments');
    const row = growth.competencies.find((c) => c.competencyKey === 'api_contracts');
    expect(row).toBeDefined();
    const [stored] = await ctx.db.query(
      `SELECT rating FROM assessments WHERE person_id = $1 AND competency_key = 'api_contracts' AND source = $2
       ORDER BY quarter DESC LIMIT 1`,
      [SAM(ctx), source],
    );
    expect(stored.rating).toBe('senior_engineer');
  };

const sharedWithSam: Check = async (data, ctx) => {
  expect(field(data, 'shareManagerRatings')).toMatchObject({ personId: SAM(ctx), shared: true });
  const rows = await ctx.db.query(`SELECT 1 FROM assessment_releases WHERE person_id = $1`, [SAM(ctx)]);
  expect(rows).toHaveLength(2);
};

const goalCreatedForSam: Check = async (data, ctx) => {
  const goal = field<{ id: string; personId: string; milestones: unknown[] }>(data, 'createGoal');
  expect(goal.personId).toBe(SAM(ctx));
  expect(goal.milestones).toHaveLength(1);
};

const goalRenamed: Check = (data) => {
  expect(field(data, 'updateGoal')).toMatchObject({ title: 'Design and ship the refunds API' });
};

const checkedIn: Check = (data) => {
  const goal = field<{ checkIns: { progress: number }[]; health: { progress: number } }>(data, 'checkInGoal');
  expect(goal.checkIns).toHaveLength(4);
  expect(goal.health.progress).toBe(70);
};

const milestoneDone: Check = (data) => {
  const goal = field<{ milestones: { done: boolean }[] }>(data, 'setMilestoneDone');
  expect(goal.milestones.map((m) => m.done)).toEqual([true, true, true]);
};

const evidenceAdded: Check = async (data, ctx) => {
  const entry = field<{ id: string; personId: string; goals: { title: string }[] }>(data, 'addEvidence');
  expect(entry.personId).toBe(SAM(ctx));
  expect(entry.goals.map((g) => g.title)).toEqual(['Design the refunds API']);
};

const evidenceRenamed: Check = (data) => {
  expect(field(data, 'updateEvidence')).toMatchObject({ title: 'Refunds API design, version 2' });
};

const evidenceDeleted: Check = async (data, ctx) => {
  const rows = await ctx.db.query(`SELECT 1 FROM evidence WHERE id = $1`, [field<string>(data, 'deleteEvidence')]);
  expect(rows).toHaveLength(0);
};

const GROWTH = `query Growth($personId: ID!) { personGrowth(personId: $personId) {
  personId managerRatingsVisible managerCount selfCount readiness { met total }
  competencies { competencyKey gap manager { rating } previousManager { rating } } } }`;
const GOALS = `query Goals($personId: ID!) { goals(personId: $personId) { id title milestones { done } checkIns { id } } }`;
const GOAL_FIELDS = `id personId title milestones { id done } checkIns { progress } health { progress state }`;
const EVIDENCE_FIELDS = `id personId title goals { title }`;

const evidenceInput = (goalId: string) => ({
  date: '2026-01-15',
  kind: 'DESIGN',
  title: 'Retry policy for webhooks',
  impact: 'Agreed with two teams.',
  competencyKeys: ['api_contracts'],
  goalIds: [goalId],
});

export const GROWTH_ROWS: AccessRow[] = [
  {
    operation: 'personGrowth',
    title: "Sam's ratings this quarter (member: Sam himself)",
    member: 'sam',
    document: GROWTH,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: samSeesOnlySharedManagerRatings, manager: managerSeesEverything },
  },
  {
    operation: 'personGrowth',
    title: "Sam's ratings (member: Priya, his peer)",
    member: 'priya',
    document: GROWTH,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: managerSeesEverything },
  },
  {
    operation: 'teamGrowth',
    title: 'the heatmap of the people one reaches (member: Sam)',
    member: 'sam',
    document: `{ teamGrowth { quarter { key } rows { person { id } cells { competencyKey gap } readiness { share } } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: heatmapOf(PAYMENTS.filter((n) => n !== 'Maya')),
      peerManager: heatmapOf(PLATFORM.filter((n) => n !== 'Omar')),
      admin: 'FORBIDDEN',
      otherOrg: 'FORBIDDEN',
    },
  },
  {
    operation: 'competencyDetail',
    title: "what stands behind Sam's API contracts cell (member: Sam himself)",
    member: 'sam',
    document: `query Detail($personId: ID!) { competencyDetail(personId: $personId, competencyKey: "api_contracts") {
      competencyName self { rating } manager { rating } evidence { title } } }`,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: detailFor(false), manager: detailFor(true) },
  },
  {
    operation: 'growthOverview',
    title: 'goals needing a look and missing ratings, for Home (member: Sam)',
    member: 'sam',
    document: `{ growthOverview { quarter { key } goalsNeedingAttention { person { id } title }
      missingAssessments { person { id } selfMissing managerMissing } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      // Sam's stale postmortem goal; his self-assessment of this quarter is still to do.
      member: overviewOf({ attention: ['Sam'], missing: ['Sam'] }),
      // The demo's Payments people without a self-assessment this quarter, and their goals at risk.
      manager: async (data, ctx) => {
        const overview = field<Overview>(data, 'growthOverview');
        const payments = new Set(PAYMENTS.map((n) => ctx.org.personId(n)));
        expect(overview.missingAssessments.map((m) => m.person.id)).toContain(ctx.org.personId('Sam'));
        for (const m of overview.missingAssessments) expect(payments.has(m.person.id)).toBe(true);
        expect(overview.goalsNeedingAttention.map((g) => g.title)).toEqual(
          expect.arrayContaining(['Lead a blameless postmortem', 'Propose the ledger partitioning plan']),
        );
      },
      // Platform has no goals in the demo; those without a self-assessment this quarter are
      // listed, Omar's own record included (he owes himself no manager rating).
      peerManager: async (data, ctx) => {
        const overview = field<Overview>(data, 'growthOverview');
        expect(overview.goalsNeedingAttention).toEqual([]);
        const omar = overview.missingAssessments.find((m) => m.person.id === ctx.org.personId('Omar'));
        if (omar) expect(omar.managerMissing).toBe(0);
        const platform = PLATFORM.map((n) => ctx.org.personId(n));
        const rated: { personId: string }[] = await ctx.db.query(
          `SELECT DISTINCT person_id AS "personId" FROM assessments
           WHERE person_id = ANY($1) AND source = 'self' AND quarter = (SELECT max(quarter) FROM assessments)`,
          [platform],
        );
        const unrated = platform.filter((id) => !rated.some((r) => r.personId === id));
        expect(unrated.length).toBeGreaterThan(0);
        expect(sorted(overview.missingAssessments.map((m) => m.person.id))).toEqual(sorted(unrated));
        for (const m of overview.missingAssessments) expect(m.managerMissing).toBe(0);
      },
      // Riley (admin) reports to Dana: only their own self-assessment.
      admin: overviewOf({ attention: [], missing: ['Riley'] }),
      otherOrg: overviewOf({ attention: [], missing: ['Riley'] }),
    },
  },
  {
    operation: 'goals',
    title: "Sam's goals (member: Sam himself)",
    member: 'sam',
    document: GOALS,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: samsGoals, manager: samsGoals },
  },
  {
    operation: 'goals',
    title: "Sam's goals (member: Priya, his peer)",
    member: 'priya',
    document: GOALS,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: samsGoals },
  },
  {
    operation: 'goal',
    title: "Sam's refunds goal (member: Sam himself)",
    member: 'sam',
    document: `query Goal($id: ID!) { goal(id: $id) { id title milestones { done } checkIns { id } } }`,
    variables: async (ctx) => ({ id: (await samGoal(ctx)).id }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: refundsGoal, manager: refundsGoal },
  },
  {
    operation: 'evidence',
    title: "Sam's evidence of defensive code (member: Sam himself)",
    member: 'sam',
    document: `query Evidence($personId: ID!) { evidence(personId: $personId, competencyKey: "defensive_code") { id title } }`,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: {
      ...REFUSED_TO_OUTSIDERS,
      member: (data) =>
        expect(field<{ title: string }[]>(data, 'evidence').map((e) => e.title)).toEqual([
          'Reviewed the currency rounding change',
        ]),
      manager: (data) => expect(field<unknown[]>(data, 'evidence')).toHaveLength(1),
    },
  },
  {
    operation: 'evidence',
    title: "Sam's evidence, two competencies (member: Priya, his peer)",
    member: 'priya',
    document: `query Evidence($personId: ID!) { evidence(personId: $personId, competencyKey: "api_contracts") { id } }`,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: 'ok' },
  },
  {
    operation: 'saveAssessments',
    title: 'Sam rates himself on API contracts (member: Sam himself)',
    member: 'sam',
    document: `mutation Save($input: SaveAssessmentsInput!) { saveAssessments(input: $input) {
      competencies { competencyKey self { rating } } } }`,
    variables: (ctx) => ({
      input: {
        personId: SAM(ctx),
        source: 'SELF',
        ratings: [{ competencyKey: 'api_contracts', rating: 'senior_engineer', comment: 'Led the refunds design.' }],
      },
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: rated('self'), manager: 'FORBIDDEN' },
  },
  {
    operation: 'saveAssessments',
    title: "Sam's manager rating of API contracts (member: Sam himself)",
    member: 'sam',
    document: `mutation Save($input: SaveAssessmentsInput!) { saveAssessments(input: $input) {
      competencies { competencyKey manager { rating } } } }`,
    variables: async (ctx) => {
      const { quarter, version } = await one<{ quarter: string; version: number }>(
        ctx,
        `SELECT quarter, version FROM assessments WHERE person_id = $1 AND competency_key = 'api_contracts'
         AND source = 'manager' ORDER BY quarter DESC LIMIT 1`,
        [SAM(ctx)],
      );
      return {
        input: {
          personId: SAM(ctx),
          source: 'MANAGER',
          quarter,
          ratings: [
            { competencyKey: 'api_contracts', rating: 'senior_engineer', comment: 'Clear contracts.', version },
          ],
        },
      };
    },
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: rated('manager') },
  },
  {
    operation: 'shareManagerRatings',
    title: "sharing this quarter's manager ratings with Sam (member: Sam himself)",
    member: 'sam',
    document: `mutation Share($personId: ID!, $quarter: String!) {
      shareManagerRatings(personId: $personId, quarter: $quarter, shared: true) { personId quarter shared } }`,
    variables: async (ctx) => ({
      personId: SAM(ctx),
      quarter: (
        await one<{ quarter: string }>(ctx, `SELECT max(quarter) AS quarter FROM assessments WHERE person_id = $1`, [
          SAM(ctx),
        ])
      ).quarter,
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: sharedWithSam },
  },
  {
    operation: 'createGoal',
    title: 'a goal for Sam (member: Sam himself)',
    member: 'sam',
    document: `mutation Create($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`,
    variables: (ctx) => ({
      input: {
        personId: SAM(ctx),
        title: 'Run the payments architecture review',
        competencyKeys: ['trade_off_analysis'],
        targetLevelKey: 'senior_engineer',
        milestones: [{ title: 'Agenda agreed' }],
      },
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: goalCreatedForSam, manager: goalCreatedForSam },
  },
  {
    operation: 'updateGoal',
    title: "renaming Sam's refunds goal (member: Sam himself)",
    member: 'sam',
    document: `mutation Update($id: ID!, $input: UpdateGoalInput!) { updateGoal(id: $id, input: $input) { ${GOAL_FIELDS} } }`,
    variables: async (ctx) => {
      const goal = await samGoal(ctx);
      return { id: goal.id, input: { version: goal.version, title: 'Design and ship the refunds API' } };
    },
    expect: { ...REFUSED_TO_OUTSIDERS, member: goalRenamed, manager: goalRenamed },
  },
  {
    operation: 'checkInGoal',
    title: "a check-in on Sam's refunds goal (member: Sam himself)",
    member: 'sam',
    document: `mutation CheckIn($goalId: ID!, $input: GoalCheckInInput!) {
      checkInGoal(goalId: $goalId, input: $input) { ${GOAL_FIELDS} } }`,
    variables: async (ctx) => ({
      goalId: (await samGoal(ctx)).id,
      input: { progress: 70, confidence: 'ON_TRACK', note: 'Behind a flag in staging.' },
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: checkedIn, manager: checkedIn },
  },
  {
    operation: 'setMilestoneDone',
    title: "ticking the last milestone of Sam's refunds goal (member: Sam himself)",
    member: 'sam',
    document: `mutation Tick($id: ID!) { setMilestoneDone(milestoneId: $id, done: true) { ${GOAL_FIELDS} } }`,
    variables: async (ctx) => ({
      id: (
        await one<{ id: string }>(
          ctx,
          `SELECT id FROM goal_milestones WHERE goal_id = $1 AND done = false ORDER BY position LIMIT 1`,
          [(await samGoal(ctx)).id],
        )
      ).id,
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: milestoneDone, manager: milestoneDone },
  },
  {
    operation: 'addEvidence',
    title: 'evidence for Sam linked to his goal (member: Sam himself)',
    member: 'sam',
    document: `mutation Add($input: CreateEvidenceInput!) { addEvidence(input: $input) { ${EVIDENCE_FIELDS} } }`,
    variables: async (ctx) => ({
      input: { personId: SAM(ctx), ...evidenceInput((await samGoal(ctx)).id) },
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: evidenceAdded, manager: evidenceAdded },
  },
  {
    operation: 'updateEvidence',
    title: "renaming Sam's design document (member: Sam himself)",
    member: 'sam',
    document: `mutation Update($id: ID!, $input: UpdateEvidenceInput!) {
      updateEvidence(id: $id, input: $input) { ${EVIDENCE_FIELDS} } }`,
    variables: async (ctx) => {
      const entry = await samEvidence(ctx, 'Refunds API design document');
      return {
        id: entry.id,
        input: {
          ...evidenceInput((await samGoal(ctx)).id),
          title: 'Refunds API design, version 2',
          version: entry.version,
        },
      };
    },
    expect: { ...REFUSED_TO_OUTSIDERS, member: evidenceRenamed, manager: evidenceRenamed },
  },
  {
    operation: 'deleteEvidence',
    title: "deleting Sam's delivery entry (member: Sam himself)",
    member: 'sam',
    document: `mutation Delete($id: ID!) { deleteEvidence(id: $id) }`,
    variables: async (ctx) => ({ id: (await samEvidence(ctx, 'Shipped saved cards for returning customers')).id }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: evidenceDeleted, manager: evidenceDeleted },
  },
  // ---- another person's records, by id ----------------------------------------------------
  {
    operation: 'goal',
    title: "Priya's goal, asked by id (member: Sam, her peer)",
    member: 'sam',
    document: `query Goal($id: ID!) { goal(id: $id) { id title } }`,
    variables: async (ctx) => ({ id: (await priyaGoal(ctx)).id }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: 'ok' },
  },
  {
    operation: 'updateGoal',
    title: "renaming Priya's goal (member: Sam, her peer)",
    member: 'sam',
    document: `mutation Update($id: ID!, $input: UpdateGoalInput!) { updateGoal(id: $id, input: $input) { id title } }`,
    variables: async (ctx) => {
      const goal = await priyaGoal(ctx);
      return { id: goal.id, input: { version: goal.version, title: 'Renamed by someone else' } };
    },
    expect: {
      ...REFUSED_TO_OUTSIDERS,
      member: 'FORBIDDEN',
      manager: (data) => expect(field(data, 'updateGoal')).toMatchObject({ title: 'Renamed by someone else' }),
    },
  },
  {
    operation: 'setMilestoneDone',
    title: "ticking a milestone of Priya's goal (member: Sam, her peer)",
    member: 'sam',
    document: `mutation Tick($id: ID!) { setMilestoneDone(milestoneId: $id, done: true) { id } }`,
    variables: async (ctx) => ({
      id: (
        await one<{ id: string }>(ctx, `SELECT id FROM goal_milestones WHERE goal_id = $1 ORDER BY position LIMIT 1`, [
          (await priyaGoal(ctx)).id,
        ])
      ).id,
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: 'ok' },
  },
  {
    operation: 'checkInGoal',
    title: "a check-in on Priya's goal (member: Sam, her peer)",
    member: 'sam',
    document: `mutation CheckIn($goalId: ID!, $input: GoalCheckInInput!) { checkInGoal(goalId: $goalId, input: $input) { id } }`,
    variables: async (ctx) => ({
      goalId: (await priyaGoal(ctx)).id,
      input: { progress: 90, confidence: 'ON_TRACK' },
    }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: 'ok' },
  },
  {
    operation: 'updateEvidence',
    title: "rewriting Priya's evidence (member: Sam, her peer)",
    member: 'sam',
    document: `mutation Update($id: ID!, $input: UpdateEvidenceInput!) { updateEvidence(id: $id, input: $input) { id } }`,
    variables: async (ctx) => {
      const entry = await one<{ id: string; version: number }>(
        ctx,
        `SELECT id, version FROM evidence WHERE person_id = $1 LIMIT 1`,
        [ctx.org.personId('Priya')],
      );
      return {
        id: entry.id,
        input: { date: '2026-01-15', kind: 'OTHER', title: 'Rewritten', version: entry.version },
      };
    },
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: 'ok' },
  },
  {
    operation: 'competencyDetail',
    title: "what stands behind Sam's cell (member: Priya, his peer)",
    member: 'priya',
    document: `query Detail($personId: ID!) { competencyDetail(personId: $personId, competencyKey: "api_contracts") {
      competencyName } }`,
    variables: (ctx) => ({ personId: SAM(ctx) }),
    expect: { ...REFUSED_TO_OUTSIDERS, member: 'FORBIDDEN', manager: 'ok' },
  },
  {
    operation: 'teamGrowth',
    title: 'the heatmap filtered to Platform (member: Sam)',
    member: 'sam',
    document: `query T($teamId: ID) { teamGrowth(teamId: $teamId) { rows { person { id } cells { gap } } } }`,
    variables: (ctx) => ({ teamId: ctx.org.teamId('Platform') }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      // Maya reaches no one in Platform: the filter never widens what a manager sees.
      manager: heatmapOf([]),
      peerManager: heatmapOf(PLATFORM.filter((n) => n !== 'Omar')),
      admin: 'FORBIDDEN',
      otherOrg: 'FORBIDDEN',
    },
  },
];
