import { addDays } from '@trellis/domain';
import { errorCode, GraphQLClient, ok } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const SUGGESTIONS = `query S($meetingId: ID!) { meetingSuggestions(meetingId: $meetingId) { key signal text reason tags } }`;
const ADD = `mutation A($meetingId: ID!, $key: String!) { addSuggestedTalkingPoint(meetingId: $meetingId, key: $key) { key } }`;
const DISMISS = `mutation D($meetingId: ID!, $key: String!) { dismissTalkingPointSuggestion(meetingId: $meetingId, key: $key) { key } }`;

type Suggestion = { key: string; signal: string; text: string; reason: string; tags: string[] };

describe('suggested talking points', () => {
  let test: TestApp;
  let org: TestOrganization;
  let maya: GraphQLClient;
  let sam: GraphQLClient;
  const meetings: Record<string, string> = {};
  const today = new Date().toISOString().slice(0, 10);

  const suggestions = async (client: GraphQLClient, meeting: string) =>
    ok(await client.request<{ meetingSuggestions: Suggestion[] }>(SUGGESTIONS, { meetingId: meetings[meeting] }))
      .meetingSuggestions;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [maya, sam] = await Promise.all([org.signIn('maya'), org.signIn('sam')]);
    const db = test.dataSource;
    const orgId = org.plan.id;
    // Fixtures written as the owner: Maya's one-on-ones with Sam, Luis and Jonas.
    // The demo's own series end first, so only these fixtures are running.
    await db.query(`UPDATE one_on_one_series SET status = 'ended' WHERE org_id = $1`, [orgId]);
    for (const name of ['Sam', 'Luis', 'Jonas']) {
      const [series]: { id: string }[] = await db.query(
        `INSERT INTO one_on_one_series (org_id, kind, lead_id, partner_id, cadence, weekday, start_time, time_zone)
         VALUES ($1, 'manager_report', $2, $3, 'weekly', 3, '10:00', 'Europe/Berlin') RETURNING id`,
        [orgId, org.personId('Maya'), org.personId(name)],
      );
      const [next]: { id: string }[] = await db.query(
        `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes) VALUES ($1, $2, now() + interval '2 days', 30) RETURNING id`,
        [orgId, series.id],
      );
      meetings[name] = next.id;
      if (name === 'Sam') {
        const [done]: { id: string }[] = await db.query(
          `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes, status, completed_at)
           VALUES ($1, $2, now() - interval '5 days', 30, 'completed', now() - interval '5 days') RETURNING id`,
          [orgId, series.id],
        );
        meetings.samLast = done.id;
        await db.query(
          `INSERT INTO meeting_action_items (org_id, series_id, meeting_id, agreed_in_meeting_id, text, owner_id, due_date)
           VALUES ($1, $2, $3, $4, 'Write up the retry design', $5, $6)`,
          [orgId, series.id, next.id, done.id, org.personId('Sam'), addDays(today, -3)],
        );
      }
    }
  });
  afterAll(() => test.close());

  it('suggests an overdue action item to both sides, with why', async () => {
    for (const client of [maya, sam]) {
      const overdue = (await suggestions(client, 'Sam')).filter((s) => s.signal === 'OVERDUE_ACTION');
      expect(overdue).toEqual([
        expect.objectContaining({
          text: 'Overdue: Write up the retry design',
          reason: expect.stringMatching(/^Sam .*'s action item was due 3 days ago\.$/),
        }),
      ]);
    }
  });

  it('turns the staffing plan into points: overload for Luis, no development time for Jonas', async () => {
    const luis = await suggestions(maya, 'Luis');
    expect(luis.map((s) => s.signal)).toContain('OVER_ALLOCATED');
    expect(luis.find((s) => s.signal === 'OVER_ALLOCATED')?.reason).toMatch(
      /^The staffing plan puts Luis at up to 1[0-9]{2}% in \d+ weeks?\.$/,
    );
    const jonas = await suggestions(maya, 'Jonas');
    expect(jonas.find((s) => s.signal === 'NO_DEVELOPMENT_TIME')?.text).toMatch(
      /^Development time: none planned for \d+ weeks$/,
    );
    // Sam's plan has development time and no overload.
    const sams = (await suggestions(maya, 'Sam')).map((s) => s.signal);
    expect(sams).not.toContain('OVER_ALLOCATED');
    expect(sams).not.toContain('NO_DEVELOPMENT_TIME');
  });

  it('adds a suggestion to the agenda once, as the viewer’s point, and stops suggesting it', async () => {
    const [first] = await suggestions(sam, 'Sam');
    const left = ok(
      await sam.request<{ addSuggestedTalkingPoint: { key: string }[] }>(ADD, {
        meetingId: meetings.Sam,
        key: first.key,
      }),
    ).addSuggestedTalkingPoint;
    expect(left.map((s) => s.key)).not.toContain(first.key);
    const points: { text: string; author_id: string; suggestion_key: string }[] = await test.dataSource.query(
      `SELECT text, author_id, suggestion_key FROM meeting_points WHERE meeting_id = $1`,
      [meetings.Sam],
    );
    expect(points).toEqual([{ text: first.text, author_id: org.personId('Sam'), suggestion_key: first.key }]);
    expect((await suggestions(maya, 'Sam')).map((s) => s.key)).not.toContain(first.key);
    const again = await maya.request(ADD, { meetingId: meetings.Sam, key: first.key });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(
      await test.dataSource.query(`SELECT 1 FROM meeting_points WHERE meeting_id = $1`, [meetings.Sam]),
    ).toHaveLength(1);
  });

  it('forgets a dismissed suggestion for that meeting only', async () => {
    const [first] = await suggestions(maya, 'Luis');
    ok(await maya.request(DISMISS, { meetingId: meetings.Luis, key: first.key }));
    expect((await suggestions(maya, 'Luis')).map((s) => s.key)).not.toContain(first.key);
    expect(errorCode(await maya.request(DISMISS, { meetingId: meetings.Luis, key: first.key }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await maya.request(DISMISS, { meetingId: meetings.Luis, key: 'made_up:1' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('has no suggestions for a meeting that is over, and tells nobody else the meeting exists', async () => {
    expect(await suggestions(maya, 'samLast')).toEqual([]);
    expect(errorCode(await maya.request(ADD, { meetingId: meetings.samLast, key: 'x' }))).toBe('BAD_USER_INPUT');
    for (const name of ['dana', 'admin', 'priya', 'omar']) {
      const client = await org.signIn(name);
      const res = await client.request(SUGGESTIONS, { meetingId: meetings.Sam });
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
  });
});
