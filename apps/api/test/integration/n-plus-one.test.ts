import { randomBytes } from 'node:crypto';
import { largeOrganization } from '../../src/database/seed/large-organization';
import { OrganizationPlan } from '../../src/database/seed/organization-plan';
import { writeOrganization } from '../../src/database/seed/write-organization';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { signInAs } from '../support/sign-in';
import { startTestApp, TestApp } from '../support/test-app';

const PEOPLE = `{ people { id name team { name lead { name } } manager { name } directReports { id } } }`;
const TEAMS = `{ teams { id name lead { name } members { name } parent { name } children { name } } }`;

interface Bench {
  plan: OrganizationPlan;
  admin: GraphQLClient;
  manager: GraphQLClient;
}

async function bench(test: TestApp, people: number): Promise<Bench> {
  const domain = `n${people}-${randomBytes(4).toString('hex')}.test`;
  const plan = largeOrganization({ people, domain, name: `N+1 ${domain}` });
  await writeOrganization(test.dataSource, plan);
  const [admin, manager] = await Promise.all([
    signInAs(test, `admin@${domain}`, 'trellis-bench'),
    signInAs(test, `manager@${domain}`, 'trellis-bench'),
  ]);
  return { plan, admin, manager };
}

function statements(res: GraphQLResponse): number {
  expect(res.errors).toEqual([]);
  expect(Number.isInteger(res.sqlStatements)).toBe(true);
  return res.sqlStatements;
}

/**
 * The SQL statements of a list query do not grow with the data: DataLoaders batch each level of
 * the query into one statement, whether the organization has 5 people or 500.
 */
describe('list queries run a fixed number of SQL statements', () => {
  let test: TestApp;
  let small: Bench;
  let large: Bench;

  beforeAll(async () => {
    test = await startTestApp();
    [small, large] = await Promise.all([bench(test, 5), bench(test, 500)]);
  });
  afterAll(() => test.close());

  it('people with team, team lead, manager and direct reports, as the admin', async () => {
    const s = await small.admin.request<{ people: unknown[] }>(PEOPLE);
    const l = await large.admin.request<{ people: unknown[] }>(PEOPLE);
    expect(s.data?.people).toHaveLength(5);
    expect(l.data?.people).toHaveLength(500);
    console.log(`people (admin): ${statements(s)} SQL statements for 5 people, ${statements(l)} for 500`);
    expect(statements(l)).toBe(statements(s));
  });

  it('a page of 50 people with team, lead and manager, for 5 and for 500', async () => {
    const PAGE = `{ peoplePage(limit: 50) { totalCount nodes { id name team { name lead { name } } manager { name } } } }`;
    type Page = { peoplePage: { totalCount: number; nodes: unknown[] } };
    const s = await small.admin.request<Page>(PAGE);
    const l = await large.admin.request<Page>(PAGE);
    expect(s.data?.peoplePage).toMatchObject({ totalCount: 5 });
    expect(l.data?.peoplePage).toMatchObject({ totalCount: 500 });
    expect(l.data?.peoplePage.nodes).toHaveLength(50);
    console.log(`peoplePage (admin): ${statements(s)} SQL statements for 5 people, ${statements(l)} for 500`);
    expect(statements(l)).toBe(statements(s));
  });

  it("a page's teams and managers come with its people: no statement more than the names alone", async () => {
    const BARE = `{ peoplePage(limit: 50) { totalCount nodes { id name } } }`;
    const WITH = `{ peoplePage(limit: 50) { totalCount nodes { id name team { id name } manager { id name } } } }`;
    type Page = { peoplePage: { nodes: { team: { name: string } | null; manager: { name: string } | null }[] } };
    const bare = await large.admin.request<Page>(BARE);
    const related = await large.admin.request<Page>(WITH);
    const nodes = related.data?.peoplePage.nodes ?? [];
    expect(nodes.filter((n) => n.team?.name).length).toBeGreaterThan(40);
    expect(nodes.filter((n) => n.manager?.name).length).toBeGreaterThan(40);
    expect(statements(related)).toBe(statements(bare));
  });

  it('people as a manager (their reporting line only)', async () => {
    const s = await small.manager.request<{ people: unknown[] }>(PEOPLE);
    const l = await large.manager.request<{ people: unknown[] }>(PEOPLE);
    const sizes = [s.data?.people.length ?? 0, l.data?.people.length ?? 0];
    // The large manager has a whole subtree below them; the small one only their chain.
    expect(sizes[1]).toBeGreaterThan(50);
    expect(sizes[1]).toBeGreaterThan(sizes[0]);
    console.log(
      `people (manager): ${statements(s)} SQL statements for ${sizes[0]} people, ${statements(l)} for ${sizes[1]}`,
    );
    expect(statements(l)).toBe(statements(s));
  });

  it('teams with lead, members, parent and children, as the admin and as a manager', async () => {
    const counts: string[] = [];
    for (const role of ['admin', 'manager'] as const) {
      const s = await small[role].request<{ teams: unknown[] }>(TEAMS);
      const l = await large[role].request<{ teams: unknown[] }>(TEAMS);
      expect(s.data?.teams).toHaveLength(small.plan.teams.length);
      expect(l.data?.teams).toHaveLength(large.plan.teams.length);
      expect(large.plan.teams.length).toBeGreaterThan(50);
      counts.push(
        `teams (${role}): ${statements(s)} SQL statements for ${small.plan.teams.length} teams, ${statements(l)} for ${large.plan.teams.length}`,
      );
      expect(statements(l)).toBe(statements(s));
    }
    console.log(counts.join('\n'));
  });
});
