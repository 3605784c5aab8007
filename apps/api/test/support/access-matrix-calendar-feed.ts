import { AccessRow, Check, field } from './access-matrix-kit';

/*
 * The calendar feed is always the viewer's own: every signed-in account reads, makes and turns
 * off its own, and no operation names anyone else's.
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
  (await ctx.db.query(
    `SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE u.email = $1`,
    [ctx.email],
  )) as { user_id: string }[];

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
