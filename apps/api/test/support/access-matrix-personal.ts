import { AccessRow, Check, field } from './access-matrix-kit';

/*
 * What is always the viewer's own (the calendar feed, who read their records, notifications):
 * every signed-in account reads and changes its own, and no operation names anyone else's.
 */

const SIGNED_IN = {
  anonymous: 'UNAUTHENTICATED',
  member: 'ok',
  manager: 'ok',
  peerManager: 'ok',
  admin: 'ok',
  otherOrg: 'ok',
} as const;

const feedOfActor = async (ctx: Parameters<Check>[1]) =>
  (await ctx.db.query(`SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE u.email = $1`, [
    ctx.email,
  ])) as { user_id: string }[];

const madeOwnFeed: Check = async (data, ctx) => {
  expect(field<{ path: string }>(data, 'regenerateCalendarFeed').path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  expect(await feedOfActor(ctx)).toHaveLength(1);
};

const noFeedYet: Check = (data) => expect(field<{ active: boolean }>(data, 'myCalendarFeed').active).toBe(false);
const turnedOff: Check = async (data, ctx) => {
  expect(typeof field<boolean>(data, 'revokeCalendarFeed')).toBe('boolean');
  expect(await feedOfActor(ctx)).toEqual([]);
};

export const CALENDAR_FEED_ROWS: AccessRow[] = [
  {
    operation: 'myCalendarFeed',
    title: 'whether the viewer has a feed URL',
    member: 'sam',
    document: `{ myCalendarFeed { active createdAt } }`,
    expect: { ...SIGNED_IN, member: noFeedYet, manager: noFeedYet, admin: noFeedYet },
  },
  {
    operation: 'regenerateCalendarFeed',
    title: 'a new feed URL for the viewer alone',
    member: 'sam',
    document: `mutation { regenerateCalendarFeed { path createdAt } }`,
    expect: { ...SIGNED_IN, member: madeOwnFeed, manager: madeOwnFeed, peerManager: madeOwnFeed, admin: madeOwnFeed },
  },
  {
    operation: 'revokeCalendarFeed',
    title: 'turning the viewer’s own feed off',
    member: 'priya',
    document: `mutation { revokeCalendarFeed }`,
    expect: { ...SIGNED_IN, member: turnedOff, manager: turnedOff, admin: turnedOff },
  },
];

/** The list holds exactly the reads of the viewer's own records by others (none by themself). */
const ownReadsOnly: Check = async (data, ctx) => {
  const listed = field<{ times: number }[]>(data, 'myRecordReads');
  const [row]: { n: string }[] = await ctx.db.query(
    `SELECT count(*) AS n FROM record_reads r JOIN users u ON u.person_id = r.subject_id AND u.org_id = r.org_id
      WHERE u.email = $1 AND r.reader_user_id IS DISTINCT FROM u.id`,
    [ctx.email],
  );
  expect(listed.reduce((sum, r) => sum + r.times, 0)).toBe(Number(row.n));
};

/** Who read a person's records is theirs alone: the list is always the viewer's own. */
export const RECORD_READS_ROWS: AccessRow[] = [
  {
    operation: 'myRecordReads',
    title: 'who read the viewer’s records',
    member: 'sam',
    document: `{ myRecordReads { readerName kind at times } }`,
    expect: {
      ...SIGNED_IN,
      member: ownReadsOnly,
      manager: ownReadsOnly,
      peerManager: ownReadsOnly,
      admin: ownReadsOnly,
      otherOrg: ownReadsOnly,
    },
  },
];

/** The actor's own notifications, as the database holds them: nobody else's ever show. */
const ownNotifications: Check = async (data, ctx) => {
  const list = field<{ items: { id: string }[] }>(data, 'myNotifications');
  const rows: { id: string }[] = await ctx.db.query(
    `SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1`,
    [ctx.email],
  );
  expect(list.items.map((i) => i.id).sort()).toEqual(rows.map((r) => r.id).sort());
};
const noneUnread: Check = (data) => expect(field<{ unread: number }>(data, 'markNotificationsRead').unread).toBe(0);

/** Notifications are always the viewer's own. */
export const NOTIFICATION_ROWS: AccessRow[] = [
  {
    operation: 'myNotifications',
    title: 'the viewer’s own notifications',
    member: 'sam',
    document: `{ myNotifications { unread items { id } } }`,
    expect: {
      ...SIGNED_IN,
      member: ownNotifications,
      manager: ownNotifications,
      peerManager: ownNotifications,
      admin: ownNotifications,
      otherOrg: ownNotifications,
    },
  },
  {
    operation: 'markNotificationsRead',
    title: 'marking all of the viewer’s own notifications read',
    member: 'sam',
    document: `mutation { markNotificationsRead { unread } }`,
    expect: { ...SIGNED_IN, member: noneUnread, manager: noneUnread, admin: noneUnread },
  },
];
