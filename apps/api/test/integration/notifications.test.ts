import { addDays } from '@trellis/domain';
import { GraphQLClient, ok } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const MINE = `{ myNotifications { unread items { id kind text link read } } }`;
const MARK = `mutation M($ids: [ID!]) { markNotificationsRead(ids: $ids) { unread items { id read } } }`;

type Item = { id: string; kind: string; text: string; link: string | null; read: boolean };
type List = { unread: number; items: Item[] };

describe('notifications', () => {
  let test: TestApp;
  let org: TestOrganization;
  let sam: GraphQLClient;
  let maya: GraphQLClient;
  let tomorrow: string;
  let mayaName: string;
  const today = new Date().toISOString().slice(0, 10);

  const mine = async (client: GraphQLClient) =>
    ok(await client.request<{ myNotifications: List }>(MINE)).myNotifications;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [sam, maya] = await Promise.all([org.signIn('sam'), org.signIn('maya')]);
    const db = test.dataSource;
    const orgId = org.plan.id;
    await db.query(`UPDATE one_on_one_series SET status = 'ended' WHERE org_id = $1`, [orgId]);
    const [series]: { id: string }[] = await db.query(
      `INSERT INTO one_on_one_series (org_id, kind, lead_id, partner_id, cadence, weekday, start_time, time_zone)
       VALUES ($1, 'manager_report', $2, $3, 'weekly', 3, '10:00', 'Europe/Berlin') RETURNING id`,
      [orgId, org.personId('Maya'), org.personId('Sam')],
    );
    const [soon]: { id: string; day: string; time: string }[] = await db.query(
      `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes)
       VALUES ($1, $2, date_trunc('minute', now()) + interval '20 hours', 30)
       RETURNING id, to_char(scheduled_at AT TIME ZONE 'Europe/Berlin', 'FMDay') AS day,
                 to_char(scheduled_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS time`,
      [orgId, series.id],
    );
    mayaName = org.plan.people.find((p) => p.id === org.personId('Maya'))?.name ?? 'Maya';
    tomorrow = `Your one-on-one with ${mayaName} is on ${soon.day} at ${soon.time}: add your talking points.`;
    await db.query(
      `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes) VALUES ($1, $2, now() + interval '8 days', 30)`,
      [orgId, series.id],
    );
    const item = (text: string, owner: string, due: string | null, done = false) =>
      db.query(
        `INSERT INTO meeting_action_items (org_id, series_id, meeting_id, text, owner_id, due_date, done, done_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 THEN now() END)`,
        [orgId, series.id, soon.id, text, org.personId(owner), due, done],
      );
    await item('Send the design doc', 'Sam', addDays(today, -2));
    await item('Book the training', 'Sam', today);
    await item('Read the RFC', 'Sam', addDays(today, 7));
    await item('Old and done', 'Sam', addDays(today, -9), true);
    await item('Talk to finance', 'Maya', addDays(today, 3));
  });
  afterAll(() => test.close());

  it('tells Sam about tomorrow’s one-on-one and his action items, once each', async () => {
    const first = await mine(sam);
    const byKind = (kind: string) =>
      first.items
        .filter((i) => i.kind === kind)
        .map((i) => i.text)
        .sort();
    expect(byKind('meeting_prep')).toEqual([
      tomorrow.replace('Maya Chen', org.plan.people.find((p) => p.id === org.personId('Maya'))?.name ?? ''),
    ]);
    expect(byKind('action_assigned')).toEqual([
      `New action item for you (one-on-one with ${mayaName}): Book the training`,
      `New action item for you (one-on-one with ${mayaName}): Read the RFC`,
      `New action item for you (one-on-one with ${mayaName}): Send the design doc`,
    ]);
    expect(byKind('action_due')).toEqual([
      'Due today: Book the training',
      expect.stringMatching(/^Overdue since \d{1,2} [A-Z][a-z]+: Send the design doc$/),
    ]);
    expect(first.unread).toBe(6);
    expect(first.items.every((i) => i.link?.startsWith('/one-on-ones/meetings/'))).toBe(true);
    // The day-before reminder opens the meeting laid out for preparing; the others the meeting.
    expect(first.items.find((i) => i.kind === 'meeting_prep')?.link).toMatch(
      /^\/one-on-ones\/meetings\/[\w-]+\?view=prepare$/,
    );
    expect(first.items.filter((i) => i.link?.endsWith('?view=prepare')).map((i) => i.kind)).toEqual(['meeting_prep']);
    // Asking again adds nothing.
    expect((await mine(sam)).items.map((i) => i.id).sort()).toEqual(first.items.map((i) => i.id).sort());
  });

  it('tells Maya about the same meeting, and nothing of Sam’s items', async () => {
    const list = await mine(maya);
    expect(list.items.map((i) => i.kind).sort()).toEqual(['action_assigned', 'meeting_prep']);
    expect(list.items.find((i) => i.kind === 'action_assigned')?.text).toMatch(/: Talk to finance$/);
  });

  it('marks one or all read, and nobody marks another’s', async () => {
    const list = await mine(sam);
    const one = list.items[0].id;
    // Maya naming Sam's notification changes nothing.
    ok(await maya.request(MARK, { ids: [one] }));
    expect((await mine(sam)).unread).toBe(6);

    const after = ok(await sam.request<{ markNotificationsRead: List }>(MARK, { ids: [one] })).markNotificationsRead;
    expect(after.unread).toBe(5);
    expect(after.items.find((i) => i.id === one)?.read).toBe(true);
    expect(ok(await sam.request<{ markNotificationsRead: List }>(MARK, {})).markNotificationsRead.unread).toBe(0);
    // Read ones are not brought back.
    expect((await mine(sam)).unread).toBe(0);
  });
});
