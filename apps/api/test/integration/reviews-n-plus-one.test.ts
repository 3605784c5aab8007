import { randomBytes } from 'node:crypto';
import { largeOrganization } from '../../src/database/seed/large-organization';
import { writeOrganization } from '../../src/database/seed/write-organization';
import { GraphQLClient, GraphQLResponse, ok } from '../support/graphql-client';
import { signInAs } from '../support/sign-in';
import { startTestApp, TestApp } from '../support/test-app';

const OPEN = `mutation { openReviewCycle(input: {}) { id } }`;
const CYCLE = `query C($id: ID!) { reviewCycle(id: $id) { progress { total } reviews { id person { name } } } }`;
const REPORT = `query T($id: ID!) { reviewTeamReport(cycleId: $id) { highlights people { person { name } evidence } } }`;
const CALIBRATION = `query K($id: ID!) { reviewCalibration(cycleId: $id) { byManager { name } reviews { reviewId } } }`;

/** A generated organization with ratings, goals and a plan; its director opens this quarter's review. */
async function organization(test: TestApp, people: number): Promise<{ client: GraphQLClient; cycleId: string }> {
  const domain = `r${people}-${randomBytes(4).toString('hex')}.test`;
  await writeOrganization(
    test.dataSource,
    largeOrganization({ people, domain, growth: true, name: `Reviews ${domain}` }),
  );
  const client = await signInAs(test, `director@${domain}`, 'trellis-bench');
  const cycleId = ok(await client.request<{ openReviewCycle: { id: string } }>(OPEN)).openReviewCycle.id;
  return { client, cycleId };
}

function statements(res: GraphQLResponse): number {
  expect(res.errors).toEqual([]);
  return res.sqlStatements;
}

describe('review lists and reports run a fixed number of SQL statements', () => {
  let test: TestApp;
  let small: { client: GraphQLClient; cycleId: string };
  let large: { client: GraphQLClient; cycleId: string };

  beforeAll(async () => {
    test = await startTestApp();
    [small, large] = await Promise.all([organization(test, 10), organization(test, 500)]);
  }, 60_000);
  afterAll(() => test.close());

  const cases: [string, string, string, 'reviews' | 'people'][] = [
    ['reviewCycle', CYCLE, 'reviewCycle', 'reviews'],
    ['reviewTeamReport', REPORT, 'reviewTeamReport', 'people'],
    ['reviewCalibration', CALIBRATION, 'reviewCalibration', 'reviews'],
  ];
  it.each(cases)('%s, for 10 and for 500 people', async (name, document, field, list) => {
    type Data = Record<string, Record<'reviews' | 'people', unknown[]>>;
    const s = await small.client.request<Data>(document, { id: small.cycleId });
    const l = await large.client.request<Data>(document, { id: large.cycleId });
    // The director reviews everyone below them (the cycle also lists their own review).
    expect(ok(s)[field][list].length).toBeGreaterThanOrEqual(9);
    expect(ok(l)[field][list].length).toBeGreaterThanOrEqual(499);
    console.log(`${name}: ${statements(s)} SQL statements for 10 people, ${statements(l)} for 500`);
    expect(statements(l)).toBe(statements(s));
  });
});
