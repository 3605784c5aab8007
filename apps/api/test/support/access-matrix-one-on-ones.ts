import { AccessRow, Check, field, MatrixContext, Outcome } from './access-matrix-kit';

/*
 * One-on-ones: a meeting's content (agenda, action items, mood, check-ins, private notes) is its
 * two participants' alone. Nobody else learns that a meeting exists (NOT_FOUND), not Omar (a peer
 * manager), not an admin; an admin sees that a series exists (cadence figures) but cannot change
 * it. A private note is its author's alone, whoever else takes part. Templates are the admins'.
 */

interface PairFixture {
  seriesId: string;
  seriesVersion: number;
  meetingId: string;
  meetingVersion: number;
  samPointId: string;
  samPointVersion: number;
  itemId: string;
  itemVersion: number;
}

const MAYAS_NOTE = 'Matrix: Maya’s private thought';

/** Maya and Sam's running series with its next meeting, a point by Sam and an open item: found or made. */
async function pair(ctx: MatrixContext, options: { mayasNote?: boolean } = {}): Promise<PairFixture> {
  const orgId = ctx.org.plan.id;
  const maya = ctx.org.personId('Maya');
  const sam = ctx.org.personId('Sam');
  const [series]: { id: string; version: number }[] = await ctx.db.query(
    `INSERT INTO one_on_one_series (org_id, kind, lead_id, partner_id, cadence, weekday, start_time, time_zone)
     VALUES ($1, 'manager_report', $2, $3, 'weekly', 3, '10:00', 'Europe/Berlin')
     ON CONFLICT (org_id, lead_id, partner_id, kind) WHERE status <> 'ended' DO UPDATE SET kind = EXCLUDED.kind
     RETURNING id, version`,
    [orgId, maya, sam],
  );
  let [meeting]: { id: string; version: number }[] = await ctx.db.query(
    `SELECT id, version FROM meetings WHERE org_id = $1 AND series_id = $2 AND status = 'scheduled'
     ORDER BY scheduled_at LIMIT 1`,
    [orgId, series.id],
  );
  if (!meeting) {
    [meeting] = await ctx.db.query(
      `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes) VALUES ($1, $2, now() + interval '1 day', 30)
       RETURNING id, version`,
      [orgId, series.id],
    );
  }
  let [point]: { id: string; version: number }[] = await ctx.db.query(
    `SELECT id, version FROM meeting_points WHERE org_id = $1 AND meeting_id = $2 AND text = 'Matrix: Sam’s point'`,
    [orgId, meeting.id],
  );
  if (!point) {
    [point] = await ctx.db.query(
      `INSERT INTO meeting_points (org_id, meeting_id, author_id, text, position, tags)
       VALUES ($1, $2, $3, 'Matrix: Sam’s point', 1000, '{workload}') RETURNING id, version`,
      [orgId, meeting.id, sam],
    );
  }
  let [item]: { id: string; version: number }[] = await ctx.db.query(
    `SELECT id, version FROM meeting_action_items WHERE org_id = $1 AND meeting_id = $2 AND text = 'Matrix: an item'`,
    [orgId, meeting.id],
  );
  if (!item) {
    [item] = await ctx.db.query(
      `INSERT INTO meeting_action_items (org_id, series_id, meeting_id, agreed_in_meeting_id, text, owner_id)
       VALUES ($1, $2, $3, $3, 'Matrix: an item', $4) RETURNING id, version`,
      [orgId, series.id, meeting.id, sam],
    );
  }
  if (options.mayasNote) {
    const [mayaUser]: { id: string }[] = await ctx.db.query(
      `SELECT id FROM users WHERE org_id = $1 AND person_id = $2`,
      [orgId, maya],
    );
    await ctx.db.query(
      `INSERT INTO meeting_private_notes (org_id, meeting_id, author_user_id, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, meeting_id, author_user_id) DO UPDATE SET body = EXCLUDED.body`,
      [orgId, meeting.id, mayaUser.id, MAYAS_NOTE],
    );
  }
  return {
    seriesId: series.id,
    seriesVersion: series.version,
    meetingId: meeting.id,
    meetingVersion: meeting.version,
    samPointId: point.id,
    samPointVersion: point.version,
    itemId: item.id,
    itemVersion: item.version,
  };
}

async function orgTemplate(ctx: MatrixContext): Promise<{ id: string; version: number }> {
  const [row]: { id: string; version: number }[] = await ctx.db.query(
    `INSERT INTO one_on_one_templates (org_id, name, points) VALUES ($1, 'Matrix template', '{"How is it going?"}')
     ON CONFLICT (org_id, lower(name)) DO UPDATE SET name = EXCLUDED.name RETURNING id, version`,
    [ctx.org.plan.id],
  );
  return row;
}

/** Content: the two participants; nobody else learns the meeting exists. */
const PARTICIPANTS = {
  anonymous: 'UNAUTHENTICATED',
  member: 'ok',
  manager: 'ok',
  peerManager: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  otherOrg: 'NOT_FOUND',
} as const satisfies Record<string, Outcome>;

/** A series change: participants; an admin sees the series (cadence) but may not change it. */
const SERIES_CHANGE = { ...PARTICIPANTS, admin: 'FORBIDDEN' } as const;

const ADMINS_ONLY = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  manager: 'FORBIDDEN',
  peerManager: 'FORBIDDEN',
  admin: 'ok',
  otherOrg: 'NOT_FOUND',
} as const;

const seesOwnNoteOnly: Check = (data, ctx) => {
  const note = field<{ body: string; version: number }>(data, 'myPrivateNote');
  if (ctx.email?.startsWith('maya@')) expect(note.body).toBe(MAYAS_NOTE);
  else expect(note).toEqual({ body: '', version: 0 });
};

const seriesSeenWithoutContent: Check = (data) =>
  expect(field<{ participant: boolean; meetings: unknown[]; latestMood: null }>(data, 'oneOnOneSeries')).toEqual({
    participant: false,
    meetings: [],
    latestMood: null,
  });

const ownSeriesListed: Check = async (data, ctx) => {
  const { seriesId } = await pair(ctx);
  expect(field<{ id: string }[]>(data, 'oneOnOnes').map((s) => s.id)).toContain(seriesId);
};

const MEETING_DOC = `query M($id: ID!) { meeting(id: $id) { id points { text } actionItems { text } } }`;
const meetingVars = async (ctx: MatrixContext) => ({ id: (await pair(ctx)).meetingId });

export const ONE_ON_ONE_ROWS: AccessRow[] = [
  {
    operation: 'oneOnOnes',
    title: 'the viewer’s own one-on-ones',
    member: 'sam',
    document: `query { oneOnOnes { id participant } }`,
    variables: async (ctx) => (await pair(ctx), {}),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: ownSeriesListed,
      manager: ownSeriesListed,
      peerManager: 'ok',
      admin: 'ok',
      otherOrg: 'ok',
    },
  },
  {
    operation: 'oneOnOneSeries',
    title: 'Maya and Sam’s series: content for them, existence and cadence for an admin',
    member: 'sam',
    document: `query S($id: ID!) { oneOnOneSeries(id: $id) { participant meetings { id } latestMood } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).seriesId }),
    expect: { ...PARTICIPANTS, admin: seriesSeenWithoutContent },
  },
  {
    operation: 'oneOnOneSearch',
    title: 'searching Maya and Sam’s history by tag',
    member: 'sam',
    document: `query S($id: ID!) { oneOnOneSearch(seriesId: $id, tag: "workload") { text } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).seriesId }),
    expect: PARTICIPANTS,
  },
  {
    operation: 'meeting',
    title: 'Maya and Sam’s next meeting',
    member: 'sam',
    document: MEETING_DOC,
    variables: meetingVars,
    expect: PARTICIPANTS,
  },
  {
    operation: 'meeting',
    title: 'a meeting Priya is not in',
    member: 'priya',
    document: MEETING_DOC,
    variables: meetingVars,
    expect: { ...PARTICIPANTS, member: 'NOT_FOUND' },
  },
  {
    operation: 'myOpenActionItems',
    title: 'the viewer’s open action items',
    member: 'sam',
    document: `query { myOpenActionItems { text owner { id } } }`,
    variables: async (ctx) => (await pair(ctx), {}),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: (data, ctx) =>
        expect(
          field<{ owner: { id: string } }[]>(data, 'myOpenActionItems').every((i) => i.owner.id === ctx.personId),
        ).toBe(true),
      manager: 'ok',
      peerManager: 'ok',
      admin: 'ok',
      otherOrg: 'ok',
    },
  },
  {
    operation: 'cadenceByManager',
    title: 'cadence figures per manager',
    member: 'sam',
    document: `query { cadenceByManager { manager { name } held expected } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'ok',
      peerManager: 'ok',
      admin: 'ok',
      otherOrg: 'ok',
    },
  },
  {
    operation: 'oneOnOneTemplates',
    title: 'the templates',
    member: 'sam',
    document: `query { oneOnOneTemplates { name builtIn } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'ok',
      manager: 'ok',
      peerManager: 'ok',
      admin: 'ok',
      otherOrg: 'ok',
    },
  },
  {
    operation: 'myPrivateNote',
    title: 'private notes on a meeting where Maya keeps one: Sam never reads it',
    member: 'sam',
    document: `query N($meetingId: ID!) { myPrivateNote(meetingId: $meetingId) { body version } }`,
    variables: async (ctx) => ({ meetingId: (await pair(ctx, { mayasNote: true })).meetingId }),
    expect: { ...PARTICIPANTS, member: seesOwnNoteOnly, manager: seesOwnNoteOnly },
  },
  {
    operation: 'startOneOnOneSeries',
    title: 'Maya starting a series with Priya',
    member: 'sam',
    document: `mutation S($input: StartOneOnOneSeriesInput!) { startOneOnOneSeries(input: $input) { id } }`,
    variables: async (ctx) => {
      await ctx.db.query(`UPDATE one_on_one_series SET status = 'ended' WHERE org_id = $1 AND partner_id = $2`, [
        ctx.org.plan.id,
        ctx.org.personId('Priya'),
      ]);
      return {
        input: {
          kind: 'MANAGER_REPORT',
          leadId: ctx.org.personId('Maya'),
          partnerId: ctx.org.personId('Priya'),
          cadence: 'BIWEEKLY',
          weekday: 4,
          startTime: '14:00',
          durationMinutes: 30,
          timeZone: 'Europe/Berlin',
          templateId: 'builtin:career-conversation',
        },
      };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      manager: 'ok',
      peerManager: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      otherOrg: 'NOT_FOUND',
    },
  },
  {
    operation: 'updateOneOnOneSeries',
    title: 'moving Maya and Sam’s series to Thursdays',
    member: 'sam',
    document: `mutation U($id: ID!, $input: UpdateOneOnOneSeriesInput!) { updateOneOnOneSeries(id: $id, input: $input) { weekday } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      return { id: p.seriesId, input: { version: p.seriesVersion, weekday: 4 } };
    },
    expect: SERIES_CHANGE,
  },
  ...(['pause', 'end'] as const).map((verb): AccessRow => ({
    operation: `${verb}OneOnOneSeries`,
    title: `${verb === 'pause' ? 'pausing' : 'ending'} Maya and Sam’s series`,
    member: 'sam',
    document: `mutation P($id: ID!, $version: Int!) { ${verb}OneOnOneSeries(id: $id, version: $version) { status } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      return { id: p.seriesId, version: p.seriesVersion };
    },
    expect: SERIES_CHANGE,
  })),
  {
    operation: 'resumeOneOnOneSeries',
    title: 'resuming Maya and Sam’s paused series',
    member: 'sam',
    document: `mutation R($id: ID!, $version: Int!) { resumeOneOnOneSeries(id: $id, version: $version) { status nextMeeting { id } } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      // An UPDATE through the data source answers [rows, count].
      const [[row]]: [{ version: number }[], number] = await ctx.db.query(
        `UPDATE one_on_one_series SET status = 'paused', version = version + 1 WHERE id = $1 RETURNING version`,
        [p.seriesId],
      );
      return { id: p.seriesId, version: row.version };
    },
    expect: SERIES_CHANGE,
  },
  {
    operation: 'rescheduleMeeting',
    title: 'moving Maya and Sam’s next meeting',
    member: 'sam',
    document: `mutation R($id: ID!, $at: DateTime!, $version: Int!) { rescheduleMeeting(id: $id, scheduledAt: $at, version: $version) { id } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      return { id: p.meetingId, version: p.meetingVersion, at: new Date(Date.now() + 3 * 86_400_000).toISOString() };
    },
    expect: PARTICIPANTS,
  },
  {
    operation: 'scheduleAdHocMeeting',
    title: 'an extra meeting for Maya and Sam',
    member: 'sam',
    document: `mutation A($id: ID!, $at: DateTime!) { scheduleAdHocMeeting(seriesId: $id, scheduledAt: $at) { id } }`,
    variables: async (ctx) => ({
      id: (await pair(ctx)).seriesId,
      at: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    }),
    expect: SERIES_CHANGE,
  },
  {
    operation: 'cancelMeeting',
    title: 'cancelling Maya and Sam’s next meeting',
    member: 'sam',
    document: `mutation C($id: ID!, $version: Int!) { cancelMeeting(id: $id, version: $version) { status } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      return { id: p.meetingId, version: p.meetingVersion };
    },
    expect: PARTICIPANTS,
  },
  {
    operation: 'addTalkingPoint',
    title: 'a point on Maya and Sam’s agenda',
    member: 'sam',
    document: `mutation A($id: ID!) { addTalkingPoint(meetingId: $id, input: { text: "Matrix point", tags: ["career"] }) { id } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).meetingId }),
    expect: PARTICIPANTS,
  },
  {
    operation: 'updateTalkingPoint',
    title: 'editing Sam’s point (its author only)',
    member: 'sam',
    document: `mutation U($id: ID!, $version: Int!) { updateTalkingPoint(id: $id, input: { version: $version, text: "Edited" }) { id } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      return { id: p.samPointId, version: p.samPointVersion };
    },
    expect: { ...PARTICIPANTS, manager: 'FORBIDDEN' },
  },
  {
    operation: 'removeTalkingPoint',
    title: 'removing Sam’s point (its author only)',
    member: 'sam',
    document: `mutation R($id: ID!) { removeTalkingPoint(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).samPointId }),
    expect: { ...PARTICIPANTS, manager: 'FORBIDDEN' },
  },
  {
    operation: 'moveTalkingPoint',
    title: 'moving Sam’s point to the top (either side)',
    member: 'sam',
    document: `mutation M($id: ID!) { moveTalkingPoint(id: $id, position: 0) { points { id } } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).samPointId }),
    expect: PARTICIPANTS,
  },
  {
    operation: 'markTalkingPointDiscussed',
    title: 'marking Sam’s point discussed (either side)',
    member: 'sam',
    document: `mutation D($id: ID!) { markTalkingPointDiscussed(id: $id, discussed: true) { id } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).samPointId }),
    expect: PARTICIPANTS,
  },
  {
    operation: 'addActionItem',
    title: 'an action item for Sam',
    member: 'sam',
    document: `mutation A($id: ID!, $owner: ID!) { addActionItem(meetingId: $id, input: { text: "Matrix item", ownerId: $owner }) { id } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).meetingId, owner: ctx.org.personId('Sam') }),
    expect: PARTICIPANTS,
  },
  {
    operation: 'updateActionItem',
    title: 'changing an action item’s due date',
    member: 'sam',
    document: `mutation U($id: ID!, $version: Int!) { updateActionItem(id: $id, input: { version: $version, dueDate: "2030-01-10" }) { id } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      return { id: p.itemId, version: p.itemVersion };
    },
    expect: PARTICIPANTS,
  },
  {
    operation: 'completeActionItem',
    title: 'ticking an action item off',
    member: 'sam',
    document: `mutation C($id: ID!) { completeActionItem(id: $id, done: true) { id } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).itemId }),
    expect: PARTICIPANTS,
  },
  {
    operation: 'removeActionItem',
    title: 'removing an action item',
    member: 'sam',
    document: `mutation R($id: ID!) { removeActionItem(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).itemId }),
    expect: PARTICIPANTS,
  },
  {
    operation: 'completeMeeting',
    title: 'completing Maya and Sam’s meeting',
    member: 'sam',
    document: `mutation C($id: ID!, $version: Int!) { completeMeeting(id: $id, version: $version) { id actionItems { text } } }`,
    variables: async (ctx) => {
      const p = await pair(ctx);
      return { id: p.meetingId, version: p.meetingVersion };
    },
    expect: PARTICIPANTS,
  },
  {
    operation: 'setMeetingMood',
    title: 'the mood of Maya and Sam’s meeting (Sam gives it)',
    member: 'sam',
    document: `mutation M($id: ID!) { setMeetingMood(meetingId: $id, mood: 4) { mood } }`,
    variables: async (ctx) => ({ id: (await pair(ctx)).meetingId }),
    expect: { ...PARTICIPANTS, manager: 'FORBIDDEN' },
  },
  {
    operation: 'savePrivateNote',
    title: 'a first private note on Maya and Sam’s meeting',
    member: 'sam',
    document: `mutation P($id: ID!) { savePrivateNote(meetingId: $id, body: "Just for me", version: 0) { body version } }`,
    variables: async (ctx) => {
      const { meetingId } = await pair(ctx);
      // The demo's Maya keeps a note on this meeting already: the first save starts from none.
      await ctx.db.query(`DELETE FROM meeting_private_notes WHERE meeting_id = $1`, [meetingId]);
      return { id: meetingId };
    },
    expect: PARTICIPANTS,
  },
  {
    operation: 'createOneOnOneTemplate',
    title: 'an organization template',
    member: 'sam',
    document: `mutation T { createOneOnOneTemplate(input: { name: "Matrix new", points: ["A point"] }) { id } }`,
    expect: { ...ADMINS_ONLY, otherOrg: 'ok' },
  },
  {
    operation: 'updateOneOnOneTemplate',
    title: 'renaming an organization template',
    member: 'sam',
    document: `mutation T($id: ID!, $version: Int!) { updateOneOnOneTemplate(id: $id, version: $version, input: { name: "Renamed", points: [] }) { id } }`,
    variables: orgTemplate,
    expect: ADMINS_ONLY,
  },
  {
    operation: 'deleteOneOnOneTemplate',
    title: 'removing an organization template',
    member: 'sam',
    document: `mutation T($id: ID!, $version: Int!) { deleteOneOnOneTemplate(id: $id, version: $version) }`,
    variables: orgTemplate,
    expect: ADMINS_ONLY,
  },
];
