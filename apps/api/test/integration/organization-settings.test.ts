import { errorCode, GraphQLClient, ok } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const ORGANIZATION = `{ organization { fiscalYearStartLocked currentQuarter { label start }
  settings { fiscalQuarterStartMonth staleGoalDays } } }`;
const UPDATE = `mutation Settings($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) { currentQuarter { label start } settings { fiscalQuarterStartMonth staleGoalDays } } }`;

type Org = {
  fiscalYearStartLocked: boolean;
  currentQuarter: { label: string; start: string };
  settings: { fiscalQuarterStartMonth: number; staleGoalDays: number };
};

describe('organization settings: the fiscal year', () => {
  let test: TestApp;
  let org: TestOrganization;
  let admin: GraphQLClient;
  const read = async () => ok(await admin.request<{ organization: Org }>(ORGANIZATION)).organization;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    admin = await org.signIn('admin');
  });
  afterAll(() => test.close());

  it('keeps its start month once ratings and goals are filed under its quarters, and writes nothing else', async () => {
    const before = await read();
    expect(before.fiscalYearStartLocked).toBe(true);
    const count = async (sql: string) =>
      Number((await test.dataSource.query(`SELECT count(*) AS n FROM ${sql}`, [org.plan.id]))[0].n);
    const ratings = await count('assessments WHERE org_id = $1');
    const shared = await count('assessment_releases WHERE org_id = $1');
    const goals = await count('goals WHERE org_id = $1 AND due_quarter IS NOT NULL');
    expect(Math.min(ratings, shared, goals)).toBeGreaterThan(1);

    const res = await admin.request(UPDATE, { input: { fiscalQuarterStartMonth: 4, staleGoalDays: 30 } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors[0].extensions?.field).toBe('fiscalQuarterStartMonth');
    expect(res.errors[0].message).toBe(
      `The fiscal year's start month can no longer change: ${ratings.toLocaleString('en-GB')} ratings, ` +
        `${shared} shared quarters of ratings and ${goals} goals are filed under its quarters, and would move to other months.`,
    );
    expect(await read()).toEqual(before);
  });

  it('takes the start month it already has with other changes', async () => {
    const { settings } = await read();
    const saved = ok(
      await admin.request<{ updateOrganizationSettings: Org }>(UPDATE, {
        input: { fiscalQuarterStartMonth: settings.fiscalQuarterStartMonth, staleGoalDays: 30 },
      }),
    ).updateOrganizationSettings;
    expect(saved.settings).toEqual({ fiscalQuarterStartMonth: settings.fiscalQuarterStartMonth, staleGoalDays: 30 });
  });

  it('moves while no quarter is in use, and the current quarter follows', async () => {
    for (const table of ['assessment_releases', 'assessments', 'goals']) {
      await test.dataSource.query(`DELETE FROM ${table} WHERE org_id = $1`, [org.plan.id]);
    }
    expect((await read()).fiscalYearStartLocked).toBe(false);
    const saved = ok(
      await admin.request<{ updateOrganizationSettings: Org }>(UPDATE, { input: { fiscalQuarterStartMonth: 2 } }),
    ).updateOrganizationSettings;
    expect(saved.settings.fiscalQuarterStartMonth).toBe(2);
    // Quarters now begin in February, May, August or November.
    expect(['02', '05', '08', '11']).toContain(saved.currentQuarter.start.slice(5, 7));
    expect(saved.currentQuarter.start.slice(8)).toBe('01');
  });

  it('refuses a save made from settings someone else changed meanwhile', async () => {
    const version = ok(await admin.request<{ organization: { version: number } }>(`{ organization { version } }`))
      .organization.version;
    ok(await admin.request(UPDATE, { input: { staleGoalDays: 14, version } }));
    const stale = await admin.request(UPDATE, { input: { staleGoalDays: 60, version } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await read()).settings.staleGoalDays).toBe(14);
  });
});
