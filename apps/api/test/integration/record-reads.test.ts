import { GraphQLClient, ok } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const READS = `{ myRecordReads { readerName kind at times } }`;
const PERSON_GROWTH = `query G($personId: ID!) { personGrowth(personId: $personId) { competencies { competencyKey } } }`;
const TEAM_GROWTH = `{ teamGrowth { rows { person { id } } } }`;

type Read = { readerName: string; kind: string; at: string; times: number };

describe('who read my records', () => {
  let test: TestApp;
  let org: TestOrganization;
  let sam: GraphQLClient;
  let priya: GraphQLClient;
  let maya: GraphQLClient;
  let admin: GraphQLClient;

  const readsOf = async (client: GraphQLClient) =>
    ok(await client.request<{ myRecordReads: Read[] }>(READS)).myRecordReads;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [sam, priya, maya, admin] = await Promise.all(['sam', 'priya', 'maya', 'admin'].map((n) => org.signIn(n)));
  });
  afterAll(() => test.close());

  it('starts empty, and a person reading their own ratings is not listed', async () => {
    expect(await readsOf(sam)).toEqual([]);
    ok(await sam.request(PERSON_GROWTH, { personId: org.personId('Sam') }));
    expect(await readsOf(sam)).toEqual([]);
  });

  it('tells Sam that Maya read his assessments, once however often she reloads within the hour', async () => {
    ok(await maya.request(PERSON_GROWTH, { personId: org.personId('Sam') }));
    ok(await maya.request(PERSON_GROWTH, { personId: org.personId('Sam') }));
    const reads = await readsOf(sam);
    expect(reads.map(({ readerName, kind, times }) => ({ readerName, kind, times }))).toEqual([
      { readerName: expect.stringMatching(/^Maya/), kind: 'ASSESSMENTS', times: 1 },
    ]);
    // The list is Sam's alone: Maya's own list does not show her reads of others.
    expect(await readsOf(maya)).toEqual([]);
  });

  it('a read of the team heatmap is a read of every row’s ratings', async () => {
    const rows = ok(await maya.request<{ teamGrowth: { rows: { person: { id: string } }[] } }>(TEAM_GROWTH)).teamGrowth
      .rows;
    expect(rows.map((r) => r.person.id)).toContain(org.personId('Priya'));
    const reads = await readsOf(priya);
    expect(reads.map((r) => [r.readerName.split(' ')[0], r.kind])).toEqual([['Maya', 'ASSESSMENTS']]);
    const rowCount: { n: string }[] = await test.dataSource.query(
      `SELECT count(*) AS n FROM record_reads WHERE org_id = $1 AND subject_id = $2`,
      [org.plan.id, org.personId('Priya')],
    );
    expect(Number(rowCount[0].n)).toBe(1);
  });

  it('keeps the kind of record only, and refuses to be edited', async () => {
    const columns: { column_name: string }[] = await test.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'record_reads' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'at',
      'id',
      'kind',
      'org_id',
      'reader_name',
      'reader_user_id',
      'record_id',
      'subject_id',
    ]);
    // The app's role may append reads but never change or remove one.
    const runner = test.dataSource.createQueryRunner();
    await runner.connect();
    try {
      for (const sql of [`UPDATE record_reads SET reader_name = 'Nobody'`, `DELETE FROM record_reads`]) {
        await runner.startTransaction();
        await runner.query(`SELECT set_config('role', 'trellis_app', true), set_config('app.org_id', $1, true)`, [
          org.plan.id,
        ]);
        await expect(runner.query(sql)).rejects.toThrow(/permission denied/);
        await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
    // An admin sees nobody else's list, only their own (empty) one.
    expect(await readsOf(admin)).toEqual([]);
  });
});
