import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';
import { errorCode, GraphQLClient, ok } from '../support/graphql-client';

const ME = `{ me { email role person { name } } }`;

describe('sign-in and sessions', () => {
  let test: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
  });
  afterAll(() => test.close());

  it('signs in with the right password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const client = org.anonymous();
    const res = await client.signIn(org.email('maya'), 'trellis-demo');
    expect(ok(res)).toEqual({ signIn: expect.objectContaining({ email: org.email('maya'), role: 'MANAGER' }) });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^trellis_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http here; https requests get Secure
    expect(ok(await client.request(ME))).toEqual({
      me: { email: org.email('maya'), role: 'MANAGER', person: { name: 'Maya Lindqvist' } },
    });
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const client = org.anonymous();
    const res = await client.request(
      `mutation($input: SignInInput!) { signIn(input: $input) { id } }`,
      { input: { email: org.email('dana'), password: 'trellis-demo' } },
      { headers: { 'x-forwarded-proto': 'https' } },
    );
    ok(res);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const client = org.anonymous();
    ok(await client.signIn(`  ${org.email('SAM').toUpperCase()} `, 'trellis-demo'));
    expect(ok(await client.request<{ me: { email: string } }>(ME)).me.email).toBe(org.email('sam'));
  });

  it('answers a wrong password and an unknown email with the same message and no session', async () => {
    const wrong = await org.anonymous().signIn(org.email('priya'), 'not-the-password');
    const unknown = await org.anonymous().signIn(`nobody@${org.domain}`, 'trellis-demo');
    for (const res of [wrong, unknown]) {
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors[0].message).toBe('Email or password is incorrect.');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses a malformed email before looking anything up, naming the field', async () => {
    const res = await org.anonymous().signIn('not-an-email', 'x');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors[0].extensions?.field).toBe('email');
  });

  it('returns null for me without a session, and UNAUTHENTICATED for data', async () => {
    const anonymous = org.anonymous();
    expect(ok(await anonymous.request(ME))).toEqual({ me: null });
    expect(errorCode(await anonymous.request(`{ people { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('ends the session at sign-out: the old cookie no longer works', async () => {
    const client = await org.signIn('lena');
    const cookie = client.cookie;
    expect(ok(await client.request(`mutation { signOut }`))).toEqual({ signOut: true });
    const replay = new GraphQLClient(test.url, org.address);
    replay.cookie = cookie;
    expect(ok(await replay.request(ME))).toEqual({ me: null });
  });

  it('gives a new session id at each sign-in and drops the one the browser had', async () => {
    const client = await org.signIn('omar');
    const first = client.cookie;
    ok(await client.signIn(org.email('omar'), 'trellis-demo'));
    expect(client.cookie).not.toBe(first);
    const replay = new GraphQLClient(test.url, org.address);
    replay.cookie = first;
    expect(ok(await replay.request(ME))).toEqual({ me: null });
  });

  it('ends every session of a user who is deactivated, and refuses their next sign-in', async () => {
    const own = await createTestOrganization(test);
    const sam1 = await own.signIn('sam');
    const sam2 = await own.signIn('sam');
    const admin = await own.signIn('admin');
    ok(
      await admin.request(`mutation($id: ID!) { deactivateUser(userId: $id) { active } }`, {
        id: await own.userId('sam'),
      }),
    );
    expect(ok(await sam1.request(ME))).toEqual({ me: null });
    expect(ok(await sam2.request(ME))).toEqual({ me: null });
    const again = await own.anonymous().signIn(own.email('sam'), 'trellis-demo');
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
    expect(again.errors[0].message).toMatch(/deactivated/);
  });
});

describe('sign-in throttling', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('locks an account after 5 failures in 15 minutes, even for the right password', async () => {
    const org = await createTestOrganization(test);
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await org.anonymous().signIn(org.email('sam'), `wrong-${i}`))).toBe('UNAUTHENTICATED');
    }
    const locked = await new GraphQLClient(test.url, '10.99.99.1').signIn(org.email('sam'), 'trellis-demo');
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors[0].message).toMatch(/locked for 15 minutes after 5 failed sign-ins/);
    // Another account is not affected.
    ok(await org.anonymous().signIn(org.email('maya'), 'trellis-demo'));
  });

  it('allows at most 10 attempts a minute from one address', async () => {
    const org = await createTestOrganization(test);
    const client = new GraphQLClient(test.url, '10.200.0.1');
    for (let i = 0; i < 10; i++) {
      const res = await client.signIn(org.email(i % 2 ? 'maya' : 'dana'), 'trellis-demo');
      expect(res.errors).toEqual([]);
    }
    const eleventh = await client.signIn(org.email('maya'), 'trellis-demo');
    expect(errorCode(eleventh)).toBe('RATE_LIMITED');
    expect(eleventh.errors[0].message).toMatch(/Too many sign-in attempts from your address/);
  });
});
