import { previousQuarterKey } from '@trellis/domain';
import { AccessRow, Check, field, homeOf, MatrixContext, Outcome } from './access-matrix-kit';

/*
 * Quarterly reviews belong to the person and their manager chain: a peer, a peer manager and an
 * admin never learn that someone's review exists (NOT_FOUND), unless it is their own. The manager
 * chain writes and shares; the person alone reflects and acknowledges. Cycles are opened and
 * closed by admins and directors (Maya, who manages no managers, is not one; Dana's success is in
 * the reviews integration test, as is a director's calibration).
 */

interface ReviewFixture {
  cycleId: string;
  cycleVersion: number;
  quarter: string;
  reviewId: string;
  version: number;
}

/** The demo's open cycle and Sam's review in it, written (and shared, when asked) by Maya. */
async function samsReview(ctx: MatrixContext, state: 'untouched' | 'written' | 'shared' = 'untouched') {
  const orgId = ctx.org.plan.id;
  if (state !== 'untouched') {
    await ctx.db.query(
      `UPDATE reviews r SET summary = 'Matrix: a good quarter', shared_at = CASE WHEN $3 THEN now() END
         FROM review_cycles c WHERE c.id = r.cycle_id AND c.status = 'open' AND r.org_id = $1 AND r.person_id = $2`,
      [orgId, ctx.org.personId('Sam'), state === 'shared'],
    );
  }
  const [row]: ReviewFixture[] = await ctx.db.query(
    `SELECT c.id AS "cycleId", c.version AS "cycleVersion", c.quarter, r.id AS "reviewId", r.version
       FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
      WHERE r.org_id = $1 AND r.person_id = $2 AND c.status = 'open' ORDER BY c.quarter DESC LIMIT 1`,
    [orgId, ctx.org.personId('Sam')],
  );
  if (!row) throw new Error('The demo has no open review cycle with Sam’s review');
  return row;
}

/** The person and their manager chain; nobody else learns the review exists. */
const PERSON_AND_CHAIN = {
  anonymous: 'UNAUTHENTICATED',
  member: 'ok',
  manager: 'ok',
  peerManager: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  otherOrg: 'NOT_FOUND',
} as const satisfies Record<string, Outcome>;

const MANAGER_CHAIN = { ...PERSON_AND_CHAIN, member: 'FORBIDDEN' } as const;
const PERSON_ONLY = { ...PERSON_AND_CHAIN, manager: 'FORBIDDEN' } as const;
const CYCLE_KEEPERS = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  manager: 'FORBIDDEN',
  peerManager: 'FORBIDDEN',
  admin: 'ok',
} as const;

/** Calibration and the team report: growth records of many people, for managers over their reach only. */
const MANAGERS_OVER_THEIR_REACH = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  otherOrg: 'FORBIDDEN',
} as const;

/** The people a report lists are exactly the manager's reach (first names). */
const reachOnly =
  (operation: string, firstNames: string[], list: 'reviews' | 'people' = 'reviews'): Check =>
  (data) => {
    const rows = field<Record<string, { person: { name: string } }[]>>(data, operation)[list];
    expect(rows.map((r) => r.person.name.split(' ')[0]).sort()).toEqual([...firstNames].sort());
  };

/** The reviews listed are the viewer's own and their reach's, never anyone else's. */
const onlyReadableReviews: Check = (data, ctx) => {
  const cycles = field<{ cycles: { reviews: { person: { name: string } }[] }[] }>(data, 'reviewCycles').cycles;
  const names = new Set(cycles.flatMap((c) => c.reviews.map((r) => r.person.name.split(' ')[0])));
  const expected: Record<string, string[]> = {
    sam: ['Sam'],
    priya: ['Priya'],
    maya: ['Maya', 'Sam', 'Priya', 'Jonas', 'Amara', 'Luis'],
    omar: ['Omar', 'Hannah', 'Tomasz', 'Grace', 'Ravi', 'Elena'],
  };
  const account = ctx.email?.split('@')[0] ?? '';
  if (expected[account]) expect([...names].sort()).toEqual([...expected[account]].sort());
  else expect(names.size).toBeLessThanOrEqual(1); // an admin: their own at most
};

const REVIEW_DOC = `query R($id: ID!) { review(id: $id) { id person { name } summary packet { evidence { total } } } }`;

export const REVIEW_ROWS: AccessRow[] = [
  {
    operation: 'reviewCycles',
    title: 'the review cycles and the reviews each viewer may read',
    member: 'sam',
    document: `query { reviewCycles { canOpen cycles { quarter reviews { person { name } } } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: onlyReadableReviews,
      manager: onlyReadableReviews,
      peerManager: onlyReadableReviews,
      admin: onlyReadableReviews,
      otherOrg: (data) =>
        expect(field<{ cycles: { reviews: unknown[] }[] }>(data, 'reviewCycles').cycles.length).toBeGreaterThan(0),
    },
  },
  {
    operation: 'reviewCycle',
    title: 'this quarter’s cycle, its reviews filtered to the viewer’s',
    member: 'priya',
    document: `query C($id: ID!) { reviewCycle(id: $id) { quarter reviews { person { name } } } }`,
    variables: async (ctx) => ({ id: (await samsReview(ctx)).cycleId }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: (data) =>
        expect(
          field<{ reviews: { person: { name: string } }[] }>(data, 'reviewCycle').reviews.map((r) => r.person.name),
        ).toEqual([expect.stringMatching(/^Priya/)]),
      manager: 'ok',
      peerManager: (data) =>
        expect(
          field<{ reviews: { person: { name: string } }[] }>(data, 'reviewCycle').reviews.some((r) =>
            r.person.name.startsWith('Sam'),
          ),
        ).toBe(false),
      admin: 'ok',
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'review',
    title: 'Sam’s review',
    member: 'sam',
    document: REVIEW_DOC,
    variables: async (ctx) => ({ id: (await samsReview(ctx)).reviewId }),
    expect: PERSON_AND_CHAIN,
  },
  {
    operation: 'review',
    title: 'Sam’s review, asked by Priya (a peer)',
    member: 'priya',
    document: REVIEW_DOC,
    variables: async (ctx) => ({ id: (await samsReview(ctx)).reviewId }),
    expect: { ...PERSON_AND_CHAIN, member: 'NOT_FOUND' },
  },
  {
    operation: 'writeReview',
    title: 'writing Sam’s review',
    member: 'sam',
    document: `mutation W($input: WriteReviewInput!) { writeReview(input: $input) { summary } }`,
    variables: async (ctx) => {
      const r = await samsReview(ctx);
      return { input: { id: r.reviewId, version: r.version, summary: 'Matrix', strengths: '', focus: '' } };
    },
    expect: MANAGER_CHAIN,
  },
  {
    operation: 'shareReview',
    title: 'sharing Sam’s written review',
    member: 'sam',
    document: `mutation S($input: ReviewVersionInput!) { shareReview(input: $input) { state } }`,
    variables: async (ctx) => {
      const r = await samsReview(ctx, 'written');
      return { input: { id: r.reviewId, version: r.version } };
    },
    expect: MANAGER_CHAIN,
  },
  {
    operation: 'reflectOnReview',
    title: 'Sam’s reflection',
    member: 'sam',
    document: `mutation F($input: ReflectOnReviewInput!) { reflectOnReview(input: $input) { reflection } }`,
    variables: async (ctx) => {
      const r = await samsReview(ctx);
      return { input: { id: r.reviewId, version: r.version, reflection: 'Matrix: my quarter' } };
    },
    expect: PERSON_ONLY,
  },
  {
    operation: 'acknowledgeReview',
    title: 'acknowledging Sam’s shared review',
    member: 'sam',
    document: `mutation A($input: ReviewVersionInput!) { acknowledgeReview(input: $input) { state } }`,
    variables: async (ctx) => {
      const r = await samsReview(ctx, 'shared');
      return { input: { id: r.reviewId, version: r.version } };
    },
    expect: PERSON_ONLY,
  },
  {
    operation: 'draftGoalFromReviewFocus',
    title: 'turning the focus of Sam’s review into a draft goal',
    member: 'sam',
    document: `mutation G($id: ID!) { draftGoalFromReviewFocus(id: $id) { focusGoalId } }`,
    variables: async (ctx) => {
      await ctx.db.query(`UPDATE reviews SET focus = 'Matrix: lead a design' WHERE org_id = $1 AND person_id = $2`, [
        ctx.org.plan.id,
        ctx.org.personId('Sam'),
      ]);
      return { id: (await samsReview(ctx)).reviewId };
    },
    expect: MANAGER_CHAIN,
  },
  {
    operation: 'adjustReviewReadiness',
    title: 'calibrating Sam’s readiness (directors only: no actor here is one)',
    member: 'sam',
    document: `mutation J($input: AdjustReadinessInput!) { adjustReviewReadiness(input: $input) { readiness } }`,
    variables: async (ctx) => {
      const r = await samsReview(ctx);
      return { input: { id: r.reviewId, version: r.version, readiness: 'READY', reason: 'Matrix' } };
    },
    expect: { ...PERSON_AND_CHAIN, member: 'FORBIDDEN', manager: 'FORBIDDEN' },
  },
  {
    operation: 'openReviewCycle',
    title: 'opening last quarter’s review',
    member: 'sam',
    document: `mutation O($input: OpenReviewCycleInput!) { openReviewCycle(input: $input) { id quarter } }`,
    variables: async (ctx) => ({ input: { quarter: previousQuarterKey((await samsReview(ctx)).quarter) } }),
    expect: {
      ...CYCLE_KEEPERS,
      // The other organization's admin opens it in their own organization.
      otherOrg: async (data, ctx) => {
        const rows: { orgId: string }[] = await ctx.db.query(
          `SELECT org_id AS "orgId" FROM review_cycles WHERE id = $1`,
          [field<{ id: string }>(data, 'openReviewCycle').id],
        );
        expect(rows).toEqual([{ orgId: homeOf(ctx).plan.id }]);
      },
    },
  },
  {
    operation: 'closeReviewCycle',
    title: 'closing this quarter’s cycle',
    member: 'sam',
    document: `mutation C($input: CloseReviewCycleInput!) { closeReviewCycle(input: $input) { status } }`,
    variables: async (ctx) => {
      const r = await samsReview(ctx);
      return { input: { id: r.cycleId, version: r.cycleVersion, confirmUnshared: true } };
    },
    expect: { ...CYCLE_KEEPERS, otherOrg: 'NOT_FOUND' },
  },
  {
    operation: 'reviewCalibration',
    title: 'calibration of this quarter over the viewer’s reach',
    member: 'sam',
    document: `query C($id: ID!) { reviewCalibration(cycleId: $id) { byManager { name } reviews { person { name } } } }`,
    variables: async (ctx) => ({ id: (await samsReview(ctx)).cycleId }),
    expect: {
      ...MANAGERS_OVER_THEIR_REACH,
      manager: reachOnly('reviewCalibration', ['Sam', 'Priya', 'Jonas', 'Amara', 'Luis']),
      peerManager: reachOnly('reviewCalibration', ['Hannah', 'Tomasz', 'Grace', 'Ravi', 'Elena']),
    },
  },
  {
    operation: 'reviewTeamReport',
    title: 'the team report of this quarter over the viewer’s reach',
    member: 'priya',
    document: `query T($id: ID!) { reviewTeamReport(cycleId: $id) { highlights people { person { name } } } }`,
    variables: async (ctx) => ({ id: (await samsReview(ctx)).cycleId }),
    expect: {
      ...MANAGERS_OVER_THEIR_REACH,
      manager: reachOnly('reviewTeamReport', ['Sam', 'Priya', 'Jonas', 'Amara', 'Luis'], 'people'),
      peerManager: reachOnly('reviewTeamReport', ['Hannah', 'Tomasz', 'Grace', 'Ravi', 'Elena'], 'people'),
    },
  },
];
