import { randomBytes } from 'node:crypto';
import { largeOrganization } from '../../src/database/seed/large-organization';
import { writeOrganization } from '../../src/database/seed/write-organization';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { signInAs } from '../support/sign-in';
import { startTestApp, TestApp } from '../support/test-app';

const HEATMAP = `{ teamGrowth { totalPeople quarter { key } competencies { key }
  rows { person { id name level team { name } } cells { competencyKey rating ratingName gap source }
    belowCount disagreementCount readiness { met total share nextLevelName gaps { competencyName } } } } }`;
const OVERVIEW = `{ growthOverview { goalsNeedingAttention { person { name } title reason }
  missingAssessments { person { name } selfMissing managerMissing } } }`;

/** A generated organization with ratings and goals, and its director signed in as a manager. */
async function organization(test: TestApp, people: number): Promise<GraphQLClient> {
  const domain = `g${people}-${randomBytes(4).toString('hex')}.test`;
  await writeOrganization(
    test.dataSource,
    largeOrganization({ people, domain, growth: true, name: `Growth ${domain}` }),
  );
  return signInAs(test, `director@${domain}`, 'trellis-bench');
}

function statements(res: GraphQLResponse): number {
  expect(res.errors).toEqual([]);
  return res.sqlStatements;
}

describe('growth lists run a fixed number of SQL statements', () => {
  let test: TestApp;
  let small: GraphQLClient;
  let large: GraphQLClient;

  beforeAll(async () => {
    test = await startTestApp();
    [small, large] = await Promise.all([organization(test, 10), organization(test, 500)]);
    // Writing 500 people with two quarters of ratings (~35,000 rows) takes seconds on a busy machine.
  }, 60_000);
  afterAll(() => test.close());

  it('the heatmap with readiness, for 10 and for 500 people', async () => {
    const s = await small.request<{ teamGrowth: { rows: { cells: unknown[] }[] } }>(HEATMAP);
    const l = await large.request<{ teamGrowth: { rows: { cells: unknown[] }[] } }>(HEATMAP);
    expect(s.data?.teamGrowth.rows).toHaveLength(9);
    expect(l.data?.teamGrowth.rows).toHaveLength(499);
    expect(l.data?.teamGrowth.rows.every((r) => r.cells.length === 23)).toBe(true);
    console.log(`teamGrowth: ${statements(s)} SQL statements for 9 people, ${statements(l)} for 499`);
    expect(statements(l)).toBe(statements(s));
  });

  it("Home's goals needing a look and missing ratings, for 10 and for 500 people", async () => {
    const s = await small.request<{ growthOverview: { goalsNeedingAttention: unknown[] } }>(OVERVIEW);
    const l = await large.request<{ growthOverview: { goalsNeedingAttention: unknown[] } }>(OVERVIEW);
    // Every third goal has had no check-in for 40 days.
    expect(s.data?.growthOverview.goalsNeedingAttention).toHaveLength(3);
    expect(l.data?.growthOverview.goalsNeedingAttention).toHaveLength(167);
    console.log(`growthOverview: ${statements(s)} SQL statements for 9 people, ${statements(l)} for 499`);
    expect(statements(l)).toBe(statements(s));
  });
});
