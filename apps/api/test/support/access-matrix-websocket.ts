import WebSocket from 'ws';
import * as Y from 'yjs';
import { GraphQLClient } from './graphql-client';
import { insertMeeting, NotesClient, openNotes } from './shared-notes-client';
import { signInAs } from './sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from './test-app';

/*
 * The access matrix of the live shared notes' WebSocket (/collaboration): who may open the notes
 * of a one-on-one between Maya (lead) and Sam (partner). Only the two of them; not Maya's manager
 * Dana, not an admin, not Priya (Sam's teammate), not Hannah (a member of another team), not
 * Omar (a manager of another team), not Sam of another organization, not a visitor without a
 * session. A meeting that does not exist is refused exactly as one that is not yours.
 * access-matrix.test.ts runs it.
 */

type Expected = 'open' | 'no-access' | 'session-ended' | { upgrade: number };

export interface SocketAccessRow {
  who: string;
  /** The account (local part of the email), or null for no session at all. */
  account: string | null;
  /** The organization of the account: the meeting's, or a second one. */
  home: 'meeting' | 'other';
  /** Which document is asked for: the meeting's notes, a meeting that does not exist, or a malformed name. */
  document?: 'meeting' | 'missing' | 'malformed';
  cookie?: 'session' | 'forged';
  origin?: 'same' | 'foreign';
  expect: Expected;
}

export const SHARED_NOTES_SOCKET_ROWS: SocketAccessRow[] = [
  { who: 'Maya, the lead of the series', account: 'maya', home: 'meeting', expect: 'open' },
  { who: 'Sam, the partner (her report)', account: 'sam', home: 'meeting', expect: 'open' },
  {
    who: 'Sam, from a page of this site (same Origin)',
    account: 'sam',
    home: 'meeting',
    origin: 'same',
    expect: 'open',
  },
  { who: "Dana, Maya's manager", account: 'dana', home: 'meeting', expect: 'no-access' },
  { who: 'an admin', account: 'admin', home: 'meeting', expect: 'no-access' },
  { who: "Priya, Sam's teammate", account: 'priya', home: 'meeting', expect: 'no-access' },
  { who: 'Hannah, a member of another team', account: 'hannah', home: 'meeting', expect: 'no-access' },
  { who: 'Omar, a manager of another team', account: 'omar', home: 'meeting', expect: 'no-access' },
  { who: 'Sam of another organization', account: 'sam', home: 'other', expect: 'no-access' },
  { who: 'the admin of another organization', account: 'admin', home: 'other', expect: 'no-access' },
  {
    who: 'Sam, asking for a meeting that does not exist',
    account: 'sam',
    home: 'meeting',
    document: 'missing',
    expect: 'no-access',
  },
  {
    who: 'Sam, asking for a document that is no meeting',
    account: 'sam',
    home: 'meeting',
    document: 'malformed',
    expect: 'no-access',
  },
  { who: 'a forged session cookie', account: null, home: 'meeting', cookie: 'forged', expect: 'session-ended' },
  { who: 'anonymous (no session cookie)', account: null, home: 'meeting', expect: { upgrade: 401 } },
  {
    who: 'Sam, from a page of another site (foreign Origin)',
    account: 'sam',
    home: 'meeting',
    origin: 'foreign',
    expect: { upgrade: 403 },
  },
];

/** The status of a refused upgrade, or 101 when the server accepted it. */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/collaboration`, { headers });
    ws.on('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}

/** A member's account for Hannah (Platform), with the demo password: the demo has none. */
async function addHannah(test: TestApp, org: TestOrganization): Promise<void> {
  await test.dataSource.query(
    `INSERT INTO users (org_id, email, password_hash, role, person_id)
     SELECT org_id, $2, password_hash, 'member', $3 FROM users WHERE org_id = $1 AND email = $4`,
    [org.plan.id, org.email('hannah'), org.personId('Hannah'), org.email('lena')],
  );
}

export function describeSharedNotesSocketAccess(): void {
  describe('the access matrix of the live shared notes (WebSocket /collaboration)', () => {
    let test: TestApp;
    let org: TestOrganization;
    let other: TestOrganization;
    let meetingId: string;
    const clients: NotesClient[] = [];
    const WRITTEN = 'Only Maya and Sam read this line';

    beforeAll(async () => {
      test = await startTestApp();
      [org, other] = await Promise.all([createTestOrganization(test), createTestOrganization(test)]);
      await addHannah(test, org);
      ({ meetingId } = await insertMeeting(test.dataSource, org.plan.id, org.personId('Maya'), org.personId('Sam')));
      // Notes already written, so that a refused client could only see them through a leak.
      const writer = openNotes(test.url, meetingId, (await signInAs(test, org.email('maya'))).cookie);
      expect(await writer.verdict).toBe('open');
      writer.addParagraph(WRITTEN);
      writer.destroy();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    afterEach(() => {
      for (const c of clients.splice(0)) c.destroy();
    });
    afterAll(() => test?.close());

    const sessionCookie = async (row: SocketAccessRow): Promise<string | null> => {
      if (row.cookie === 'forged') return 'trellis_session=forged-token-that-was-never-issued';
      if (!row.account) return null;
      const client: GraphQLClient = await signInAs(test, (row.home === 'other' ? other : org).email(row.account));
      return client.cookie;
    };

    it.each(SHARED_NOTES_SOCKET_ROWS.map((row) => [row.who, row] as const))('%s', async (_who, row) => {
      const cookie = await sessionCookie(row);
      const host = new URL(test.url).host;
      const origin =
        row.origin === 'same' ? `http://${host}` : row.origin === 'foreign' ? 'https://evil.example' : undefined;
      if (typeof row.expect === 'object') {
        const headers: Record<string, string> = {};
        if (cookie) headers.cookie = cookie;
        if (origin) headers.origin = origin;
        expect(await upgradeStatus(test.url, headers)).toBe(row.expect.upgrade);
        return;
      }
      const documentName =
        row.document === 'missing'
          ? `meeting:${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`
          : row.document === 'malformed'
            ? 'people:everyone'
            : undefined;
      const client = openNotes(test.url, meetingId, cookie, { origin, documentName });
      clients.push(client);
      const verdict = await client.verdict;
      expect(verdict).toBe(row.expect);
      if (row.expect === 'open') {
        expect(client.text()).toBe(WRITTEN);
      } else {
        // Refused: not a word of the notes reached the client, and the server closed the socket.
        await client.waitForClose(row.expect);
        expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
        expect(client.text()).toBe('');
      }
    });
  });
}
