import { nextQuarterKey, previousQuarterKey, quarterOfKey } from '@trellis/domain';
import { DataSource } from 'typeorm';
import { errorCode, GraphQLClient, GraphQLResponse, ok } from '../support/graphql-client';
import { ReviewHistorySeeder } from '../../src/modules/reviews/reviews.module';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const PACKET = `packet { frozen highlights
  ratings { competencyKey self { now before change } manager { now before change } gapToLevel }
  ratingSummary { rated improved declined }
  goals { finished { title } active { title } atRisk dropped }
  evidence { total fromStaffing byCompetency { competencyKey count } incidents { title } }
  oneOnOnes { held expected kept actionItemsDone actionItemsOverdue }
  time { developmentShare developmentTarget allocatedDays capacityDays meetsTarget stretch { projectName } }
  readiness { now before change nextLevelName } }`;
const REVIEW_FIELDS = `id version state quarter cycleStatus summary strengths focus readiness reflection sharedAt acknowledgedAt
  canWrite canReflect person { name } adjustments { from to reason byName } ${PACKET}`;
const OVERVIEW = `query { reviewCycles { currentQuarter canOpen cycles { id quarter status version canClose myReviewId
  progress { total drafted shared acknowledged } reviews { id state person { name } } } } }`;
const REVIEW = `query R($id: ID!) { review(id: $id) { ${REVIEW_FIELDS} } }`;
const WRITE = `mutation W($input: WriteReviewInput!) { writeReview(input: $input) { ${REVIEW_FIELDS} } }`;
const SHARE = `mutation S($input: ReviewVersionInput!) { shareReview(input: $input) { ${REVIEW_FIELDS} } }`;
const REFLECT = `mutation F($input: ReflectOnReviewInput!) { reflectOnReview(input: $input) { ${REVIEW_FIELDS} } }`;
const ACK = `mutation A($input: ReviewVersionInput!) { acknowledgeReview(input: $input) { ${REVIEW_FIELDS} } }`;
const ADJUST = `mutation J($input: AdjustReadinessInput!) { adjustReviewReadiness(input: $input) { ${REVIEW_FIELDS} } }`;
const OPEN = `mutation O($input: OpenReviewCycleInput!) { openReviewCycle(input: $input) { id quarter status progress { total } } }`;
const CLOSE = `mutation C($input: CloseReviewCycleInput!) { closeReviewCycle(input: $input) { id status version canClose } }`;

interface ReviewView {
  id: string;
  version: number;
  state: string;
  quarter: string;
  summary: string | null;
  readiness: string | null;
  reflection: string;
  canWrite: boolean;
  canReflect: boolean;
  adjustments: { from: string | null; to: string; reason: string; byName: string }[];
  packet: {
    frozen: boolean;
    highlights: string[];
    ratings: { competencyKey: string; manager: { now: string | null } | null; gapToLevel: number | null }[];
    ratingSummary: { rated: number };
    goals: { finished: { title: string }[]; active: { title: string }[] };
    evidence: { total: number; fromStaffing: number };
    oneOnOnes: { held: number; expected: number; kept: boolean | null };
    time: { developmentShare: number; developmentTarget: number; allocatedDays: number; capacityDays: number };
    readiness: { now: number } | null;
  };
}
interface CycleView {
  id: string;
  quarter: string;
  status: string;
  version: number;
  canClose: boolean;
  myReviewId: string | null;
  progress: { total: number; drafted: number; shared: number; acknowledged: number };
  reviews: { id: string; state: string; person: { name: string } }[];
}

const field = (res: GraphQLResponse<unknown>) => res.errors[0]?.extensions?.field;

describe('quarterly reviews', () => {
  let test: TestApp;
  let db: DataSource;
  let org: TestOrganization;
  let maya: GraphQLClient;
  let sam: GraphQLClient;
  let dana: GraphQLClient;
  let admin: GraphQLClient;
  let priya: GraphQLClient;
  let omar: GraphQLClient;
  let cycle: CycleView;
  let samsReview: string;

  const overview = async (client: GraphQLClient) =>
    ok(
      await client.request<{ reviewCycles: { currentQuarter: string; canOpen: boolean; cycles: CycleView[] } }>(
        OVERVIEW,
      ),
    ).reviewCycles;
  const review = async (client: GraphQLClient, id = samsReview) =>
    ok(await client.request<{ review: ReviewView }>(REVIEW, { id })).review;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.dataSource;
    org = await createTestOrganization(test);
    [maya, sam, dana, admin, priya, omar] = await Promise.all(
      ['maya', 'sam', 'dana', 'admin', 'priya', 'omar'].map((n) => org.signIn(n)),
    );
    const mine = await overview(maya);
    cycle = mine.cycles[0];
    samsReview = cycle.reviews.find((r) => r.person.name.startsWith('Sam'))?.id as string;
  });
  afterAll(() => test?.close());

  it('opens with the demo cycle: each manager sees the progress of their reach, a member their own review', async () => {
    const mine = await overview(maya);
    expect(mine.cycles).toHaveLength(1);
    expect(cycle).toEqual(
      expect.objectContaining({
        quarter: mine.currentQuarter,
        status: 'OPEN',
        canClose: false,
        myReviewId: expect.any(String),
      }),
    );
    // Payments: five reports; Priya's drafted, Jonas's shared and acknowledged.
    expect(cycle.progress).toEqual({ total: 5, drafted: 2, shared: 1, acknowledged: 1 });
    expect(cycle.reviews.map((r) => r.person.name.split(' ')[0]).sort()).toEqual(
      ['Amara', 'Jonas', 'Luis', 'Maya', 'Priya', 'Sam'].sort(),
    );
    expect(mine.canOpen).toBe(false);

    const sams = (await overview(sam)).cycles[0];
    expect(sams.reviews.map((r) => r.person.name)).toEqual([expect.stringMatching(/^Sam/)]);
    expect(sams.myReviewId).toBe(samsReview);
    // Dana, a director, may close it; the admin sees only their own review.
    expect((await overview(dana)).cycles[0].canClose).toBe(true);
    expect((await overview(admin)).cycles[0].reviews.map((r) => r.person.name)).toHaveLength(1);
  });

  it('lets only the person and their manager chain read a review', async () => {
    expect((await review(maya)).canWrite).toBe(true);
    expect((await review(dana)).canWrite).toBe(true);
    const own = await review(sam);
    expect(own).toEqual(expect.objectContaining({ canWrite: false, canReflect: true, summary: null }));
    for (const outsider of [priya, omar, admin]) {
      expect(errorCode(await outsider.request(REVIEW, { id: samsReview }))).toBe('NOT_FOUND');
    }
    expect(field(await maya.request(REVIEW, { id: 'not-an-id' }))).toBe('id');
    // Sam sees that Maya and Dana read his review; his own reading is not listed.
    const reads = ok(
      await sam.request<{ myRecordReads: { readerName: string; kind: string }[] }>(
        `{ myRecordReads { readerName kind } }`,
      ),
    ).myRecordReads.filter((r) => r.kind === 'REVIEW');
    expect(reads.map((r) => r.readerName.split(' ')[0]).sort()).toEqual(['Dana', 'Maya']);
    const stored: { recordId: string }[] = await db.query(
      `SELECT record_id AS "recordId" FROM record_reads WHERE org_id = $1 AND kind = 'review' AND subject_id = $2`,
      [org.plan.id, org.personId('Sam')],
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((r) => r.recordId === samsReview)).toBe(true);
  });

  it('computes the packet from the quarter’s records, and never from private notes', async () => {
    const packet = (await review(maya)).packet;
    const quarter = cycle.quarter;
    // The demo's fiscal year starts in January.
    const { start, end } = quarterOfKey(quarter, 1);
    const [{ count }]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM evidence WHERE org_id = $1 AND person_id = $2 AND date BETWEEN $3 AND $4`,
      [org.plan.id, org.personId('Sam'), start, end],
    );
    expect(packet.frozen).toBe(false);
    expect(count).toBeGreaterThan(0);
    expect(packet.evidence.total).toBe(count);
    const [{ held }]: { held: number }[] = await db.query(
      `SELECT count(*)::int AS held FROM meetings m JOIN one_on_one_series s ON s.id = m.series_id
        WHERE s.org_id = $1 AND s.partner_id = $2 AND s.kind = 'manager_report' AND m.status = 'completed'
          AND (least(m.scheduled_at, m.completed_at) AT TIME ZONE s.time_zone)::date BETWEEN $3 AND $4`,
      [org.plan.id, org.personId('Sam'), start, end],
    );
    expect(held).toBeGreaterThan(0);
    expect(packet.oneOnOnes.held).toBe(held);
    expect(packet.oneOnOnes.expected).toBeGreaterThan(0);
    expect(packet.time.developmentTarget).toBeCloseTo(0.2);
    expect(packet.time.capacityDays).toBeGreaterThan(0);
    expect(packet.readiness).not.toBeNull();
    // Maya keeps private notes on her one-on-ones with Sam: not a word of them reaches the packet.
    const notes: { body: string }[] = await db.query(
      `SELECT n.body FROM meeting_private_notes n JOIN meetings m ON m.id = n.meeting_id
         JOIN one_on_one_series s ON s.id = m.series_id WHERE s.org_id = $1 AND s.partner_id = $2 AND n.body <> ''`,
      [org.plan.id, org.personId('Sam')],
    );
    expect(notes.length).toBeGreaterThan(0);
    const text = JSON.stringify(await review(maya));
    for (const n of notes) expect(text).not.toContain(n.body.slice(0, 30));
  });

  it('hides the manager’s writing and figures from the person until shared; a stale save is a conflict', async () => {
    const before = await review(maya);
    const input = {
      id: samsReview,
      version: before.version,
      summary: '  Sam shipped the ledger export and led his first incident.  ',
      strengths: 'Ownership',
      focus: 'Design one service end to end',
      readiness: 'SOON',
    };
    const written = ok(await maya.request<{ writeReview: ReviewView }>(WRITE, { input })).writeReview;
    expect(written).toEqual(
      expect.objectContaining({
        state: 'DRAFTED',
        summary: 'Sam shipped the ledger export and led his first incident.',
      }),
    );
    expect(errorCode(await maya.request(WRITE, { input: { ...input, summary: 'Overwrite?' } }))).toBe('CONFLICT');
    expect((await review(maya)).summary).toBe('Sam shipped the ledger export and led his first incident.');
    expect(errorCode(await sam.request(WRITE, { input: { ...input, version: written.version } }))).toBe('FORBIDDEN');

    const hidden = await review(sam);
    expect(hidden).toEqual(expect.objectContaining({ state: 'DRAFTED', summary: null, readiness: null }));
    expect(hidden.packet.readiness).toBeNull();
    expect(hidden.packet.ratings.every((r) => r.manager === null && r.gapToLevel === null)).toBe(true);
    // Sam cannot acknowledge what he has not been shown.
    expect(field(await sam.request(ACK, { input: { id: samsReview, version: written.version } }))).toBe('id');
  });

  it('shares the review, then Sam reflects and acknowledges it', async () => {
    const current = await review(maya);
    const shared = ok(
      await maya.request<{ shareReview: ReviewView }>(SHARE, { input: { id: samsReview, version: current.version } }),
    ).shareReview;
    expect(shared.state).toBe('SHARED');
    const seen = await review(sam);
    expect(seen.summary).toBe('Sam shipped the ledger export and led his first incident.');
    // The bell tells Sam, and only Sam.
    const bell = `{ myNotifications { items { kind text link } } }`;
    const told = ok(
      await sam.request<{ myNotifications: { items: { kind: string; text: string; link: string }[] } }>(bell),
    ).myNotifications.items.filter((n) => n.kind === 'review_shared');
    expect(told).toEqual([
      {
        kind: 'review_shared',
        text: `Maya Lindqvist shared your ${cycle.quarter} review: read it, add your reflection and acknowledge it.`,
        link: `/reviews/${samsReview}`,
      },
    ]);
    const others = ok(await priya.request<{ myNotifications: { items: { kind: string }[] } }>(bell)).myNotifications;
    expect(others.items.some((n) => n.kind === 'review_shared')).toBe(false);
    expect(seen.readiness).toBe('SOON');
    expect(seen.packet.readiness).not.toBeNull();

    expect(
      errorCode(await maya.request(REFLECT, { input: { id: samsReview, version: seen.version, reflection: 'Mine?' } })),
    ).toBe('FORBIDDEN');
    const reflected = ok(
      await sam.request<{ reflectOnReview: ReviewView }>(REFLECT, {
        input: { id: samsReview, version: seen.version, reflection: 'I want more design work.' },
      }),
    ).reflectOnReview;
    expect(reflected.reflection).toBe('I want more design work.');
    expect(errorCode(await maya.request(ACK, { input: { id: samsReview, version: reflected.version } }))).toBe(
      'FORBIDDEN',
    );
    const acknowledged = ok(
      await sam.request<{ acknowledgeReview: ReviewView }>(ACK, {
        input: { id: samsReview, version: reflected.version },
      }),
    ).acknowledgeReview;
    expect(acknowledged.state).toBe('ACKNOWLEDGED');
    const audit: { action: string; detail: unknown }[] = await db.query(
      `SELECT action, detail FROM audit_events WHERE org_id = $1 AND target_id = $2 ORDER BY at`,
      [org.plan.id, samsReview],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['review_written', 'review_shared', 'review_reflected', 'review_acknowledged']),
    );
    expect(JSON.stringify(audit)).not.toContain('design work');
  });

  it('exports a review as Markdown and PDF to whoever may read it, without a word of private notes', async () => {
    const get = (client: GraphQLClient | null, file: string) =>
      fetch(`${test.url}/exports/reviews/${file}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
    const markdown = await get(maya, `${samsReview}.md`);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-disposition')).toMatch(
      /attachment; filename="sam-okafor-fy\d{4}-q\d-review.md"/,
    );
    const text = await markdown.text();
    expect(text).toMatch(/^# Sam Okafor: Q\d FY\d{4} review|^# Sam Okafor: .+ review/);
    expect(text).toContain('Sam shipped the ledger export and led his first incident.');
    expect(text).toContain('I want more design work.');
    expect(text).toContain('## One-on-ones');
    expect(text).toContain('Promotion readiness: Soon');
    expect(text).toMatch(/_Software Engineer · Payments · Acknowledged, shared \d{4}-\d{2}-\d{2}/);
    const notes: { body: string }[] = await db.query(
      `SELECT n.body FROM meeting_private_notes n JOIN meetings m ON m.id = n.meeting_id
         JOIN one_on_one_series s ON s.id = m.series_id WHERE s.org_id = $1 AND s.partner_id = $2 AND n.body <> ''`,
      [org.plan.id, org.personId('Sam')],
    );
    for (const n of notes) expect(text).not.toContain(n.body.slice(0, 30));

    const pdf = await get(sam, `${samsReview}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);

    expect((await get(priya, `${samsReview}.pdf`)).status).toBe(404);
    expect((await get(admin, `${samsReview}.md`)).status).toBe(404);
    expect((await get(null, `${samsReview}.md`)).status).toBe(401);
    expect((await get(maya, `${samsReview}.docx`)).status).toBe(404);
  });

  it('lets a director calibrate a readiness with a reason, and nobody else', async () => {
    const current = await review(dana);
    const input = {
      id: samsReview,
      version: current.version,
      readiness: 'NOT_YET',
      reason: 'Below the bar set for Payments.',
    };
    expect(errorCode(await maya.request(ADJUST, { input }))).toBe('FORBIDDEN');
    expect(field(await dana.request(ADJUST, { input: { ...input, reason: '   ' } }))).toBe('reason');
    const adjusted = ok(
      await dana.request<{ adjustReviewReadiness: ReviewView }>(ADJUST, { input }),
    ).adjustReviewReadiness;
    expect(adjusted.readiness).toBe('NOT_YET');
    expect(adjusted.adjustments).toEqual([
      { from: 'SOON', to: 'NOT_YET', reason: 'Below the bar set for Payments.', byName: 'Dana Whitfield' },
    ]);
  });

  it('turns the focus into one draft goal for next quarter, for the manager chain', async () => {
    const DRAFT = `mutation G($id: ID!) { draftGoalFromReviewFocus(id: $id) { focusGoalId } }`;
    expect(errorCode(await sam.request(DRAFT, { id: samsReview }))).toBe('FORBIDDEN');
    const { focusGoalId } = ok(
      await maya.request<{ draftGoalFromReviewFocus: { focusGoalId: string } }>(DRAFT, { id: samsReview }),
    ).draftGoalFromReviewFocus;
    const [goal]: { title: string; status: string; dueQuarter: string; personId: string }[] = await db.query(
      `SELECT title, status, due_quarter AS "dueQuarter", person_id AS "personId" FROM goals WHERE id = $1`,
      [focusGoalId],
    );
    expect(goal).toEqual({
      title: 'Design one service end to end',
      status: 'draft',
      dueQuarter: nextQuarterKey(cycle.quarter),
      personId: org.personId('Sam'),
    });
    expect(field(await maya.request(DRAFT, { id: samsReview }))).toBe('focus');
  });

  it('opens a quarter once, not a future one, and only for admins and directors', async () => {
    const { currentQuarter } = await overview(admin);
    expect(errorCode(await maya.request(OPEN, { input: {} }))).toBe('FORBIDDEN');
    expect(errorCode(await sam.request(OPEN, { input: {} }))).toBe('FORBIDDEN');
    expect(field(await admin.request(OPEN, { input: {} }))).toBe('quarter');
    expect(field(await admin.request(OPEN, { input: { quarter: 'FY2999-Q1' } }))).toBe('quarter');
    expect(field(await admin.request(OPEN, { input: { quarter: 'next' } }))).toBe('quarter');
    const previous = previousQuarterKey(currentQuarter);
    const opened = ok(
      await dana.request<{ openReviewCycle: { quarter: string; status: string } }>(OPEN, {
        input: { quarter: previous },
      }),
    ).openReviewCycle;
    expect(opened).toEqual(expect.objectContaining({ quarter: previous, status: 'OPEN' }));
  });

  it('closes only when confirmed over unshared reviews, and the closed quarter never changes', async () => {
    const version = (await overview(dana)).cycles.find((c) => c.id === cycle.id)?.version as number;
    expect(errorCode(await maya.request(CLOSE, { input: { id: cycle.id, version, confirmUnshared: true } }))).toBe(
      'FORBIDDEN',
    );
    const refused = await dana.request(CLOSE, { input: { id: cycle.id, version, confirmUnshared: false } });
    expect(field(refused)).toBe('confirmUnshared');
    expect(refused.errors[0].message).toMatch(/reviews are not shared yet/);
    const frozenBefore = (await review(maya)).packet;

    const closed = ok(
      await dana.request<{ closeReviewCycle: { status: string; canClose: boolean } }>(CLOSE, {
        input: { id: cycle.id, version, confirmUnshared: true },
      }),
    ).closeReviewCycle;
    expect(closed).toEqual(expect.objectContaining({ status: 'CLOSED', canClose: false }));

    // Later records of the quarter change nothing of it.
    await db.query(
      `INSERT INTO evidence (org_id, person_id, date, kind, title) VALUES ($1, $2, $3, 'other', 'Logged after closing')`,
      [org.plan.id, org.personId('Sam'), quarterOfKey(cycle.quarter, 1).start],
    );
    await db.query(`UPDATE people SET level = level WHERE org_id = $1`, [org.plan.id]);
    const after = await review(maya);
    expect(after.packet.frozen).toBe(true);
    expect({ ...after.packet, frozen: false }).toEqual(frozenBefore);
    expect(after.canWrite).toBe(false);
    expect(
      errorCode(
        await maya.request(WRITE, {
          input: { id: samsReview, version: after.version, summary: 'Later', strengths: '', focus: '' },
        }),
      ),
    ).toBe('CONFLICT');
    // Nor does any other path: the database refuses a change to a closed cycle's review.
    await expect(db.query(`UPDATE reviews SET summary = 'Changed' WHERE id = $1`, [samsReview])).rejects.toThrow(
      /closed cycle/,
    );
    const audit: unknown[] = await db.query(
      `SELECT 1 FROM audit_events WHERE org_id = $1 AND action = 'review_cycle_closed' AND target_id = $2`,
      [org.plan.id, cycle.id],
    );
    expect(audit).toHaveLength(1);
  });
});

describe('the demo’s review history', () => {
  let test: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
  });
  afterAll(() => test?.close());

  it('closes last quarter’s reviews as a real closing does: written, shared, frozen', async () => {
    await test.app.get(ReviewHistorySeeder).closeLastQuarter(org.plan.id);
    const maya = await org.signIn('maya');
    const { cycles, currentQuarter } = ok(
      await maya.request<{ reviewCycles: { currentQuarter: string; cycles: CycleView[] } }>(OVERVIEW),
    ).reviewCycles;
    expect(cycles.map((c) => [c.quarter, c.status])).toEqual([
      [currentQuarter, 'OPEN'],
      [previousQuarterKey(currentQuarter), 'CLOSED'],
    ]);
    const closed = cycles[1];
    expect(closed.progress).toEqual(expect.objectContaining({ total: 5, shared: 5 }));
    const sams = closed.reviews.find((r) => r.person.name.startsWith('Sam'))?.id as string;
    const review = ok(await maya.request<{ review: ReviewView }>(REVIEW, { id: sams })).review;
    expect(review.packet.frozen).toBe(true);
    expect(review.summary).toMatch(/^Sam delivered steadily last quarter/);
    expect(review.canWrite).toBe(false);
  });

  it('gives managers calibration and a team report over their reach, comparing quarters, and a CSV', async () => {
    const [maya, dana, sam, admin] = await Promise.all(['maya', 'dana', 'sam', 'admin'].map((n) => org.signIn(n)));
    const open = ok(await dana.request<{ reviewCycles: { cycles: CycleView[] } }>(OVERVIEW)).reviewCycles.cycles[0];
    const CALIBRATION = `query C($id: ID!) { reviewCalibration(cycleId: $id) { canAdjust reachAverageGap
      byManager { name people averageGap againstReach outlier readiness { notYet soon ready unset } }
      byTeam { name people } reviews { person { name } readiness } } }`;
    const REPORT = `query T($id: ID!) { reviewTeamReport(cycleId: $id) { developmentTarget highlights coverageGained coverageLost
      competencyChanges { competencyName before now change }
      quarters { quarter frozen people goalsFinished byArea { areaName averageGap } readiness { notYet soon ready unset } }
      people { person { name } goalsFinished developmentShare readinessShare } } }`;
    type Calibration = {
      canAdjust: boolean;
      byManager: { name: string; people: number; readiness: { unset: number } }[];
      reviews: unknown[];
    };
    const mayas = ok(
      await maya.request<{ reviewCalibration: Calibration }>(CALIBRATION, { id: open.id }),
    ).reviewCalibration;
    expect(mayas.byManager.map((m) => [m.name, m.people])).toEqual([['Maya Lindqvist', 5]]);
    expect(mayas.reviews).toHaveLength(5);
    expect(mayas.canAdjust).toBe(false);
    const danas = ok(
      await dana.request<{ reviewCalibration: Calibration }>(CALIBRATION, { id: open.id }),
    ).reviewCalibration;
    expect(danas.canAdjust).toBe(true);
    expect(danas.byManager.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Dana Whitfield', 'Maya Lindqvist', 'Omar Haddad']),
    );
    for (const outsider of [sam, admin])
      expect(errorCode(await outsider.request(CALIBRATION, { id: open.id }))).toBe('FORBIDDEN');

    type Report = {
      highlights: string[];
      competencyChanges: { competencyName: string; before: number | null; now: number | null; change: number | null }[];
      quarters: { quarter: string; frozen: boolean; people: number; byArea: { averageGap: number | null }[] }[];
      people: { person: { name: string } }[];
    };
    const report = ok(await maya.request<{ reviewTeamReport: Report }>(REPORT, { id: open.id })).reviewTeamReport;
    expect(report.quarters.map((q) => [q.quarter, q.frozen, q.people])).toEqual([
      [previousQuarterKey(open.quarter), true, 5],
      [open.quarter, false, 5],
    ]);
    expect(report.quarters[1].byArea.some((a) => a.averageGap !== null)).toBe(true);
    // The heatmap's change: last quarter's snapshot against this quarter, largest first.
    const moved = report.competencyChanges.filter((c) => c.change !== null);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved[0].change).toBeCloseTo((moved[0].now ?? 0) - (moved[0].before ?? 0));
    expect(Math.abs(moved[0].change ?? 0)).toBeGreaterThanOrEqual(Math.abs(moved[moved.length - 1].change ?? 0));
    expect(report.people.map((p) => p.person.name.split(' ')[0]).sort()).toEqual(
      ['Amara', 'Jonas', 'Luis', 'Priya', 'Sam'].sort(),
    );
    expect(report.highlights.length).toBeGreaterThan(0);
    expect(errorCode(await sam.request(REPORT, { id: open.id }))).toBe('FORBIDDEN');

    const csv = await fetch(`${test.url}/exports/reviews/cycles/${open.id}.csv`, {
      headers: { cookie: maya.cookie as string },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'name,team,manager,ratings_up,ratings_down,below_level,goals_finished,evidence,one_on_ones_held,one_on_ones_expected,development_percent,meets_development_target,readiness_percent,readiness_change_points,readiness_call',
    );
    expect(lines).toHaveLength(6);
    expect(lines.some((l) => l.startsWith('Sam Okafor,Payments,Maya Lindqvist,'))).toBe(true);
    const pdf = await fetch(`${test.url}/exports/reviews/cycles/${open.id}.pdf`, {
      headers: { cookie: dana.cookie as string },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const refused = await fetch(`${test.url}/exports/reviews/cycles/${open.id}.csv`, {
      headers: { cookie: sam.cookie as string },
    });
    expect(refused.status).toBe(403);
  });
});
