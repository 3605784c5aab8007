import { DataSource } from 'typeorm';
import { errorCode, GraphQLClient, GraphQLResponse, ok } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const MEETING_FIELDS = `id version status scheduledAt mood canSetMood hasPrivateNote
  series { id kind version participant partner { name } }
  points { id text position discussed tags version author { name } carriedFrom { meetingId } }
  actionItems { id text done overdue version owner { name } carriedFrom { meetingId } }
  checkIns { goalTitle progress }
  previousMeeting { id discussedPoints actionItems { text done } notesExcerpt }`;

const START = `mutation S($input: StartOneOnOneSeriesInput!) { startOneOnOneSeries(input: $input) {
  id version participant meetings { id status scheduledAt } nextMeeting { id } } }`;
const MEETING = `query M($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const ADD_POINT = `mutation A($meetingId: ID!, $input: TalkingPointInput!) { addTalkingPoint(meetingId: $meetingId, input: $input) { ${MEETING_FIELDS} } }`;
const MOVE = `mutation Mv($id: ID!, $position: Int!) { moveTalkingPoint(id: $id, position: $position) { points { text position } } }`;
const DISCUSSED = `mutation D($id: ID!) { markTalkingPointDiscussed(id: $id, discussed: true) { id } }`;
const ADD_ITEM = `mutation I($meetingId: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $meetingId, input: $input) { actionItems { id text } } }`;
const DONE_ITEM = `mutation Dn($id: ID!) { completeActionItem(id: $id, done: true) { id } }`;
const COMPLETE = `mutation C($id: ID!, $version: Int!) { completeMeeting(id: $id, version: $version) { ${MEETING_FIELDS} } }`;
const MOOD = `mutation Md($meetingId: ID!, $mood: Int) { setMeetingMood(meetingId: $meetingId, mood: $mood) { mood } }`;
const MY_NOTE = `query N($meetingId: ID!) { myPrivateNote(meetingId: $meetingId) { body version } }`;
const SAVE_NOTE = `mutation P($meetingId: ID!, $body: String!, $version: Int!) { savePrivateNote(meetingId: $meetingId, body: $body, version: $version) { body version } }`;
const CHECK_IN = `mutation G($goalId: ID!, $input: GoalCheckInInput!) { checkInGoal(goalId: $goalId, input: $input) { id } }`;
const CADENCE = `query { cadenceByManager { manager { name } seriesCount held expected kept } }`;

type MeetingView = {
  id: string;
  version: number;
  status: string;
  mood: number | null;
  canSetMood: boolean;
  hasPrivateNote: boolean;
  series: { id: string; participant: boolean };
  points: {
    id: string;
    text: string;
    position: number;
    discussed: boolean;
    tags: string[];
    author: { name: string } | null;
    carriedFrom: { meetingId: string } | null;
  }[];
  actionItems: { id: string; text: string; done: boolean; carriedFrom: { meetingId: string } | null }[];
  checkIns: { goalTitle: string; progress: number }[];
  previousMeeting: { id: string; discussedPoints: string[]; actionItems: { text: string; done: boolean }[] } | null;
};

const field = (res: GraphQLResponse<unknown>) => res.errors[0]?.extensions?.field;

describe('one-on-ones', () => {
  let test: TestApp;
  let db: DataSource;
  let org: TestOrganization;
  let maya: GraphQLClient;
  let sam: GraphQLClient;
  let dana: GraphQLClient;
  let admin: GraphQLClient;
  let priya: GraphQLClient;
  let seriesId: string;
  let firstMeeting: string;

  const meeting = async (client: GraphQLClient, id: string) =>
    ok(await client.request<{ meeting: MeetingView }>(MEETING, { id })).meeting;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.dataSource;
    org = await createTestOrganization(test);
    [maya, sam, dana, admin, priya] = await Promise.all(
      ['maya', 'sam', 'dana', 'admin', 'priya'].map((n) => org.signIn(n)),
    );
    // The demo's own series end first, so the test's series is the only running one of the pair.
    await db.query(`UPDATE one_on_one_series SET status = 'ended' WHERE org_id = $1`, [org.plan.id]);
    const started = ok(
      await maya.request<{
        startOneOnOneSeries: { id: string; participant: boolean; meetings: { id: string; status: string }[] };
      }>(START, {
        input: {
          kind: 'MANAGER_REPORT',
          leadId: org.personId('Maya'),
          partnerId: org.personId('Sam'),
          cadence: 'WEEKLY',
          weekday: 2,
          startTime: '10:00',
          durationMinutes: 30,
          timeZone: 'Europe/Berlin',
          templateId: 'builtin:weekly-check-in',
        },
      }),
    ).startOneOnOneSeries;
    seriesId = started.id;
    expect(started.meetings).toHaveLength(1);
    firstMeeting = started.meetings[0].id;
  });
  afterAll(() => test.close());

  it('starts a series whose first meeting carries the template’s starter points', async () => {
    const first = await meeting(sam, firstMeeting);
    expect(first.status).toBe('SCHEDULED');
    expect(first.points.map((p) => p.text)).toEqual([
      'How are you doing this week?',
      'What went well since we last met?',
      'What is blocking you?',
      'Anything I can help with?',
    ]);
  });

  it('refuses a series Sam starts as "manager" of Maya, and names bad input', async () => {
    const input = {
      kind: 'MANAGER_REPORT',
      leadId: org.personId('Sam'),
      partnerId: org.personId('Maya'),
      cadence: 'WEEKLY',
      weekday: 2,
      startTime: '10:00',
      durationMinutes: 30,
      timeZone: 'Europe/Berlin',
    };
    expect(errorCode(await sam.request(START, { input }))).toBe('FORBIDDEN');
    const badZone = await maya.request(START, {
      input: { ...input, leadId: org.personId('Maya'), partnerId: org.personId('Priya'), timeZone: 'Mars/Base' },
    });
    expect(errorCode(badZone)).toBe('BAD_USER_INPUT');
    expect(field(badZone)).toBe('timeZone');
    const again = await maya.request(START, {
      input: { ...input, leadId: org.personId('Maya'), partnerId: org.personId('Sam') },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('lets both add points, reorders them densely, and completes: the open ones move on, marked', async () => {
    ok(
      await maya.request(ADD_POINT, {
        meetingId: firstMeeting,
        input: { text: 'Refunds API launch', tags: ['Workload', ' workload '] },
      }),
    );
    const afterSam = ok(
      await sam.request<{ addTalkingPoint: MeetingView }>(ADD_POINT, {
        meetingId: firstMeeting,
        input: { text: 'Conference budget', tags: ['career'] },
      }),
    ).addTalkingPoint;
    expect(afterSam.points.slice(-2).map((p) => [p.text, p.author?.name.split(' ')[0], p.tags])).toEqual([
      ['Refunds API launch', 'Maya', ['workload']],
      ['Conference budget', 'Sam', ['career']],
    ]);
    const samsPoint = afterSam.points.find((p) => p.text === 'Conference budget')!;
    const moved = ok(
      await maya.request<{ moveTalkingPoint: { points: { text: string; position: number }[] } }>(MOVE, {
        id: samsPoint.id,
        position: 0,
      }),
    ).moveTalkingPoint.points;
    expect(moved[0]).toEqual({ text: 'Conference budget', position: 0 });
    expect(moved.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5]);

    // Sam may not edit or remove Maya's point.
    const mayasPoint = afterSam.points.find((p) => p.text === 'Refunds API launch')!;
    const edit = await sam.request(
      `mutation U($id: ID!, $input: UpdateTalkingPointInput!) { updateTalkingPoint(id: $id, input: $input) { id } }`,
      {
        id: mayasPoint.id,
        input: { version: 1, text: 'Mine now' },
      },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');

    ok(await maya.request(DISCUSSED, { id: samsPoint.id }));
    const items = ok(
      await maya.request<{ addActionItem: { actionItems: { id: string; text: string }[] } }>(ADD_ITEM, {
        meetingId: firstMeeting,
        input: { text: 'Draft the launch plan', ownerId: org.personId('Sam'), dueDate: '2026-01-10' },
      }),
    ).addActionItem.actionItems;
    ok(
      await sam.request(ADD_ITEM, {
        meetingId: firstMeeting,
        input: { text: 'Book the venue', ownerId: org.personId('Maya') },
      }),
    );
    ok(await sam.request(DONE_ITEM, { id: items[0].id }));
    const badOwner = await maya.request(ADD_ITEM, {
      meetingId: firstMeeting,
      input: { text: 'Someone else', ownerId: org.personId('Priya') },
    });
    expect(field(badOwner)).toBe('ownerId');

    const before = await meeting(maya, firstMeeting);
    const next = ok(
      await maya.request<{ completeMeeting: MeetingView }>(COMPLETE, { id: firstMeeting, version: before.version }),
    ).completeMeeting;
    expect(next.id).not.toBe(firstMeeting);
    expect(next.status).toBe('SCHEDULED');
    // Every undiscussed point, first and in order, marked as carried from the completed meeting.
    expect(next.points.map((p) => p.text)).toEqual([
      'How are you doing this week?',
      'What went well since we last met?',
      'What is blocking you?',
      'Anything I can help with?',
      'Refunds API launch',
    ]);
    expect(new Set(next.points.map((p) => p.carriedFrom?.meetingId))).toEqual(new Set([firstMeeting]));
    expect(next.actionItems.map((a) => [a.text, a.carriedFrom?.meetingId])).toEqual([['Book the venue', firstMeeting]]);
    expect(next.previousMeeting).toEqual(
      expect.objectContaining({
        id: firstMeeting,
        discussedPoints: ['Conference budget'],
        actionItems: expect.arrayContaining([
          { text: 'Draft the launch plan', done: true },
          { text: 'Book the venue', done: false },
        ]),
      }),
    );

    const twice = await maya.request(COMPLETE, { id: firstMeeting, version: before.version + 1 });
    expect(errorCode(twice)).toBe('CONFLICT');
  });

  it('keeps the origin of a point carried twice', async () => {
    const next = await meeting(maya, await nextMeetingId());
    const completed = ok(
      await sam.request<{ completeMeeting: MeetingView }>(COMPLETE, { id: next.id, version: next.version }),
    ).completeMeeting;
    expect(completed.points.find((p) => p.text === 'Refunds API launch')?.carriedFrom?.meetingId).toBe(firstMeeting);
  });

  it('takes the mood from the partner only, and shows it to both', async () => {
    const id = await nextMeetingId();
    expect(errorCode(await maya.request(MOOD, { meetingId: id, mood: 4 }))).toBe('FORBIDDEN');
    const bad = await sam.request(MOOD, { meetingId: id, mood: 9 });
    expect(field(bad)).toBe('mood');
    ok(await sam.request(MOOD, { meetingId: id, mood: 4 }));
    expect((await meeting(maya, id)).mood).toBe(4);
    expect((await meeting(sam, id)).canSetMood).toBe(true);
    expect((await meeting(maya, id)).canSetMood).toBe(false);
  });

  it('keeps a private note its author’s alone, whoever else asks, even in SQL', async () => {
    const id = await nextMeetingId();
    const saved = ok(
      await maya.request<{ savePrivateNote: { body: string; version: number } }>(SAVE_NOTE, {
        meetingId: id,
        body: 'Sam seems tired; ask about on-call.',
        version: 0,
      }),
    ).savePrivateNote;
    expect(saved).toEqual({ body: 'Sam seems tired; ask about on-call.', version: 1 });
    expect(
      ok(await maya.request<{ myPrivateNote: { body: string } }>(MY_NOTE, { meetingId: id })).myPrivateNote.body,
    ).toBe('Sam seems tired; ask about on-call.');
    expect((await meeting(maya, id)).hasPrivateNote).toBe(true);
    // Sam has a note of his own (empty), never Maya's.
    expect(
      ok(await sam.request<{ myPrivateNote: { body: string; version: number } }>(MY_NOTE, { meetingId: id }))
        .myPrivateNote,
    ).toEqual({
      body: '',
      version: 0,
    });
    expect((await meeting(sam, id)).hasPrivateNote).toBe(false);
    // Dana (Maya's manager) and an admin do not even learn the meeting exists.
    expect(errorCode(await dana.request(MY_NOTE, { meetingId: id }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.request(MY_NOTE, { meetingId: id }))).toBe('NOT_FOUND');
    expect(errorCode(await dana.request(MEETING, { id }))).toBe('NOT_FOUND');

    // In the database, as the app role with Sam's (or the admin's) account, the row is not there.
    for (const reader of ['sam', 'admin', 'dana']) {
      const userId = await org.userId(reader);
      const rows = await db.transaction(async (m) => {
        await m.query(
          `SELECT set_config('role', 'trellis_app', true), set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`,
          [org.plan.id, userId],
        );
        return m.query(`SELECT body FROM meeting_private_notes WHERE meeting_id = $1`, [id]);
      });
      expect(rows).toEqual([]);
    }

    // A stale autosave is a conflict, never an overwrite.
    const stale = await maya.request(SAVE_NOTE, { meetingId: id, body: 'Overwritten?', version: 0 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(
      ok(await maya.request<{ myPrivateNote: { body: string } }>(MY_NOTE, { meetingId: id })).myPrivateNote.body,
    ).toBe('Sam seems tired; ask about on-call.');
    // The audit log says a note was saved on whose meeting, never what it says.
    const audit: { detail: unknown; target_label: string }[] = await db.query(
      `SELECT detail, target_label FROM audit_events WHERE org_id = $1 AND action = 'private_note_saved'`,
      [org.plan.id],
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain('tired');
  });

  it('links a goal check-in made from the meeting, and refuses a meeting of someone else', async () => {
    const id = await nextMeetingId();
    const [goal]: { id: string; title: string }[] = await db.query(
      `SELECT id, title FROM goals WHERE org_id = $1 AND person_id = $2 AND status IN ('active', 'at_risk') LIMIT 1`,
      [org.plan.id, org.personId('Sam')],
    );
    ok(
      await sam.request(CHECK_IN, {
        goalId: goal.id,
        input: { progress: 55, confidence: 'ON_TRACK', note: '', meetingId: id },
      }),
    );
    expect((await meeting(maya, id)).checkIns).toEqual([{ goalTitle: goal.title, progress: 55 }]);

    // Priya is not in the meeting: her check-in cannot name it.
    const [priyasGoal]: { id: string }[] = await db.query(
      `SELECT id FROM goals WHERE org_id = $1 AND person_id = $2 AND status IN ('active', 'at_risk') LIMIT 1`,
      [org.plan.id, org.personId('Priya')],
    );
    const refused = await priya.request(CHECK_IN, {
      goalId: priyasGoal.id,
      input: { progress: 10, confidence: 'ON_TRACK', note: '', meetingId: id },
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(field(refused)).toBe('meetingId');
  });

  it('gives Dana cadence figures per manager without any content, and a member none', async () => {
    // The series began twelve weeks ago: twelve weekly meetings expected, two held.
    await db.query(`UPDATE one_on_one_series SET created_at = now() - interval '84 days' WHERE id = $1`, [seriesId]);
    const rows = ok(
      await dana.request<{
        cadenceByManager: { manager: { name: string }; seriesCount: number; held: number; expected: number }[];
      }>(CADENCE),
    ).cadenceByManager;
    const mayas = rows.find((r) => r.manager.name.startsWith('Maya'));
    expect(mayas).toEqual(expect.objectContaining({ seriesCount: 1, held: 2, expected: 12, kept: false }));
    expect(errorCode(await sam.request(CADENCE))).toBe('FORBIDDEN');
    // Dana sees the series exists and its cadence, never what is in it.
    const seen = ok(
      await dana.request<{
        oneOnOneSeries: {
          participant: boolean;
          meetings: unknown[];
          latestMood: number | null;
          cadenceFigures: { held: number };
        };
      }>(
        `query S($id: ID!) { oneOnOneSeries(id: $id) { participant meetings { id } latestMood cadenceFigures { held } } }`,
        { id: seriesId },
      ),
    ).oneOnOneSeries;
    expect(seen).toEqual({ participant: false, meetings: [], latestMood: null, cadenceFigures: { held: 2 } });
  });

  async function nextMeetingId(): Promise<string> {
    const [row]: { id: string }[] = await db.query(
      `SELECT id FROM meetings WHERE org_id = $1 AND series_id = $2 AND status = 'scheduled' ORDER BY scheduled_at LIMIT 1`,
      [org.plan.id, seriesId],
    );
    return row.id;
  }
});

describe('one-on-ones in the demo', () => {
  let test: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
  });
  afterAll(() => test.close());

  it('gives every running series its next meeting, Sam and Maya an overdue item each, and keeps Maya’s notes hers', async () => {
    const [sam, maya, dana] = await Promise.all(['sam', 'maya', 'dana'].map((n) => org.signIn(n)));
    const SERIES = `{ oneOnOnes { kind status nextMeeting { id } lastHeld { id } latestMood otherPerson { name } } }`;
    type Series = { kind: string; status: string; nextMeeting: { id: string } | null; lastHeld: { id: string } | null };
    const mine = ok(await maya.request<{ oneOnOnes: Series[] }>(SERIES)).oneOnOnes;
    expect(mine.length).toBeGreaterThanOrEqual(6);
    expect(mine.filter((s) => s.status === 'ACTIVE' && (!s.nextMeeting || !s.lastHeld))).toEqual([]);
    const samsKinds = ok(await sam.request<{ oneOnOnes: Series[] }>(SERIES))
      .oneOnOnes.map((s) => s.kind)
      .sort();
    expect(samsKinds).toEqual(['MANAGER_REPORT', 'SKIP_LEVEL']);

    const OPEN = `{ myOpenActionItems { text overdue } }`;
    for (const client of [sam, maya]) {
      const items = ok(await client.request<{ myOpenActionItems: { overdue: boolean }[] }>(OPEN)).myOpenActionItems;
      expect(items[0]?.overdue).toBe(true);
    }

    // Maya's notes on her meetings with Sam: hers to read, nobody else's.
    const rows: { meeting_id: string }[] = await test.dataSource.query(
      `SELECT meeting_id FROM meeting_private_notes WHERE org_id = $1 AND author_user_id = $2`,
      [org.plan.id, await org.userId('maya')],
    );
    expect(rows.length).toBeGreaterThan(0);
    const NOTE = `query N($meetingId: ID!) { myPrivateNote(meetingId: $meetingId) { body } }`;
    const read = (client: GraphQLClient) =>
      client.request<{ myPrivateNote: { body: string } }>(NOTE, { meetingId: rows[0].meeting_id });
    expect(ok(await read(maya)).myPrivateNote.body).not.toBe('');
    expect(ok(await read(sam)).myPrivateNote.body).toBe('');
    expect(errorCode(await read(dana))).toBe('NOT_FOUND');

    // Completed meetings carry real shared-notes documents and some check-ins made in them.
    const [counts]: { notes: string; checkins: string; carried: string }[] = await test.dataSource.query(
      `SELECT (SELECT count(*) FROM meeting_shared_notes WHERE org_id = $1 AND octet_length(document) > 0) AS notes,
              (SELECT count(*) FROM goal_check_ins WHERE org_id = $1 AND meeting_id IS NOT NULL) AS checkins,
              (SELECT count(*) FROM meeting_points WHERE org_id = $1 AND carried_from_meeting_id IS NOT NULL) AS carried`,
      [org.plan.id],
    );
    expect(Number(counts.notes)).toBeGreaterThan(20);
    expect(Number(counts.checkins)).toBeGreaterThan(0);
    expect(Number(counts.carried)).toBeGreaterThan(0);
  });
});
