import { AccessRow, badInput, Check, field, MatrixContext } from './access-matrix-kit';

/*
 * Suggested talking points belong to a meeting's two participants: Sam and Maya read, add and
 * dismiss them; nobody else learns that the meeting exists (Dana, above Maya, included).
 */

/**
 * Maya and Sam's next one-on-one, with an overdue action item (so there is something to
 * suggest): the demo's when it has one, else made here (as the owner).
 */
async function samsNextMeeting(ctx: MatrixContext): Promise<{ meetingId: string; key: string }> {
  const orgId = ctx.org.plan.id;
  const maya = ctx.org.personId('Maya');
  const sam = ctx.org.personId('Sam');
  const [series]: { id: string }[] = await ctx.db.query(
    `INSERT INTO one_on_one_series (org_id, kind, lead_id, partner_id, cadence, weekday, start_time, time_zone)
     VALUES ($1, 'manager_report', $2, $3, 'weekly', 3, '10:00', 'Europe/Berlin')
     ON CONFLICT (org_id, lead_id, partner_id, kind) WHERE status <> 'ended' DO UPDATE SET kind = EXCLUDED.kind
     RETURNING id`,
    [orgId, maya, sam],
  );
  let [meeting]: { id: string }[] = await ctx.db.query(
    `SELECT id FROM meetings WHERE org_id = $1 AND series_id = $2 AND status = 'scheduled' ORDER BY scheduled_at LIMIT 1`,
    [orgId, series.id],
  );
  if (!meeting) {
    [meeting] = await ctx.db.query(
      `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes) VALUES ($1, $2, now() + interval '1 day', 30) RETURNING id`,
      [orgId, series.id],
    );
  }
  let [item]: { id: string }[] = await ctx.db.query(
    `SELECT id FROM meeting_action_items WHERE org_id = $1 AND meeting_id = $2 AND text = 'Matrix: overdue item'`,
    [orgId, meeting.id],
  );
  if (!item) {
    [item] = await ctx.db.query(
      `INSERT INTO meeting_action_items (org_id, series_id, meeting_id, text, owner_id, due_date)
       VALUES ($1, $2, $3, 'Matrix: overdue item', $4, current_date - 2) RETURNING id`,
      [orgId, series.id, meeting.id, sam],
    );
  }
  return { meetingId: meeting.id, key: `overdue_action:${item.id}` };
}

const PARTICIPANTS_ONLY = {
  anonymous: 'UNAUTHENTICATED',
  peerManager: 'NOT_FOUND',
  admin: 'NOT_FOUND',
  otherOrg: 'NOT_FOUND',
} as const;

const suggestsOverdueItem: Check = (data) =>
  expect(field<{ text: string }[]>(data, 'meetingSuggestions').map((s) => s.text)).toContain(
    'Overdue: Matrix: overdue item',
  );

const addedAsOwnPoint: Check = async (data, ctx) => {
  expect(field<{ key: string }[]>(data, 'addSuggestedTalkingPoint').map((s) => s.key)).not.toContain(
    (await samsNextMeeting(ctx)).key,
  );
  const rows: { author_id: string }[] = await ctx.db.query(
    `SELECT author_id FROM meeting_points WHERE org_id = $1 AND text = 'Overdue: Matrix: overdue item'`,
    [ctx.org.plan.id],
  );
  expect(rows).toEqual([{ author_id: ctx.personId }]);
};

const dismissed: Check = async (data, ctx) => {
  const { meetingId, key } = await samsNextMeeting(ctx);
  expect(field<{ key: string }[]>(data, 'dismissTalkingPointSuggestion').map((s) => s.key)).not.toContain(key);
  expect(
    await ctx.db.query(`SELECT 1 FROM meeting_dismissed_suggestions WHERE meeting_id = $1 AND suggestion_key = $2`, [
      meetingId,
      key,
    ]),
  ).toHaveLength(1);
};

export const TALKING_POINT_ROWS: AccessRow[] = [
  {
    operation: 'meetingSuggestions',
    title: 'suggested points for Maya and Sam’s next meeting',
    member: 'sam',
    document: `query S($meetingId: ID!) { meetingSuggestions(meetingId: $meetingId) { key text } }`,
    variables: async (ctx) => ({ meetingId: (await samsNextMeeting(ctx)).meetingId }),
    expect: { ...PARTICIPANTS_ONLY, member: suggestsOverdueItem, manager: suggestsOverdueItem },
  },
  {
    operation: 'meetingSuggestions',
    title: 'suggestions for a meeting Priya is not in',
    member: 'priya',
    document: `query S($meetingId: ID!) { meetingSuggestions(meetingId: $meetingId) { key } }`,
    variables: async (ctx) => ({ meetingId: (await samsNextMeeting(ctx)).meetingId }),
    expect: { ...PARTICIPANTS_ONLY, member: 'NOT_FOUND', manager: 'ok' },
  },
  {
    operation: 'addSuggestedTalkingPoint',
    title: 'putting a suggestion on Maya and Sam’s agenda',
    member: 'sam',
    document: `mutation A($meetingId: ID!, $key: String!) { addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) { key } }`,
    variables: (ctx) => samsNextMeeting(ctx),
    expect: { ...PARTICIPANTS_ONLY, member: addedAsOwnPoint, manager: addedAsOwnPoint },
  },
  {
    operation: 'addSuggestedTalkingPoint',
    title: 'a suggestion that does not exist',
    member: 'sam',
    document: `mutation A($meetingId: ID!, $key: String!) { addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) { key } }`,
    variables: async (ctx) => ({ meetingId: (await samsNextMeeting(ctx)).meetingId, key: 'stale_goal:nothing' }),
    expect: { ...PARTICIPANTS_ONLY, member: badInput('key'), manager: badInput('key') },
  },
  {
    operation: 'dismissTalkingPointSuggestion',
    title: 'not suggesting a point again for Maya and Sam’s meeting',
    member: 'sam',
    document: `mutation D($meetingId: ID!, $key: String!) { dismissTalkingPointSuggestion(meetingId: $meetingId, key: $key) { key } }`,
    variables: (ctx) => samsNextMeeting(ctx),
    expect: { ...PARTICIPANTS_ONLY, member: dismissed, manager: dismissed },
  },
];
