import { errorCode, ok } from '../support/graphql-client';
import { organizationDigest } from '../support/org-snapshot';
import { createTestOrganization, startTestApp, TestApp } from '../support/test-app';

const UPDATE_MANAGER = `mutation($id: ID!, $managerId: ID) {
  updatePerson(id: $id, input: { version: 1, managerId: $managerId }) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;

describe('errors say nothing of records the reader cannot read', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it("a manager choosing an inactive person outside his reach as manager is not told that person's name", async () => {
    const org = await createTestOrganization(test);
    const admin = await org.signIn('admin');
    // Hannah works under Omar, a peer of Maya's: out of Maya's reach.
    ok(
      await admin.request(`mutation($id: ID!) { updatePerson(id: $id, input: { version: 1, active: false }) { id } }`, {
        id: org.personId('Hannah'),
      }),
    );
    const maya = await org.signIn('maya');
    const before = await organizationDigest(test.dataSource, org.plan.id);
    const answers = [
      await maya.request(UPDATE_MANAGER, { id: org.personId('Sam'), managerId: org.personId('Hannah') }),
      await maya.request(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
        input: {
          name: 'New Person',
          title: 'Engineer',
          level: 'engineer',
          track: 'INDIVIDUAL_CONTRIBUTOR',
          managerId: org.personId('Hannah'),
        },
      }),
    ];
    for (const res of answers) {
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(JSON.stringify(res.errors)).not.toMatch(/Hannah|Kim|inactive/);
    }
    expect(await organizationDigest(test.dataSource, org.plan.id)).toBe(before);
    // Someone allowed to choose her (an admin) is still told why not.
    const told = await admin.request(UPDATE_MANAGER, { id: org.personId('Sam'), managerId: org.personId('Hannah') });
    expect(errorCode(told)).toBe('BAD_USER_INPUT');
    expect(told.errors[0].message).toBe('Hannah Kim is inactive and cannot be a manager.');
  });

  it('createUser does not reveal that an address has an account in another organization', async () => {
    const [mine, theirs] = await Promise.all([createTestOrganization(test), createTestOrganization(test)]);
    const admin = await mine.signIn('admin');
    const input = (email: string) => ({ email, password: 'a first password 2026', role: 'MEMBER' });
    const before = await organizationDigest(test.dataSource, mine.plan.id);

    const elsewhere = await admin.request(CREATE_USER, { input: input(theirs.email('sam')) });
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors[0].extensions?.field).toBe('email');
    const said = JSON.stringify(elsewhere.errors);
    expect(said).not.toContain(theirs.email('sam'));
    expect(said).not.toMatch(/already|account exists|another organi[sz]ation|exists/i);
    expect(elsewhere.errors[0].message).toBe('This address cannot be used for a new account. Choose another address.');
    expect(await organizationDigest(test.dataSource, mine.plan.id)).toBe(before);

    // An address of the admin's own organization, which the admin sees in the list of accounts.
    const here = await admin.request(CREATE_USER, { input: input(mine.email('sam')) });
    expect(errorCode(here)).toBe('BAD_USER_INPUT');
    expect(here.errors[0].message).toBe(`${mine.email('sam')} already has an account.`);

    // A free address is taken as before.
    const free = ok(
      await admin.request<{ createUser: { email: string } }>(CREATE_USER, { input: input(mine.email('new')) }),
    );
    expect(free.createUser.email).toBe(mine.email('new'));
  });
});
