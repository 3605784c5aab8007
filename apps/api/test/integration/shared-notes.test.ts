import { randomBytes } from 'node:crypto';
import { GraphQLClient, ok } from '../support/graphql-client';
import {
  insertMeeting,
  NotesClient,
  openNotes,
  redisAnswers,
  storedNotes,
  waitFor,
} from '../support/shared-notes-client';
import { signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const READS = `SELECT p.name AS subject, r.reader_name AS reader, r.reader_user_id AS "readerUserId", r.kind
                 FROM record_reads r JOIN people p ON p.org_id = r.org_id AND p.id = r.subject_id
                WHERE r.org_id = $1 AND r.kind = 'meeting_notes' ORDER BY p.name`;

describe('live shared notes of a one-on-one', () => {
  let test: TestApp;
  let org: TestOrganization;
  let maya: GraphQLClient;
  let sam: GraphQLClient;
  const open: NotesClient[] = [];

  /** A client of the notes that the test closes at the end. */
  const notes = (
    meetingId: string,
    client: GraphQLClient | null,
    options: { origin?: string } = {},
    cookie?: string | null,
  ) => {
    const c = openNotes(test.url, meetingId, cookie ?? client?.cookie ?? null, options);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    // Connections are asked again every 200 ms here (30 s by default).
    test = await startTestApp({ TRELLIS_COLLABORATION_RECHECK_MS: '200' });
    org = await createTestOrganization(test);
    [maya, sam] = await Promise.all([org.signIn('maya'), org.signIn('sam')]);
  });
  afterEach(() => {
    for (const c of open.splice(0)) c.destroy();
  });
  afterAll(() => test?.close());

  const newMeeting = async () =>
    (await insertMeeting(test.dataSource, org.plan.id, org.personId('Maya'), org.personId('Sam'))).meetingId;

  it('two participants typing at once converge, keep both edits, and find them again after both left', async () => {
    const meetingId = await newMeeting();
    const mayaNotes = notes(meetingId, maya);
    const samNotes = notes(meetingId, sam);
    expect(await mayaNotes.verdict).toBe('open');
    expect(await samNotes.verdict).toBe('open');

    // Both start a paragraph at the top in the same instant, before seeing each other's.
    mayaNotes.addParagraph('Maya: the retry design is ready for review', 0);
    samNotes.addParagraph('Sam: on-call was heavy this sprint', 0);
    const both = (text: string) => text.includes('Maya: the retry') && text.includes('Sam: on-call');
    const converged = await mayaNotes.waitForText(both);
    expect(await samNotes.waitForText((text) => text === converged)).toBe(converged);
    expect(converged.split('\n')).toHaveLength(2);

    // Then both type into the same line at the same place.
    mayaNotes.typeInto(0, 0, '[M] ');
    samNotes.typeInto(0, 0, '[S] ');
    const merged = await mayaNotes.waitForText((text) => text.includes('[M] ') && text.includes('[S] '));
    expect(await samNotes.waitForText((text) => text === merged)).toBe(merged);

    mayaNotes.destroy();
    samNotes.destroy();
    // The last one leaving stores at once: document and plain text, the same text.
    const stored = await waitFor(
      async () => {
        const row = await storedNotes(test.dataSource, meetingId);
        return row?.plainText === merged ? row : null;
      },
      5000,
      () => 'the notes were not stored',
    );
    expect(stored.documentText).toBe(merged);

    // Opened again later, the notes are there.
    const again = notes(meetingId, maya);
    expect(await again.verdict).toBe('open');
    expect(again.text()).toBe(merged);
  });
  it('records each opening as a read of the notes for the other participant, never for the reader', async () => {
    const meetingId = await newMeeting();
    await test.dataSource.query(`DELETE FROM record_reads WHERE org_id = $1`, [org.plan.id]);
    for (const client of [maya, sam]) {
      const c = notes(meetingId, client);
      expect(await c.verdict).toBe('open');
    }
    const reads: { subject: string; reader: string; readerUserId: string; kind: string }[] =
      await test.dataSource.query(READS, [org.plan.id]);
    expect(reads.map((r) => [r.subject.split(' ')[0], r.reader.split(' ')[0]])).toEqual([
      ['Maya', 'Sam'],
      ['Sam', 'Maya'],
    ]);
    expect(reads.map((r) => r.readerUserId).sort()).toEqual([await org.userId('maya'), await org.userId('sam')].sort());
    // Each read names the meeting whose notes were opened.
    const records: { recordId: string }[] = await test.dataSource.query(
      `SELECT record_id AS "recordId" FROM record_reads WHERE org_id = $1 AND kind = 'meeting_notes'`,
      [org.plan.id],
    );
    expect(records.map((r) => r.recordId)).toEqual([meetingId, meetingId]);
  });

  it('closes the connection of a participant who signs out, with the reason, and keeps the other', async () => {
    const meetingId = await newMeeting();
    const leaving = await signInAs(test, org.email('sam'));
    const samNotes = notes(meetingId, leaving);
    const mayaNotes = notes(meetingId, maya);
    expect(await samNotes.verdict).toBe('open');
    expect(await mayaNotes.verdict).toBe('open');

    const oldCookie = leaving.cookie;
    ok(await leaving.request(`mutation { signOut }`));
    await samNotes.waitForClose('session-ended');
    // Coming back with the old cookie is refused too.
    expect(await notes(meetingId, null, {}, oldCookie).verdict).toBe('session-ended');

    // Maya stays and still writes.
    mayaNotes.addParagraph('Maya is still here');
    const other = notes(meetingId, maya);
    expect(await other.verdict).toBe('open');
    await other.waitForText((text) => text.includes('Maya is still here'));
    expect(mayaNotes.closes).toEqual([]);
  });

  it('closes the connection of a participant whose account is deactivated', async () => {
    const meetingId = await newMeeting();
    await test.dataSource.query(
      `INSERT INTO users (org_id, email, password_hash, role, person_id)
       SELECT org_id, $2, password_hash, 'member', $3 FROM users WHERE org_id = $1 AND email = $4`,
      [org.plan.id, org.email('jonas'), org.personId('Jonas'), org.email('sam')],
    );
    const { meetingId: jonasMeeting } = await insertMeeting(
      test.dataSource,
      org.plan.id,
      org.personId('Maya'),
      org.personId('Jonas'),
    );
    const jonas = await signInAs(test, org.email('jonas'));
    const jonasNotes = notes(jonasMeeting, jonas);
    expect(await jonasNotes.verdict).toBe('open');
    expect(meetingId).not.toBe(jonasMeeting);

    const admin = await signInAs(test, org.email('admin'));
    ok(
      await admin.request(`mutation D($id: ID!) { deactivateUser(userId: $id) { id } }`, {
        id: await org.userId('jonas'),
      }),
    );
    await jonasNotes.waitForClose('session-ended');
  });

  it('closes the connection of someone who is no longer a participant of the series', async () => {
    const { seriesId, meetingId } = await insertMeeting(
      test.dataSource,
      org.plan.id,
      org.personId('Maya'),
      org.personId('Priya'),
    );
    const priya = await signInAs(test, org.email('priya'));
    const mayaNotes = notes(meetingId, maya);
    const priyaNotes = notes(meetingId, priya);
    expect(await mayaNotes.verdict).toBe('open');
    expect(await priyaNotes.verdict).toBe('open');

    // The series passes to another lead (as when Priya moves to Omar's team).
    await test.dataSource.query(`UPDATE one_on_one_series SET lead_id = $2 WHERE id = $1`, [
      seriesId,
      org.personId('Omar'),
    ]);
    await mayaNotes.waitForClose('no-access');
    expect(priyaNotes.closes).toEqual([]);
    const retry = notes(meetingId, maya);
    expect(await retry.verdict).toBe('no-access');
  });

  it('opens the notes of a cancelled meeting read-only, and moves open connections to it', async () => {
    const meetingId = await newMeeting();
    const mayaNotes = notes(meetingId, maya);
    expect(await mayaNotes.verdict).toBe('open');
    mayaNotes.addParagraph('Before the cancellation');

    await test.dataSource.query(`UPDATE meetings SET status = 'cancelled' WHERE id = $1`, [meetingId]);
    await mayaNotes.waitForClose('access-changed');

    const samNotes = notes(meetingId, sam);
    expect(await samNotes.verdict).toBe('open');
    expect(samNotes.provider.authorizedScope).toBe('readonly');
    expect(samNotes.text()).toBe('Before the cancellation');
    // What a read-only side types reaches nobody.
    samNotes.addParagraph('Typed after the cancellation');
    const reader = notes(meetingId, maya);
    expect(await reader.verdict).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reader.text()).toBe('Before the cancellation');
  });
});

describe('live shared notes: the check before every store', () => {
  let test: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    // No timer to speak of: only the store can notice.
    test = await startTestApp({ TRELLIS_COLLABORATION_RECHECK_MS: '3600000' });
    org = await createTestOrganization(test);
  });
  afterAll(() => test?.close());

  it('closes a connection whose session ended when its edits come to be stored', async () => {
    const { meetingId } = await insertMeeting(test.dataSource, org.plan.id, org.personId('Maya'), org.personId('Sam'));
    const sam = await signInAs(test, org.email('sam'));
    const samNotes = openNotes(test.url, meetingId, sam.cookie);
    try {
      expect(await samNotes.verdict).toBe('open');
      ok(await sam.request(`mutation { signOut }`));
      // Nothing has noticed yet: the next store (two seconds after an edit) does.
      samNotes.addParagraph('typed after signing out elsewhere');
      await samNotes.waitForClose('session-ended', 8000);
    } finally {
      samNotes.destroy();
    }
  });
});

const REDIS_UP = redisAnswers();
const describeWithRedis = REDIS_UP ? describe : describe.skip;

describeWithRedis(
  REDIS_UP
    ? 'live shared notes across two API processes sharing Redis (127.0.0.1:6379)'
    : 'live shared notes across two API processes: SKIPPED because no Redis answers on 127.0.0.1:6379',
  () => {
    let first: TestApp;
    let second: TestApp;
    let org: TestOrganization;

    beforeAll(async () => {
      // One database, one Redis, a key prefix of this run's own.
      const env = {
        REDIS_URL: 'redis://127.0.0.1:6379',
        TRELLIS_REDIS_PREFIX: `trellis-test-${randomBytes(6).toString('hex')}`,
      };
      [first, second] = await Promise.all([startTestApp(env), startTestApp(env)]);
      org = await createTestOrganization(first);
    });
    afterAll(async () => {
      await Promise.all([first?.close(), second?.close()]);
    });

    it('an edit made through one process reaches a client of the other, both ways, and is stored once', async () => {
      expect(first.url).not.toBe(second.url);
      const { meetingId } = await insertMeeting(
        first.dataSource,
        org.plan.id,
        org.personId('Maya'),
        org.personId('Sam'),
      );
      const [maya, sam] = await Promise.all([signInAs(first, org.email('maya')), signInAs(second, org.email('sam'))]);
      const mayaNotes = openNotes(first.url, meetingId, maya.cookie);
      const samNotes = openNotes(second.url, meetingId, sam.cookie);
      try {
        expect(await mayaNotes.verdict).toBe('open');
        expect(await samNotes.verdict).toBe('open');

        mayaNotes.addParagraph('Written through the first process');
        await samNotes.waitForText((text) => text.includes('Written through the first process'));
        samNotes.addParagraph('Answered through the second');
        const both = await mayaNotes.waitForText((text) => text.includes('Answered through the second'));
        expect(await samNotes.waitForText((text) => text === both)).toBe(both);
      } finally {
        mayaNotes.destroy();
        samNotes.destroy();
      }
      const stored = await waitFor(
        async () => {
          const row = await storedNotes(first.dataSource, meetingId);
          return row?.plainText === 'Written through the first process\nAnswered through the second' ? row : null;
        },
        8000,
        () => 'the notes of both processes were not stored',
      );
      expect(stored.documentText).toBe(stored.plainText);
    });
  },
);
