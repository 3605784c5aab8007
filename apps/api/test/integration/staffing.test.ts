import { addDays, mondayOf } from '@trellis/domain';
import { randomBytes } from 'node:crypto';
import { largeOrganization } from '../../src/database/seed/large-organization';
import { writeOrganization } from '../../src/database/seed/write-organization';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

// A range the demo plan leaves empty (it reaches 26 weeks ahead): weeks worked out by hand.
const WEEK = addDays(mondayOf(new Date().toISOString().slice(0, 10)), 40 * 7);
const day = (n: number) => addDays(WEEK, n);

const TIMELINE = `query T($from: LocalDate!, $weeks: Int!, $personId: ID) {
  staffingTimeline(from: $from, weeks: $weeks, personId: $personId) {
    weeks { key monday }
    rows { person { name } canAllocate
      weeks { week workingDays capacityDays allocatedShare tentativeShare deliveryShare developmentShare supportShare overAllocated idle away }
      allocations { id projectName kind percent status growthAligned stretchGoals { title } }
      timeOff { percent note } } } }`;
const CREATE_PROJECT = `mutation P($input: CreateProjectInput!) { createProject(input: $input) { id version needs { id } } }`;
const ADD_NEED = `mutation N($projectId: ID!, $input: ProjectNeedInput!) { addProjectNeed(projectId: $projectId, input: $input) { needs { id role } } }`;
const ALLOCATE = `mutation A($input: CreateAllocationInput!) {
  createAllocation(input: $input) { allocation { id version percent kind growthAligned stretchGoals { title } } overAllocatedWeeks { week allocatedPercent } warning } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateAllocationInput!) { updateAllocation(id: $id, input: $input) { allocation { percent version } } }`;
const TIME_OFF = `mutation O($input: CreateTimeOffInput!) { addTimeOff(input: $input) { id note } }`;
const SETTINGS = `mutation S($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { settings { overAllocation } } }`;

type Week = {
  week: string;
  workingDays: number;
  capacityDays: number;
  allocatedShare: number;
  tentativeShare: number;
  deliveryShare: number;
  developmentShare: number;
  supportShare: number;
  overAllocated: boolean;
  idle: boolean;
  away: boolean;
};
type Row = {
  person: { name: string };
  canAllocate: boolean;
  weeks: Week[];
  allocations: {
    projectName: string | null;
    kind: string;
    growthAligned: boolean | null;
    stretchGoals: { title: string }[];
  }[];
  timeOff: { percent: number; note: string | null }[];
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

describe('staffing', () => {
  let test: TestApp;
  let org: TestOrganization;
  let maya: GraphQLClient;
  let admin: GraphQLClient;
  let sam: GraphQLClient;
  let samId: string;

  const timeline = async (client: GraphQLClient, personId: string, from = WEEK, weeks = 1) =>
    ok(await client.request<{ staffingTimeline: { rows: Row[] } }>(TIMELINE, { from, weeks, personId }))
      .staffingTimeline.rows[0];
  const project = async (name: string, kind: string, extra: Record<string, unknown> = {}) =>
    ok(
      await maya.request<{ createProject: { id: string; version: number } }>(CREATE_PROJECT, {
        input: { name, kind, status: 'ACTIVE', startDate: day(-7), endDate: day(90), ...extra },
      }),
    ).createProject;
  const allocate = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{
      createAllocation: {
        allocation: {
          id: string;
          version: number;
          percent: number;
          growthAligned: boolean | null;
          stretchGoals: { title: string }[];
        };
        overAllocatedWeeks: { week: string; allocatedPercent: number }[];
        warning: string | null;
      };
    }>(ALLOCATE, { input });

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    [maya, admin, sam] = await Promise.all([org.signIn('maya'), org.signIn('admin'), org.signIn('sam')]);
    samId = org.personId('Sam');
  });
  afterAll(() => test.close());

  describe('a week worked out by hand', () => {
    beforeAll(async () => {
      // Sam works Monday to Friday and takes Friday off: 4 days of capacity out of 5.
      const api = await project('Hand case API', 'DELIVERY');
      const needs = ok(
        await maya.request<{ addProjectNeed: { needs: { id: string }[] } }>(ADD_NEED, {
          projectId: api.id,
          input: {
            role: 'API designer',
            percent: 60,
            startDate: day(-7),
            endDate: day(90),
            competencies: [{ competencyKey: 'api_contracts', minLevelKey: 'engineer' }],
          },
        }),
      ).addProjectNeed.needs;
      const support = await project('Hand case rota', 'SUPPORT');
      const refunds: { id: string }[] = await test.dataSource.query(
        `SELECT id FROM goals WHERE person_id = $1 AND title = 'Design the refunds API'`,
        [samId],
      );
      // Delivery at 60% all week on work that exercises API contracts (one of Sam's goals),
      // linked to his refunds goal as a stretch.
      ok(
        await allocate(maya, {
          personId: samId,
          projectId: api.id,
          needId: needs[0].id,
          percent: 60,
          startDate: WEEK,
          endDate: day(6),
          goalIds: [refunds[0].id],
        }),
      );
      // Development at 20% Wednesday to Friday, without a project.
      ok(await allocate(maya, { personId: samId, percent: 20, startDate: day(2), endDate: day(4) }));
      // Support at 20%, pencilled in.
      ok(
        await allocate(maya, {
          personId: samId,
          projectId: support.id,
          percent: 20,
          startDate: WEEK,
          endDate: day(6),
          status: 'TENTATIVE',
        }),
      );
      ok(
        await sam.request(TIME_OFF, {
          input: { personId: samId, startDate: day(4), endDate: day(4), note: 'Moving flat' },
        }),
      );
    });

    it('gives Maya the figures of the hand calculation', async () => {
      const row = await timeline(maya, samId);
      expect(row.weeks).toEqual([
        {
          week: expect.stringMatching(/^\d{4}-W\d{2}$/),
          workingDays: 5,
          capacityDays: 4,
          // 2.4 days of delivery + 0.4 of development = 2.8 of 4 days: idle, below 80%.
          allocatedShare: 0.7,
          tentativeShare: 0.2,
          deliveryShare: 0.6,
          developmentShare: 0.1,
          supportShare: 0,
          overAllocated: false,
          idle: true,
          away: false,
        },
      ]);
      expect(row.canAllocate).toBe(true);
      const delivery = row.allocations.find((a) => a.projectName === 'Hand case API');
      expect(delivery).toMatchObject({ growthAligned: true, stretchGoals: [{ title: 'Design the refunds API' }] });
      expect(row.timeOff).toEqual([{ percent: 100, note: 'Moving flat' }]);
    });

    it('shows Sam his own plan, and an admin the plan without growth links or the time-off note', async () => {
      const own = await timeline(sam, samId);
      expect(own.canAllocate).toBe(false);
      expect(own.allocations.find((a) => a.projectName === 'Hand case API')?.stretchGoals).toEqual([
        { title: 'Design the refunds API' },
      ]);
      const asAdmin = await timeline(admin, samId);
      expect(asAdmin.weeks[0].allocatedShare).toBe(0.7);
      expect(asAdmin.allocations.find((a) => a.projectName === 'Hand case API')).toMatchObject({
        growthAligned: null,
        stretchGoals: [],
      });
      expect(asAdmin.timeOff).toEqual([{ percent: 100, note: null }]);
    });

    it('warns when a change puts Sam above 100%, naming him and the week', async () => {
      const more = ok(
        await allocate(maya, { personId: samId, percent: 50, startDate: WEEK, endDate: day(6), kind: 'DEVELOPMENT' }),
      );
      // 2.8 + 0.5 × 4 = 4.8 days of 4: 120%.
      expect(more.createAllocation.overAllocatedWeeks).toEqual([{ week: expect.any(String), allocatedPercent: 120 }]);
      expect(more.createAllocation.warning).toMatch(/^Sam Okafor is above 100% in the week of /);
      const row = await timeline(maya, samId);
      expect(row.weeks[0]).toMatchObject({ overAllocated: true, idle: false, allocatedShare: 1.2 });
    });
  });

  describe('growth-aware suggestions', () => {
    const SUGGEST = `query S($needId: ID!) { needSuggestions(needId: $needId) { openPercent
      suggestions { person { id name } score capacityFit competencyFit growthValue stretchGoal { id title } explanation } } }`;
    type Suggestions = {
      openPercent: number;
      suggestions: {
        person: { id: string; name: string };
        score: number;
        stretchGoal: { id: string; title: string } | null;
        explanation: string;
      }[];
    };

    it('ranks Maya’s people for an open need, explains each, and accepting one as a stretch fills it', async () => {
      // A need in weeks nobody is planned for yet, exercising what Sam's refunds goal grows.
      const pairing = await project('API pairing', 'DELIVERY');
      const needs = ok(
        await maya.request<{ addProjectNeed: { needs: { id: string; role: string }[] } }>(ADD_NEED, {
          projectId: pairing.id,
          input: {
            role: 'API pair',
            percent: 30,
            startDate: day(35),
            endDate: day(46),
            competencies: [{ competencyKey: 'api_contracts', minLevelKey: 'engineer' }],
          },
        }),
      ).addProjectNeed.needs;
      const needId = needs[0].id;
      const before = ok(await maya.request<{ needSuggestions: Suggestions }>(SUGGEST, { needId })).needSuggestions;
      expect(before.openPercent).toBe(30);
      const payments = ['Sam', 'Priya', 'Jonas', 'Amara', 'Luis'].map((n) => org.personId(n));
      expect(before.suggestions.length).toBeGreaterThan(0);
      for (const s of before.suggestions) expect(payments).toContain(s.person.id);
      const scores = before.suggestions.map((s) => s.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);

      const samSuggestion = before.suggestions.find((s) => s.person.id === samId);
      expect(samSuggestion?.stretchGoal?.title).toBe('Design the refunds API');
      expect(samSuggestion?.explanation).toMatch(/^Sam Okafor has \d+% free in weeks \d+–\d+/);
      expect(samSuggestion?.explanation).toContain('and is working toward API contracts, which this need exercises.');
      const accepted = ok(
        await allocate(maya, {
          personId: samId,
          needId,
          percent: 30,
          startDate: day(35),
          endDate: day(46),
          goalIds: [samSuggestion?.stretchGoal?.id],
        }),
      ).createAllocation.allocation;
      expect(accepted).toMatchObject({ growthAligned: true, stretchGoals: [{ title: 'Design the refunds API' }] });
      const after = ok(await maya.request<{ needSuggestions: Suggestions }>(SUGGEST, { needId })).needSuggestions;
      expect(after.openPercent).toBe(0);
      expect(after.suggestions.map((s) => s.person.id)).not.toContain(samId);
    });

    it('keeps suggestions from admins and members: they weigh growth goals', async () => {
      const [need]: { id: string }[] = await test.dataSource.query(
        `SELECT n.id FROM project_needs n WHERE n.org_id = $1 AND n.role = 'API reviewer'`,
        [org.plan.id],
      );
      expect(refused(await admin.request(SUGGEST, { needId: need.id })).code).toBe('FORBIDDEN');
      expect(refused(await sam.request(SUGGEST, { needId: need.id })).code).toBe('FORBIDDEN');
    });
  });

  describe('skill coverage', () => {
    const COVERAGE = `{ skillCoverage { thin { competencyKey holders { name } projects { name } }
      risks { projectName competencyKey restsOn { name } } } }`;
    type Coverage = {
      thin: { competencyKey: string; holders: { name: string }[]; projects: { name: string }[] }[];
      risks: { projectName: string; competencyKey: string; restsOn: { name: string } | null }[];
    };

    it('warns Maya when a needed competency rests on nobody, and when a project depends on it', async () => {
      // Nobody in Payments is rated a Principal Architect in anything.
      const moonshot = await project('Moonshot', 'DELIVERY');
      ok(
        await maya.request(ADD_NEED, {
          projectId: moonshot.id,
          input: {
            role: 'Chief designer',
            percent: 20,
            startDate: day(0),
            endDate: day(30),
            competencies: [{ competencyKey: 'evolvable_systems', minLevelKey: 'principal_architect' }],
          },
        }),
      );
      ok(
        await allocate(maya, {
          personId: org.personId('Jonas'),
          projectId: moonshot.id,
          percent: 10,
          startDate: day(0),
          endDate: day(30),
        }),
      );
      const coverage = ok(await maya.request<{ skillCoverage: Coverage }>(COVERAGE)).skillCoverage;
      expect(coverage.thin).toContainEqual({
        competencyKey: 'evolvable_systems',
        holders: [],
        projects: [{ name: 'Moonshot' }],
      });
      expect(coverage.risks).toContainEqual({
        projectName: 'Moonshot',
        competencyKey: 'evolvable_systems',
        restsOn: null,
      });
      for (const c of coverage.thin) expect(c.holders.length).toBeLessThanOrEqual(1);
      expect(refused(await admin.request(COVERAGE)).code).toBe('FORBIDDEN');
    });
  });

  describe('working time', () => {
    const PERSON = `query P($id: ID!) { person(id: $id) { version workingDays } }`;
    const UPDATE_PERSON = `mutation U($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { workingDays } }`;

    it('takes a four-day week from the profile, and the timeline counts four working days', async () => {
      const amara = org.personId('Amara');
      const { person } = ok(
        await maya.request<{ person: { version: number; workingDays: number[] } }>(PERSON, { id: amara }),
      );
      expect(person.workingDays).toEqual([1, 2, 3, 4, 5]);
      const empty = refused(
        await maya.request(UPDATE_PERSON, { id: amara, input: { version: person.version, workingDays: [] } }),
      );
      expect(empty).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workingDays' });
      const updated = ok(
        await maya.request<{ updatePerson: { workingDays: number[] } }>(UPDATE_PERSON, {
          id: amara,
          input: { version: person.version, workingDays: [4, 1, 2, 3] },
        }),
      );
      expect(updated.updatePerson.workingDays).toEqual([1, 2, 3, 4]);
      const row = await timeline(maya, amara, day(140));
      expect(row.weeks[0].workingDays).toBe(4);
      // On a holiday calendar, a week with a holiday has one working day fewer.
      const ASSIGN = `mutation H($personId: ID!, $calendarId: ID) { assignHolidayCalendar(personId: $personId, calendarId: $calendarId) { holidayCalendarName } }`;
      const [berlin]: { id: string }[] = await test.dataSource.query(
        `SELECT id FROM holiday_calendars WHERE org_id = $1`,
        [org.plan.id],
      );
      // A Tuesday off for the whole office, in a week nothing else touches.
      await test.dataSource.query(
        `INSERT INTO holidays (org_id, calendar_id, date, name) VALUES ($1, $2, $3, 'Office party')`,
        [org.plan.id, berlin.id, day(141)],
      );
      const assigned = ok(
        await maya.request<{ assignHolidayCalendar: { holidayCalendarName: string } }>(ASSIGN, {
          personId: amara,
          calendarId: berlin.id,
        }),
      );
      expect(assigned.assignHolidayCalendar.holidayCalendarName).toBe('Berlin office');
      expect((await timeline(maya, amara, day(140))).weeks[0].workingDays).toBe(3);
      expect(refused(await maya.request(ASSIGN, { personId: amara, calendarId: samId }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'calendarId',
      });
      // A peer does not read someone else's working days: they are a personal detail.
      const peer = ok(await sam.request<{ person: { workingDays: number[] | null } }>(PERSON, { id: amara }));
      expect(peer.person.workingDays).toBeNull();
    });
  });

  describe('bad input and stale writes', () => {
    it('names the field that is wrong, and writes nothing', async () => {
      const before = Number((await test.dataSource.query(`SELECT count(*) AS n FROM allocations`))[0].n);
      const endsEarly = refused(
        await allocate(maya, { personId: samId, percent: 20, startDate: day(5), endDate: day(1) }),
      );
      expect(endsEarly).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
      expect(endsEarly.message).toBe(`The allocation ends (${day(1)}) before it starts (${day(5)}).`);
      const noProject = refused(
        await allocate(maya, { personId: samId, percent: 20, startDate: WEEK, endDate: day(4), kind: 'DELIVERY' }),
      );
      expect(noProject).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      const badDate = refused(
        await allocate(maya, { personId: samId, percent: 20, startDate: '2026-02-30', endDate: day(4) }),
      );
      expect(badDate.code).toBe('BAD_USER_INPUT');
      expect(badDate.message).toContain('"2026-02-30" is not a date');
      const tooMuch = refused(
        await allocate(maya, { personId: samId, percent: 101, startDate: WEEK, endDate: day(4) }),
      );
      expect(tooMuch).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
      expect(Number((await test.dataSource.query(`SELECT count(*) AS n FROM allocations`))[0].n)).toBe(before);
    });

    it('lets only the manager chain link work to a goal, and only to an open goal of that person', async () => {
      const [priyaGoal]: { id: string }[] = await test.dataSource.query(
        `SELECT id FROM goals WHERE person_id = $1 LIMIT 1`,
        [org.personId('Priya')],
      );
      const byAdmin = refused(
        await allocate(admin, {
          personId: samId,
          percent: 10,
          startDate: WEEK,
          endDate: day(4),
          goalIds: [priyaGoal.id],
        }),
      );
      expect(byAdmin.code).toBe('FORBIDDEN');
      const notHis = refused(
        await allocate(maya, {
          personId: samId,
          percent: 10,
          startDate: WEEK,
          endDate: day(4),
          goalIds: [priyaGoal.id],
        }),
      );
      expect(notHis).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'goalIds[0]',
        message: 'That is not an open goal of Sam Okafor.',
      });
    });

    it('refuses a change made from a stale version', async () => {
      const created = ok(await allocate(maya, { personId: samId, percent: 10, startDate: day(21), endDate: day(25) }))
        .createAllocation.allocation;
      ok(await maya.request(UPDATE, { id: created.id, input: { version: created.version, percent: 20 } }));
      const stale = refused(
        await maya.request(UPDATE, { id: created.id, input: { version: created.version, percent: 30 } }),
      );
      expect(stale.code).toBe('CONFLICT');
    });
  });

  describe('with the organization refusing over-allocation', () => {
    it('lets a change lighten an overloaded week, and refuses one that adds to it', async () => {
      const priyaId = org.personId('Priya');
      const start = day(98);
      const week = { personId: priyaId, startDate: start, endDate: addDays(start, 4) };
      ok(await allocate(maya, { ...week, percent: 80 }));
      const heavy = ok(await allocate(maya, { ...week, percent: 40 })).createAllocation;
      expect(heavy.overAllocatedWeeks).toHaveLength(1);
      ok(await admin.request(SETTINGS, { input: { overAllocation: 'REFUSE' } }));
      try {
        const lighter = ok(
          await maya.request<{ updateAllocation: { allocation: { percent: number; version: number } } }>(UPDATE, {
            id: heavy.allocation.id,
            input: { version: heavy.allocation.version, percent: 30 },
          }),
        ).updateAllocation.allocation;
        expect(lighter.percent).toBe(30);
        const heavier = refused(
          await maya.request(UPDATE, { id: heavy.allocation.id, input: { version: lighter.version, percent: 50 } }),
        );
        expect(heavier).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
        expect(heavier.message).toMatch(/^This would put Priya Raman above 100% in the week of /);
      } finally {
        ok(await admin.request(SETTINGS, { input: { overAllocation: 'WARN' } }));
      }
    });

    it('lets 20 concurrent allocations of 10% leave no week of Priya above 100%', async () => {
      ok(await admin.request(SETTINGS, { input: { overAllocation: 'REFUSE' } }));
      try {
        const priyaId = org.personId('Priya');
        const start = day(70);
        const answers = await Promise.all(
          Array.from({ length: 20 }, () =>
            allocate(maya, { personId: priyaId, percent: 10, startDate: start, endDate: addDays(start, 4) }),
          ),
        );
        const saved = answers.filter((a) => a.errors.length === 0);
        const refusals = answers.filter((a) => a.errors.length > 0);
        expect(saved).toHaveLength(10);
        for (const r of refusals) {
          expect(r.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
          expect(r.errors[0].message).toMatch(/^This would put Priya Raman above 100% in the week of /);
        }
        const [{ total }]: { total: number }[] = await test.dataSource.query(
          `SELECT coalesce(sum(percent), 0)::int AS total FROM allocations
           WHERE person_id = $1 AND scenario_id IS NULL AND start_date <= $3 AND end_date >= $2`,
          [priyaId, start, addDays(start, 4)],
        );
        expect(total).toBe(100);
      } finally {
        ok(await admin.request(SETTINGS, { input: { overAllocation: 'WARN' } }));
      }
    });
  });
});

describe('the timeline runs a fixed number of SQL statements', () => {
  let test: TestApp;
  const statements = async (people: number) => {
    const domain = `s${people}-${randomBytes(4).toString('hex')}.test`;
    await writeOrganization(test.dataSource, largeOrganization({ people, domain, growth: true, staffing: true }));
    const client = await signInAs(test, `director@${domain}`, 'trellis-bench');
    const res = await client.request<{ staffingTimeline: { rows: unknown[] } }>(TIMELINE, {
      from: mondayOf(new Date().toISOString().slice(0, 10)),
      weeks: 26,
    });
    expect(res.errors).toEqual([]);
    return { rows: res.data?.staffingTimeline.rows.length, statements: res.sqlStatements };
  };

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('for 50 people as for 500', async () => {
    const small = await statements(50);
    const large = await statements(500);
    console.log(
      `staffingTimeline: ${small.statements} SQL statements for ${small.rows} people, ${large.statements} for ${large.rows}`,
    );
    expect(small.rows).toBe(50);
    // A page holds 100 people by default.
    expect(large.rows).toBe(100);
    expect(large.statements).toBe(small.statements);
  }, 60_000);
});
