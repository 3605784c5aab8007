import ICAL from 'ical.js';
import { GraphQLClient, ok } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const REGENERATE = `mutation { regenerateCalendarFeed { path createdAt } }`;
const STATUS = `{ myCalendarFeed { active createdAt } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;

const HOUR = 60 * 60 * 1000;

interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  start: number;
  end: number;
  alarms: { action: string; trigger: string }[];
}

/** The feed as a calendar app reads it, parsed back with an iCalendar parser of its own. */
function parseFeed(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        trigger: String(alarm.getFirstPropertyValue('trigger')),
      })),
    };
  });
}

describe('calendar feed of one-on-ones', () => {
  let test: TestApp;
  let org: TestOrganization;
  let sam: GraphQLClient;
  const meetingIds: Record<string, string> = {};

  const fetchFeed = (path: string) => fetch(`${test.url}${path}`);

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    sam = await org.signIn('sam');
    const db = test.dataSource;
    const orgId = org.plan.id;
    // Fixtures written as the owner: Maya and Sam meet weekly; Maya also meets Jonas.
    // The demo's own series end first, so only these fixtures are running.
    await db.query(`UPDATE one_on_one_series SET status = 'ended' WHERE org_id = $1`, [orgId]);
    const series = async (lead: string, partner: string, status = 'active') => {
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO one_on_one_series (org_id, kind, lead_id, partner_id, cadence, weekday, start_time, time_zone, status)
         VALUES ($1, 'manager_report', $2, $3, 'weekly', 2, '10:00', 'Europe/Berlin', $4) RETURNING id`,
        [orgId, org.personId(lead), org.personId(partner), status],
      );
      return row.id;
    };
    const meeting = async (name: string, seriesId: string, at: Date, status = 'scheduled') => {
      const [row]: { id: string }[] = await db.query(
        `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes, status, completed_at)
         VALUES ($1, $2, $3, 45, $4, CASE WHEN $4 = 'completed' THEN now() END) RETURNING id`,
        [orgId, seriesId, at, status],
      );
      meetingIds[name] = row.id;
      return row.id;
    };
    const mayaSam = await series('Maya', 'Sam');
    const mayaJonas = await series('Maya', 'Jonas');
    const ended = await series('Priya', 'Sam', 'ended');
    const now = Date.now();
    await meeting('next', mayaSam, new Date(now + 2 * 24 * HOUR));
    await meeting('later', mayaSam, new Date(now + 9 * 24 * HOUR));
    await meeting('earlierToday', mayaSam, new Date(now - 2 * HOUR));
    await meeting('lastWeek', mayaSam, new Date(now - 7 * 24 * HOUR));
    await meeting('done', mayaSam, new Date(now - 3 * HOUR), 'completed');
    await meeting('jonas', mayaJonas, new Date(now + 2 * 24 * HOUR));
    await meeting('ended', ended, new Date(now + 3 * 24 * HOUR));
    await db.query(
      `INSERT INTO meeting_points (org_id, meeting_id, author_id, text, position) VALUES ($1, $2, $3, $4, 0)`,
      [orgId, meetingIds.next, org.personId('Sam'), 'Salary expectations for next year'],
    );
  });
  afterAll(() => test.close());

  it('lists the viewer’s upcoming one-on-ones with times, the other side’s name and a reminder, never the agenda', async () => {
    const { path } = ok(
      await sam.request<{ regenerateCalendarFeed: { path: string } }>(REGENERATE),
    ).regenerateCalendarFeed;
    const res = await fetchFeed(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    const events = parseFeed(text);

    // Upcoming and today's scheduled meetings of Sam's running series: not last week's, not the
    // completed one, not Maya's with Jonas, not the ended series'.
    expect(events.map((e) => e.uid).sort()).toEqual(
      [meetingIds.next, meetingIds.later, meetingIds.earlierToday].map((id) => `${id}@trellis`).sort(),
    );
    const next = events.find((e) => e.uid === `${meetingIds.next}@trellis`);
    expect(next?.summary).toMatch(/^One-on-one with Maya/);
    expect((next!.end - next!.start) / 60_000).toBe(45);
    expect(next?.alarms).toEqual([{ action: 'DISPLAY', trigger: '-PT15M' }]);
    expect(next?.description).toContain(`/one-on-ones/meetings/${meetingIds.next}`);
    expect(text).not.toContain('Salary');
    expect(ok(await sam.request<{ myCalendarFeed: { active: boolean } }>(STATUS)).myCalendarFeed.active).toBe(true);
  });

  it('a new URL revokes the old one, and turning the feed off revokes it too', async () => {
    const first = ok(
      await sam.request<{ regenerateCalendarFeed: { path: string } }>(REGENERATE),
    ).regenerateCalendarFeed;
    const second = ok(
      await sam.request<{ regenerateCalendarFeed: { path: string } }>(REGENERATE),
    ).regenerateCalendarFeed;
    expect(second.path).not.toBe(first.path);
    expect((await fetchFeed(first.path)).status).toBe(404);
    expect((await fetchFeed(second.path)).status).toBe(200);

    expect(ok(await sam.request<{ revokeCalendarFeed: boolean }>(REVOKE)).revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(second.path)).status).toBe(404);
    expect(ok(await sam.request<{ myCalendarFeed: { active: boolean } }>(STATUS)).myCalendarFeed).toEqual({
      active: false,
      createdAt: null,
    });
  });

  it('answers every unknown secret alike, and a deactivated account’s feed stops', async () => {
    const unknown = await fetchFeed(`/calendar/${'x'.repeat(43)}.ics`);
    const malformed = await fetchFeed(`/calendar/not-a-secret`);
    expect([unknown.status, malformed.status]).toEqual([404, 404]);
    expect(await unknown.text()).toBe(await malformed.text());

    const priya = await org.signIn('priya');
    const { path } = ok(
      await priya.request<{ regenerateCalendarFeed: { path: string } }>(REGENERATE),
    ).regenerateCalendarFeed;
    expect((await fetchFeed(path)).status).toBe(200);
    await test.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [await org.userId('priya')]);
    expect((await fetchFeed(path)).status).toBe(404);
  });

  it('stores only a hash of the secret', async () => {
    const { path } = ok(
      await sam.request<{ regenerateCalendarFeed: { path: string } }>(REGENERATE),
    ).regenerateCalendarFeed;
    const secret = path.slice('/calendar/'.length, -'.ics'.length);
    const rows: { token_hash: string }[] = await test.dataSource.query(
      `SELECT token_hash FROM calendar_feeds WHERE user_id = $1`,
      [await org.userId('sam')],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(secret);
  });
});
