import { GraphQLClient, ok } from '../support/graphql-client';
import { signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const OVERVIEW = `{ growthOverview {
  goalsNeedingAttention { person { id } }
  missingAssessments { person { id } selfMissing managerMissing }
  teams { team { id name } people goalsNeedingAttention selfRatingsMissing managerRatingsMissing unsharedRatings } } }`;

interface Overview {
  goalsNeedingAttention: { person: { id: string } }[];
  missingAssessments: { person: { id: string }; selfMissing: number; managerMissing: number }[];
  teams: {
    team: { id: string; name: string } | null;
    people: number;
    goalsNeedingAttention: number;
    selfRatingsMissing: number;
    managerRatingsMissing: number;
    unsharedRatings: number;
  }[];
}

describe("Home's reach by team", () => {
  let test: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
  });
  afterAll(() => test.close());

  const overviewOf = async (client: GraphQLClient) =>
    ok(await client.request<{ growthOverview: Overview }>(OVERVIEW)).growthOverview;

  it("sums up Dana's reach by team, adding up to the lists beside it", async () => {
    const dana = await signInAs(test, org.email('dana'));
    const overview = await overviewOf(dana);
    const danaId = org.personId('Dana');

    expect(overview.teams.map((row) => [row.team?.name ?? null, row.people])).toEqual([
      ['Data', 5],
      ['Engineering', 1], // Riley, who reports to Dana directly
      ['Payments', 6],
      ['Platform', 6],
    ]);
    const sum = (key: keyof Omit<Overview['teams'][number], 'team'>) =>
      overview.teams.reduce((total, row) => total + row[key], 0);
    const theirs = overview.missingAssessments.filter((m) => m.person.id !== danaId);
    expect(sum('goalsNeedingAttention')).toBe(
      overview.goalsNeedingAttention.filter((g) => g.person.id !== danaId).length,
    );
    expect(sum('selfRatingsMissing')).toBe(theirs.filter((m) => m.selfMissing > 0).length);
    expect(sum('managerRatingsMissing')).toBe(theirs.filter((m) => m.managerMissing > 0).length);
    // The demo's current quarter is rated by the Payments manager and not shared yet.
    expect(overview.teams.find((row) => row.team?.name === 'Payments')?.unsharedRatings).toBeGreaterThan(0);
  });

  it('counts a shared quarter out of the unshared ratings', async () => {
    const maya = await signInAs(test, org.email('maya'));
    const before = (await overviewOf(maya)).teams;
    expect(before.map((row) => row.team?.name)).toEqual(['Payments']);
    expect(before[0].people).toBe(5); // Maya's people, not Maya
    const { growthOverview } = ok(
      await maya.request<{ growthOverview: { quarter: { key: string } } }>(`{ growthOverview { quarter { key } } }`),
    );
    const unshared = before[0].unsharedRatings;
    ok(
      await maya.request(
        `mutation Share($personId: ID!, $quarter: String!) { shareManagerRatings(personId: $personId, quarter: $quarter, shared: true) { shared } }`,
        { personId: org.personId('Sam'), quarter: growthOverview.quarter.key },
      ),
    );
    expect((await overviewOf(maya)).teams[0].unsharedRatings).toBe(unshared - 1);
  });

  it('is empty for a member, whose Home has no reach', async () => {
    const sam = await signInAs(test, org.email('sam'));
    expect((await overviewOf(sam)).teams).toEqual([]);
  });
});
