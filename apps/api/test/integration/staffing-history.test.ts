import { addDays } from '@trellis/domain';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const TODAY = new Date().toISOString().slice(0, 10);

const OFFERS = `query O($personId: ID) { staffingEvidenceOffers(personId: $personId) {
  allocationId personId personName projectName role kind percent startDate endDate title evidenceKind
  competencies { key name } goals { title } } }`;
const ACCEPT = `mutation A($input: AcceptStaffingEvidenceInput!) { acceptStaffingEvidence(input: $input) {
  id personId date kind title impact allocationId competencies { key } goals { title } } }`;
const DISMISS = `mutation D($allocationId: ID!) { dismissStaffingEvidence(allocationId: $allocationId) }`;
const EVIDENCE = `query E($personId: ID!) { evidence(personId: $personId) { id title allocationId competencies { key } } }`;
const CREATE_PROJECT = `mutation P($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const ADD_NEED = `mutation N($projectId: ID!, $input: ProjectNeedInput!) { addProjectNeed(projectId: $projectId, input: $input) { needs { id role } } }`;
const ALLOCATE = `mutation A($input: CreateAllocationInput!) { createAllocation(input: $input) { allocation { id version } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateAllocationInput!) { updateAllocation(id: $id, input: $input) { allocation { id version } } }`;

type Offer = {
  allocationId: string;
  personId: string;
  personName: string;
  projectName: string | null;
  role: string | null;
  kind: string;
  percent: number;
  startDate: string;
  endDate: string;
  title: string;
  evidenceKind: string;
  competencies: { key: string; name: string }[];
  goals: { title: string }[];
};
type Entry = {
  id: string;
  title: string;
  impact: string;
  date: string;
  kind: string;
  allocationId: string | null;
  competencies: { key: string }[];
  goals: { title: string }[];
};

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toEqual([]);
  return res.data as T;
}

function refused(res: GraphQLResponse<unknown>): { code: unknown; field: unknown; message: string } {
  expect(res.errors).toHaveLength(1);
  return {
    code: res.errors[0].extensions?.code,
    field: res.errors[0].extensions?.field,
    message: res.errors[0].message,
  };
}

describe('staffing history as evidence', () => {
  let test: TestApp;
  let org: TestOrganization;
  let maya: GraphQLClient;
  let sam: GraphQLClient;
  let priya: GraphQLClient;
  let omar: GraphQLClient;
  let admin: GraphQLClient;

  const offers = async (client: GraphQLClient, personId: string | null) =>
    ok(await client.request<{ staffingEvidenceOffers: Offer[] }>(OFFERS, { personId })).staffingEvidenceOffers;
  const evidenceOf = async (client: GraphQLClient, personId: string) =>
    ok(await client.request<{ evidence: Entry[] }>(EVIDENCE, { personId })).evidence;
  const accept = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ acceptStaffingEvidence: Entry }>(ACCEPT, { input });

  /** A project with a need exercising the competencies, and an allocation on it from `from` to `to`. */
  async function work(
    name: string,
    who: string,
    from: string,
    to: string,
    competencies: string[],
    extra: Record<string, unknown> = {},
  ) {
    const project = ok(
      await maya.request<{ createProject: { id: string } }>(CREATE_PROJECT, {
        input: {
          name,
          kind: 'DELIVERY',
          status: 'ACTIVE',
          startDate: addDays(TODAY, -120),
          endDate: addDays(TODAY, 60),
        },
      }),
    ).createProject;
    let needId: string | null = null;
    if (competencies.length) {
      needId = ok(
        await maya.request<{ addProjectNeed: { needs: { id: string }[] } }>(ADD_NEED, {
          projectId: project.id,
          input: {
            role: 'Backend engineer',
            percent: 10,
            startDate: addDays(TODAY, -120),
            endDate: addDays(TODAY, 60),
            competencies: competencies.map((key) => ({ competencyKey: key, minLevelKey: 'engineer' })),
          },
        }),
      ).addProjectNeed.needs[0].id;
    }
    return ok(
      await maya.request<{ createAllocation: { allocation: { id: string; version: number } } }>(ALLOCATE, {
        input: {
          personId: org.personId(who),
          projectId: project.id,
          needId,
          percent: 10,
          startDate: from,
          endDate: to,
          ...extra,
        },
      }),
    ).createAllocation.allocation;
  }

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [maya, sam, priya, omar, admin] = await Promise.all(
      ['maya', 'sam', 'priya', 'omar', 'admin'].map((n) => org.signIn(n)),
    );
  });
  afterAll(() => test.close());

  it('offers the demo’s ended payment links work to Sam and Maya, not Amara’s dismissed one', async () => {
    const own = await offers(sam, org.personId('Sam'));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      personName: 'Sam Okafor',
      projectName: 'Payment links',
      role: 'Backend engineer',
      kind: 'DELIVERY',
      percent: 10,
      evidenceKind: 'DELIVERY',
      competencies: [
        { key: 'api_contracts', name: 'API contracts' },
        { key: 'code_and_business_logic', name: expect.any(String) },
      ],
    });
    expect(own[0].title).toMatch(
      /^Worked on Payment links as Backend engineer, 10% for 11 weeks \(\d+ \w{3}( \d{4})? – \d+ \w{3}( \d{4})?\)$/,
    );
    expect(own[0].endDate < TODAY).toBe(true);
    // Maya's Home: her own and everyone's she reads the growth of.
    const reach = await offers(maya, null);
    expect(reach.map((o) => `${o.personName}: ${o.projectName}`)).toEqual(['Sam Okafor: Payment links']);
    expect(await offers(priya, null)).toEqual([]);
  });

  it('offers work only once it has ended, and takes the competencies of the goals it stretched toward', async () => {
    const running = await work('Fraud dashboards', 'Priya', addDays(TODAY, -30), TODAY, ['defensive_code']);
    expect((await offers(maya, org.personId('Priya'))).map((o) => o.allocationId)).not.toContain(running.id);
    const early = refused(await accept(maya, { allocationId: running.id }));
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allocationId' });
    expect(early.message).toMatch(/^Fraud dashboards runs until .*: log it as evidence once it has ended\.$/);

    // It ends yesterday: now it is offered.
    ok(
      await maya.request(UPDATE, { id: running.id, input: { version: running.version, endDate: addDays(TODAY, -1) } }),
    );
    const priyas = await offers(priya, org.personId('Priya'));
    expect(priyas.find((o) => o.allocationId === running.id)).toMatchObject({
      projectName: 'Fraud dashboards',
      endDate: addDays(TODAY, -1),
      competencies: [{ key: 'defensive_code' }],
    });

    // Work on a project without needs exercises what the stretch goal grows.
    const [goal]: { id: string }[] = await test.dataSource.query(
      `SELECT id FROM goals WHERE person_id = $1 AND title = 'Design the refunds API'`,
      [org.personId('Sam')],
    );
    const stretch = await work('API office hours', 'Sam', addDays(TODAY, -21), addDays(TODAY, -2), [], {
      goalIds: [goal.id],
    });
    const samOffer = (await offers(maya, org.personId('Sam'))).find((o) => o.allocationId === stretch.id);
    expect(samOffer).toMatchObject({
      role: null,
      title: expect.stringMatching(/^Worked on API office hours, 10% for 3 weeks \(/),
      competencies: [{ key: 'api_contracts' }, { key: 'trade_off_analysis' }],
      goals: [{ title: 'Design the refunds API' }],
    });

    // Tentative work and work that exercised nothing are not offered.
    const tentative = await work('Maybe work', 'Priya', addDays(TODAY, -30), addDays(TODAY, -3), ['defensive_code'], {
      status: 'TENTATIVE',
    });
    const nothing = await work('Plain work', 'Priya', addDays(TODAY, -30), addDays(TODAY, -3), []);
    const ids = (await offers(priya, org.personId('Priya'))).map((o) => o.allocationId);
    expect(ids).not.toContain(tentative.id);
    expect(ids).not.toContain(nothing.id);
    expect(refused(await accept(maya, { allocationId: nothing.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'allocationId',
    });
  });

  it('accepting makes an evidence entry linked to the work and its goals, once', async () => {
    const offer = (await offers(sam, org.personId('Sam'))).find((o) => o.projectName === 'Payment links');
    if (!offer) throw new Error('The demo should offer Sam his payment links work');
    const entry = ok(await accept(sam, { allocationId: offer.allocationId })).acceptStaffingEvidence;
    expect(entry).toMatchObject({
      personId: org.personId('Sam'),
      title: offer.title,
      date: offer.endDate,
      kind: 'DELIVERY',
      impact: '',
      allocationId: offer.allocationId,
      competencies: [{ key: 'api_contracts' }, { key: 'code_and_business_logic' }],
    });
    // In the growth views like any other entry: the Evidence tab, by competency too.
    const listed = await evidenceOf(maya, org.personId('Sam'));
    expect(listed.find((e) => e.id === entry.id)).toMatchObject({ allocationId: offer.allocationId });
    // Never offered again, to Sam or to Maya.
    expect((await offers(sam, org.personId('Sam'))).map((o) => o.allocationId)).not.toContain(offer.allocationId);
    expect((await offers(maya, null)).map((o) => o.allocationId)).not.toContain(offer.allocationId);
    const twice = refused(await accept(maya, { allocationId: offer.allocationId }));
    expect(twice).toMatchObject({ code: 'CONFLICT', message: 'Payment links is logged as evidence already.' });
    expect(refused(await maya.request(DISMISS, { allocationId: offer.allocationId })).code).toBe('CONFLICT');
    const [{ n }]: { n: string }[] = await test.dataSource.query(
      `SELECT count(*) AS n FROM evidence WHERE allocation_id = $1`,
      [offer.allocationId],
    );
    expect(Number(n)).toBe(1);
  });

  it('accepts an edited entry: its own title, impact and competencies', async () => {
    const alloc = await work('Refund reports', 'Priya', addDays(TODAY, -40), addDays(TODAY, -5), ['api_contracts']);
    const entry = ok(
      await accept(maya, {
        allocationId: alloc.id,
        title: '  Built the refund reports  ',
        impact: 'Finance closes the month a day earlier.',
        competencyKeys: ['defensive_code', 'api_contracts'],
      }),
    ).acceptStaffingEvidence;
    expect(entry).toMatchObject({
      title: 'Built the refund reports',
      impact: 'Finance closes the month a day earlier.',
      allocationId: alloc.id,
      competencies: [{ key: 'defensive_code' }, { key: 'api_contracts' }],
    });
    expect((await evidenceOf(priya, org.personId('Priya'))).map((e) => e.title)).toContain('Built the refund reports');
  });

  it('names the field of bad input and writes nothing', async () => {
    const alloc = await work('Ledger checks', 'Priya', addDays(TODAY, -40), addDays(TODAY, -5), ['api_contracts']);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ competencyKeys: [] }, 'competencyKeys'],
      [{ competencyKeys: ['telepathy'] }, 'competencyKeys'],
      [{ impact: 'x'.repeat(4001) }, 'impact'],
    ];
    for (const [input, field] of cases) {
      expect(refused(await accept(maya, { allocationId: alloc.id, ...input }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(refused(await accept(maya, { allocationId: 'nope' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'allocationId',
    });
    expect((await offers(maya, org.personId('Priya'))).map((o) => o.allocationId)).toContain(alloc.id);
  });

  it('dismissing hides the offer for good, for the person and the manager chain', async () => {
    const alloc = await work('Payout retries', 'Priya', addDays(TODAY, -40), addDays(TODAY, -5), ['defensive_code']);
    expect(ok(await priya.request<{ dismissStaffingEvidence: string }>(DISMISS, { allocationId: alloc.id }))).toEqual({
      dismissStaffingEvidence: alloc.id,
    });
    expect((await offers(priya, org.personId('Priya'))).map((o) => o.allocationId)).not.toContain(alloc.id);
    expect((await offers(maya, null)).map((o) => o.allocationId)).not.toContain(alloc.id);
    expect(refused(await accept(maya, { allocationId: alloc.id }))).toMatchObject({ code: 'CONFLICT' });
    expect(refused(await maya.request(DISMISS, { allocationId: alloc.id })).code).toBe('CONFLICT');
    const [event]: { label: string }[] = await test.dataSource.query(
      `SELECT target_label AS label FROM audit_events WHERE org_id = $1 AND action = 'staffing_evidence_dismissed'`,
      [org.plan.id],
    );
    expect(event.label).toBe('Staffing history of Priya Raman');
  });

  it('keeps growth private: a peer, a peer manager and an admin get neither offers nor the right to act', async () => {
    const [offer] = await offers(maya, org.personId('Sam'));
    for (const client of [priya, omar, admin]) {
      expect(refused(await client.request(OFFERS, { personId: org.personId('Sam') })).code).toBe('FORBIDDEN');
      expect(refused(await accept(client, { allocationId: offer.allocationId })).code).toBe('FORBIDDEN');
      expect(refused(await client.request(DISMISS, { allocationId: offer.allocationId })).code).toBe('FORBIDDEN');
    }
    expect(await offers(omar, null)).toEqual([]);
    expect(await offers(admin, null)).toEqual([]);
  });
});
