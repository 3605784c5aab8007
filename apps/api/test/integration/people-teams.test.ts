import { Logger } from '@nestjs/common';
import { PeopleRepository } from '../../src/modules/directory/people/people.repository';
import { errorCode, GraphQLClient, GraphQLResponse, ok } from '../support/graphql-client';
import { organizationDigest } from '../support/org-snapshot';
import { signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const UPDATE_PERSON = `mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) { id name title version weeklyCapacityHours manager { id } }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id name title version manager { id name } } }`;
const CREATE_PERSON = `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) { id name manager { id name } team { name } weeklyCapacityHours }
}`;
const CREATE_TEAM = `mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id name lead { name } } }`;
const UPDATE_TEAM = `mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
  updateTeam(id: $id, input: $input) { id name version parent { name } }
}`;

interface PersonView {
  id: string;
  name: string;
  title: string;
  version: number;
  manager: { id: string; name: string } | null;
}

function expectBadInput(res: GraphQLResponse, field: string): void {
  expect(res.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors[0].extensions?.field).toBe(field);
  expect(
    res.data?.updatePerson ?? res.data?.createPerson ?? res.data?.createTeam ?? res.data?.updateTeam ?? null,
  ).toBeNull();
}

describe('people and teams, as their managers see them', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  /** An organization of its own, and its state now, to show a refused change wrote nothing. */
  async function freshOrg(): Promise<{ org: TestOrganization; digest: () => Promise<string> }> {
    const org = await createTestOrganization(test);
    return { org, digest: () => organizationDigest(test.dataSource, org.plan.id) };
  }

  async function person(client: GraphQLClient, id: string): Promise<PersonView> {
    return ok(await client.request<{ person: PersonView }>(PERSON, { id })).person;
  }

  describe('the paged directory', () => {
    const PAGE = `query Page($filter: PeopleFilter, $offset: Int, $limit: Int) {
      peoplePage(filter: $filter, offset: $offset, limit: $limit) { totalCount offset limit nodes { id name team { name } } } }`;
    type Page = { totalCount: number; offset: number; limit: number; nodes: { id: string; name: string }[] };
    let org: TestOrganization;
    let admin: GraphQLClient;
    const page = async (client: GraphQLClient, variables: Record<string, unknown>) =>
      ok(await client.request<{ peoplePage: Page }>(PAGE, variables)).peoplePage;
    const names = (p: Page) => p.nodes.map((n) => n.name.split(' ')[0]).sort();

    beforeAll(async () => {
      org = await createTestOrganization(test);
      admin = await signInAs(test, org.email('admin'));
    });

    it('pages through everyone in name order: no one twice, no one left out', async () => {
      const all = ok(await admin.request<{ people: { id: string }[] }>(`{ people { id } }`)).people;
      const seen: string[] = [];
      for (let offset = 0; offset < all.length; offset += 5) {
        const p = await page(admin, { offset, limit: 5 });
        expect(p).toMatchObject({ totalCount: all.length, offset, limit: 5 });
        expect(p.nodes.length).toBe(Math.min(5, all.length - offset));
        seen.push(...p.nodes.map((n) => n.id));
      }
      expect(seen).toEqual(all.map((p) => p.id));
      // Past the end: no one, and still how many there are.
      expect(await page(admin, { offset: all.length })).toMatchObject({ nodes: [], totalCount: all.length });
    });

    it("searches names, titles, teams and managers' names", async () => {
      expect(names(await page(admin, { filter: { search: 'platform' } }))).toEqual(
        ['Elena', 'Grace', 'Hannah', 'Omar', 'Ravi', 'Tomasz'].sort(),
      );
      const maya = await page(admin, { filter: { search: 'LINDQVIST' } });
      expect(maya.totalCount).toBe(6);
      expect(names(maya)).toEqual(['Amara', 'Jonas', 'Luis', 'Maya', 'Priya', 'Sam']);
      // Every word must match somewhere: Tomasz by his level, Elena by her title.
      expect(names(await page(admin, { filter: { search: ' platform  SENIOR ' } }))).toEqual(['Elena', 'Tomasz']);
      // Wildcards are taken literally.
      expect((await page(admin, { filter: { search: '%' } })).totalCount).toBe(0);
    });

    it('filters to people in no team', async () => {
      await test.dataSource.query(`UPDATE people SET team_id = NULL WHERE id = $1`, [org.personId('Riley')]);
      const p = await page(admin, { filter: { withoutTeam: true } });
      expect(p.nodes).toEqual([{ id: org.personId('Riley'), name: 'Riley Chen', team: null }]);
    });

    it('holds everyone for a member too: the directory is the whole organization', async () => {
      const sam = await signInAs(test, org.email('sam'));
      const p = await page(sam, { limit: 200 });
      expect(p.totalCount).toBe((await page(admin, { limit: 200 })).totalCount);
      expect(p.nodes).toHaveLength(p.totalCount);
    });

    it('matches a level only where the viewer reads it: Sam finds Elena by her title, not Tomasz by his level', async () => {
      const sam = await signInAs(test, org.email('sam'));
      expect(names(await page(sam, { filter: { search: 'platform senior' } }))).toEqual(['Elena']);
      expect(names(await page(sam, { filter: { search: 'domain expert' } }))).toEqual([]);
      expect(names(await page(admin, { filter: { search: 'domain expert' } }))).toEqual(['Jonas']);
    });

    it.each([
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
      [{ offset: -1 }, 'offset'],
    ])('refuses %o, naming the field', async (variables, field) => {
      const res = await admin.request(PAGE, variables);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors[0].extensions?.field).toBe(field);
      expect(res.data?.peoplePage ?? null).toBeNull();
    });
  });

  describe('the directory, for everyone; details, for the reporting line', () => {
    const PROFILE = `query Profile($id: ID!) { person(id: $id) {
      id name title track active team { name } manager { name } directReports { name }
      level levelKey startDate weeklyCapacityHours user { email } canSeeDetails canSeeGrowth canEdit } }`;
    const TEAM = `query Team($id: ID!) { team(id: $id) { memberCount lead { name } members { name level } } }`;
    type Profile = Record<string, unknown> & { level: string | null };
    let org: TestOrganization;
    let sam: GraphQLClient;
    const profile = async (client: GraphQLClient, name: string) =>
      ok(await client.request<{ person: Profile }>(PROFILE, { id: org.personId(name) })).person;

    beforeAll(async () => {
      org = await createTestOrganization(test);
      sam = await signInAs(test, org.email('sam'));
    });

    it('Sam sees all six members of Payments, as many as its count says; the levels of his chain only', async () => {
      const { team } = ok(
        await sam.request<{
          team: { memberCount: number; lead: { name: string }; members: { name: string; level: string | null }[] };
        }>(TEAM, { id: org.teamId('Payments') }),
      );
      expect(team.memberCount).toBe(6);
      expect(team.members).toHaveLength(6);
      expect(team.lead.name).toBe('Maya Lindqvist');
      const levels = Object.fromEntries(team.members.map((m) => [m.name.split(' ')[0], m.level]));
      expect(levels).toEqual({
        Amara: null,
        Jonas: null,
        Luis: null,
        Maya: expect.any(String),
        Priya: null,
        Sam: expect.any(String),
      });
    });

    it("Sam opens Priya's profile: her directory entry, and none of her personal details", async () => {
      expect(await profile(sam, 'Priya')).toEqual({
        id: org.personId('Priya'),
        name: 'Priya Raman',
        title: 'Senior Software Engineer',
        track: 'INDIVIDUAL_CONTRIBUTOR',
        active: true,
        team: { name: 'Payments' },
        manager: { name: 'Maya Lindqvist' },
        directReports: [],
        level: null,
        levelKey: null,
        startDate: null,
        weeklyCapacityHours: null,
        user: null,
        canSeeDetails: false,
        canSeeGrowth: false,
        canEdit: false,
      });
    });

    it("Sam opens Omar's profile in another team: his reports are listed, his details are not", async () => {
      const omar = await profile(sam, 'Omar');
      expect((omar.directReports as { name: string }[]).map((p) => p.name.split(' ')[0]).sort()).toEqual([
        'Elena',
        'Grace',
        'Hannah',
        'Ravi',
        'Tomasz',
      ]);
      expect(omar).toMatchObject({ level: null, startDate: null, weeklyCapacityHours: null, canSeeDetails: false });
    });

    it('Sam reads his own details and those of his manager chain, as before', async () => {
      for (const name of ['Sam', 'Maya', 'Dana']) {
        const person = await profile(sam, name);
        expect(person.canSeeDetails).toBe(true);
        expect(person.level).toEqual(expect.any(String));
        expect(person.weeklyCapacityHours).toBe(40);
      }
    });

    it("Omar, a manager outside Sam's chain, reads Sam's entry but not his details; Maya reads both", async () => {
      const omar = await signInAs(test, org.email('omar'));
      expect(await profile(omar, 'Sam')).toMatchObject({
        name: 'Sam Okafor',
        level: null,
        startDate: null,
        canSeeDetails: false,
        canSeeGrowth: false,
      });
      const maya = await signInAs(test, org.email('maya'));
      expect(await profile(maya, 'Sam')).toMatchObject({ level: 'Engineer', canSeeDetails: true, canSeeGrowth: true });
    });

    it("Sam still cannot read Priya's growth records", async () => {
      const res = await sam.request(`query G($id: ID!) { personGrowth(personId: $id) { managerCount } }`, {
        id: org.personId('Priya'),
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    });
  });

  describe('editing a person', () => {
    let org: TestOrganization;
    let maya: GraphQLClient;
    let sam: string;

    beforeAll(async () => {
      org = await createTestOrganization(test);
      maya = await signInAs(test, org.email('maya'));
      sam = org.personId('Sam');
    });

    it("Maya renames Sam's title; the version goes up and Sam sees the new title", async () => {
      const updated = ok(
        await maya.request<{ updatePerson: PersonView }>(UPDATE_PERSON, {
          id: sam,
          input: { version: 1, title: 'Senior Software Engineer' },
        }),
      ).updatePerson;
      expect(updated).toMatchObject({ title: 'Senior Software Engineer', version: 2 });
      const samClient = await signInAs(test, org.email('sam'));
      expect(await person(samClient, sam)).toMatchObject({ title: 'Senior Software Engineer', version: 2 });
    });

    it('a second edit from a stale page gets CONFLICT and changes nothing', async () => {
      const before = await person(maya, sam);
      const stale = await maya.request(UPDATE_PERSON, {
        id: sam,
        input: { version: before.version - 1, title: 'Intern' },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors[0].message).toMatch(/changed by someone else/);
      expect(await person(maya, sam)).toEqual(before);
    });
  });

  it("a person's details read the same on their page, in their manager's reports and in the directory", async () => {
    const org = await createTestOrganization(test);
    const maya = await signInAs(test, org.email('maya'));
    const sam = org.personId('Sam');
    const before = await person(maya, sam);
    ok(
      await maya.request(UPDATE_PERSON, {
        id: sam,
        input: {
          version: before.version,
          startDate: '2023-02-15',
          weeklyCapacityHours: 32.5,
          workingDays: [1, 2, 3, 4],
        },
      }),
    );
    const FIELDS = `id name active version startDate weeklyCapacityHours workingDays team { id name } manager { id name }`;
    type Seen = { id: string; startDate: string; weeklyCapacityHours: number; workingDays: number[] };
    const {
      person: page,
      maya: mayaPage,
      peoplePage,
    } = ok(
      await maya.request<{ person: Seen; maya: { directReports: Seen[] }; peoplePage: { nodes: Seen[] } }>(
        `query ($sam: ID!, $maya: ID!) {
          person(id: $sam) { ${FIELDS} }
          maya: person(id: $maya) { directReports { ${FIELDS} } }
          peoplePage(filter: { search: "Sam" }, limit: 5) { nodes { ${FIELDS} } }
        }`,
        { sam, maya: org.personId('Maya') },
      ),
    );
    expect(page).toMatchObject({
      startDate: '2023-02-15',
      weeklyCapacityHours: 32.5,
      workingDays: [1, 2, 3, 4],
      team: { name: expect.any(String) },
      manager: { id: org.personId('Maya') },
    });
    expect(mayaPage.directReports.find((p) => p.id === sam)).toEqual(page);
    expect(peoplePage.nodes.find((p) => p.id === sam)).toEqual(page);
  });

  describe('reporting lines', () => {
    it('Dana cannot make Sam the manager of Maya, his own manager (cycle, field managerId)', async () => {
      const { org, digest } = await freshOrg();
      const dana = await signInAs(test, org.email('dana'));
      const before = await digest();
      const res = await dana.request(UPDATE_PERSON, {
        id: org.personId('Maya'),
        input: { version: 1, managerId: org.personId('Sam') },
      });
      expectBadInput(res, 'managerId');
      expect(res.errors[0].message).toMatch(/reports to this person/);
      expect(await digest()).toBe(before);
    });

    it("Maya cannot move Sam under one of Omar's reports (FORBIDDEN); Sam stays with Maya", async () => {
      const { org, digest } = await freshOrg();
      const maya = await signInAs(test, org.email('maya'));
      const before = await digest();
      const res = await maya.request(UPDATE_PERSON, {
        id: org.personId('Sam'),
        input: { version: 1, managerId: org.personId('Hannah') },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect((await person(maya, org.personId('Sam'))).manager?.id).toBe(org.personId('Maya'));
      expect(await digest()).toBe(before);
    });

    it('Maya cannot leave Sam without a manager (only an admin can)', async () => {
      const { org } = await freshOrg();
      const maya = await signInAs(test, org.email('maya'));
      expectBadInput(
        await maya.request(UPDATE_PERSON, { id: org.personId('Sam'), input: { version: 1, managerId: null } }),
        'managerId',
      );
    });

    it('Maya adds a person: they land under her; Omar finds them in the directory, without their details', async () => {
      const { org } = await freshOrg();
      const [maya, omar] = await Promise.all([signInAs(test, org.email('maya')), signInAs(test, org.email('omar'))]);
      const created = ok(
        await maya.request<{ createPerson: { id: string; manager: { name: string }; weeklyCapacityHours: number } }>(
          CREATE_PERSON,
          {
            input: {
              name: 'Noor Aziz',
              title: 'Software Engineer',
              track: 'INDIVIDUAL_CONTRIBUTOR',
              level: 'Engineer',
              teamId: org.teamId('Payments'),
            },
          },
        ),
      ).createPerson;
      expect(created.manager.name).toBe('Maya Lindqvist');
      // The answer reads the new reporting line: Maya reaches Noor, so she sees the capacity.
      expect(created.weeklyCapacityHours).toBe(40); // the organization's default
      const list = (c: GraphQLClient) =>
        c.request<{ people: { id: string; name: string; weeklyCapacityHours: number | null }[] }>(
          `{ people { id name weeklyCapacityHours } }`,
        );
      expect(ok(await list(maya)).people.find((p) => p.id === created.id)?.weeklyCapacityHours).toBe(40);
      expect(ok(await list(omar)).people.find((p) => p.id === created.id)).toEqual({
        id: created.id,
        name: 'Noor Aziz',
        weeklyCapacityHours: null,
      });
    });
  });

  describe('bad input names the field and changes nothing', () => {
    let org: TestOrganization;
    let maya: GraphQLClient;
    let digestBefore: string;

    beforeAll(async () => {
      org = await createTestOrganization(test);
      maya = await signInAs(test, org.email('maya'));
      digestBefore = await organizationDigest(test.dataSource, org.plan.id);
    });

    const samEdit = (input: Record<string, unknown>) =>
      maya.request(UPDATE_PERSON, { id: org.personId('Sam'), input: { version: 1, ...input } });

    it('an empty name', async () => expectBadInput(await samEdit({ name: '' }), 'name'));

    it('a name of spaces only', async () => {
      const res = await samEdit({ name: '   ' });
      expectBadInput(res, 'name');
      expect(res.errors[0].message).toBe('Enter a name.');
    });

    it('200 weekly hours (a week has 168)', async () => {
      const res = await samEdit({ weeklyCapacityHours: 200 });
      expectBadInput(res, 'weeklyCapacityHours');
      expect(res.errors[0].message).toMatch(/168/);
    });

    it('a malformed person id', async () => {
      expectBadInput(await maya.request(UPDATE_PERSON, { id: 'not-an-id', input: { version: 1 } }), 'id');
      expectBadInput(await maya.request(PERSON, { id: "1' OR '1'='1" }), 'id');
    });

    it('a malformed manager id', async () => expectBadInput(await samEdit({ managerId: 'nobody' }), 'managerId'));

    it('a team that does not exist', async () =>
      expectBadInput(await samEdit({ teamId: '00000000-0000-4000-8000-000000000000' }), 'teamId'));

    it('an impossible start date', async () => expectBadInput(await samEdit({ startDate: '2024-02-30' }), 'startDate'));

    it('a field the input does not have is refused by GraphQL before anything runs', async () => {
      const res = await samEdit({ salary: 1_000_000 });
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors[0].message).toMatch(/Field "salary" is not defined by type "UpdatePersonInput"/);
      expect(res.data).toBeNull();
    });

    it('a blank team name', async () => {
      const res = await maya.request(CREATE_TEAM, { input: { name: '  ' } });
      expectBadInput(res, 'name');
    });

    it('after all of the above, the organization is exactly as it was', async () => {
      expect(await organizationDigest(test.dataSource, org.plan.id)).toBe(digestBefore);
    });
  });

  describe('teams', () => {
    it('team names are unique in an organization, ignoring case (field name)', async () => {
      const { org, digest } = await freshOrg();
      const admin = await signInAs(test, org.email('admin'));
      const before = await digest();
      const created = await admin.request(CREATE_TEAM, { input: { name: 'payments' } });
      expectBadInput(created, 'name');
      expect(created.errors[0].message).toBe('A team named "payments" already exists.');
      const renamed = await admin.request(UPDATE_TEAM, {
        id: org.teamId('Data'),
        input: { version: 1, name: ' Platform ' },
      });
      expectBadInput(renamed, 'name');
      expect(await digest()).toBe(before);
    });

    it('another organization may use the same team name', async () => {
      const { org } = await freshOrg();
      const admin = await signInAs(test, org.email('admin'));
      // Every test organization has a "Payments"; a new name is free here even if another has it.
      const first = ok(
        await admin.request<{ createTeam: { name: string } }>(CREATE_TEAM, { input: { name: 'Guild' } }),
      );
      expect(first.createTeam.name).toBe('Guild');
      const { org: second } = await freshOrg();
      const admin2 = await signInAs(test, second.email('admin'));
      ok(await admin2.request(CREATE_TEAM, { input: { name: 'Guild' } }));
    });

    it('a team cannot be put inside itself or one of its sub-teams (field parentId)', async () => {
      const { org, digest } = await freshOrg();
      const admin = await signInAs(test, org.email('admin'));
      const before = await digest();
      expectBadInput(
        await admin.request(UPDATE_TEAM, {
          id: org.teamId('Engineering'),
          input: { version: 1, parentId: org.teamId('Payments') },
        }),
        'parentId',
      );
      expectBadInput(
        await admin.request(UPDATE_TEAM, {
          id: org.teamId('Payments'),
          input: { version: 1, parentId: org.teamId('Payments') },
        }),
        'parentId',
      );
      expect(await digest()).toBe(before);
      // A legal move still works: Data under Platform.
      const moved = ok(
        await admin.request<{ updateTeam: { parent: { name: string }; version: number } }>(UPDATE_TEAM, {
          id: org.teamId('Data'),
          input: { version: 1, parentId: org.teamId('Platform') },
        }),
      );
      expect(moved.updateTeam).toEqual(expect.objectContaining({ parent: { name: 'Platform' }, version: 2 }));
    });

    it('Maya creates a team she leads; Omar cannot rename it', async () => {
      const { org } = await freshOrg();
      const [maya, omar] = await Promise.all([signInAs(test, org.email('maya')), signInAs(test, org.email('omar'))]);
      const team = ok(
        await maya.request<{ createTeam: { id: string; lead: { name: string } } }>(CREATE_TEAM, {
          input: { name: 'Checkout' },
        }),
      ).createTeam;
      expect(team.lead.name).toBe('Maya Lindqvist');
      expect(errorCode(await omar.request(UPDATE_TEAM, { id: team.id, input: { version: 1, name: 'Mine' } }))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('a failed request leaves nothing half-written', () => {
    it('when the second change of a request is refused, the first one is rolled back too', async () => {
      const { org, digest } = await freshOrg();
      const maya = await signInAs(test, org.email('maya'));
      const before = await digest();
      const res = await maya.request(
        `mutation Two($sam: ID!, $priya: ID!) {
          first: updatePerson(id: $sam, input: { version: 1, title: "Staff Engineer" }) { title }
          second: updatePerson(id: $priya, input: { version: 99, title: "Staff Engineer" }) { title }
        }`,
        { sam: org.personId('Sam'), priya: org.personId('Priya') },
      );
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
      expect(await digest()).toBe(before);
      expect((await person(maya, org.personId('Sam'))).title).toBe('Software Engineer');
    });

    it('a database error in the middle of a change rolls back the whole change', async () => {
      const { org, digest } = await freshOrg();
      const maya = await signInAs(test, org.email('maya'));
      const before = await digest();
      const serverLog = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      // Bad input is refused before any write, so the second write is made to fail inside the
      // database: a real statement that PostgreSQL refuses, on the request's own transaction.
      const update = PeopleRepository.prototype.update;
      const failing = jest.spyOn(PeopleRepository.prototype, 'update').mockImplementation(async function (
        this: PeopleRepository,
        db,
        orgId,
        id,
        ...rest
      ) {
        if (id === org.personId('Priya')) await db.query('SELECT 1 / 0');
        return update.call(this, db, orgId, id, ...rest);
      });
      const res = await maya.request(
        `mutation Two($sam: ID!, $priya: ID!) {
          first: updatePerson(id: $sam, input: { version: 1, title: "Staff Engineer" }) { title }
          second: updatePerson(id: $priya, input: { version: 1, title: "Staff Engineer" }) { title }
        }`,
        { sam: org.personId('Sam'), priya: org.personId('Priya') },
      );
      failing.mockRestore();
      const logged = serverLog.mock.calls.map((call) => String(call[0]));
      serverLog.mockRestore();
      expect(res.errors.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      // The server keeps the database's words for itself.
      expect(logged.join('\n')).toMatch(/division by zero/);
      expect(JSON.stringify(res.errors)).not.toMatch(/division|SELECT|QueryFailedError/);
      expect(await digest()).toBe(before);
    });
  });
});
