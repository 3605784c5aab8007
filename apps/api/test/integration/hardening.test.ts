import { Logger } from '@nestjs/common';
import { QUERY_LIMITS } from '../../src/graphql/graphql.module';
import { PeopleRepository } from '../../src/modules/directory/people/people.repository';
import { errorCode, GraphQLClient, GraphQLResponse, ok } from '../support/graphql-client';
import { freshAddress, signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const PERSON_TITLE = `query($id: ID!) { person(id: $id) { title } }`;

/** Signs of a server's insides: stack frames, SQL, driver and ORM names. */
const INSIDES = [
  /\n\s+at [\w.<>]+ \(/,
  /\.(ts|js):\d+/,
  /\b(SELECT|INSERT INTO|DELETE FROM)\b/,
  /\bUPDATE "?\w+"? SET\b/,
  /QueryFailedError|TypeORM|node_modules|violates|relation "/,
];

function expectNoInsides(res: GraphQLResponse): void {
  const body = JSON.stringify({ data: res.data, errors: res.errors });
  for (const pattern of INSIDES) expect(body).not.toMatch(pattern);
  for (const error of res.errors) expect(error.extensions?.stacktrace).toBeUndefined();
}

/** A raw HTTP request to /graphql, for what the browser-like client does not send. */
async function raw(
  test: TestApp,
  init: { method?: string; headers?: Record<string, string>; body?: string; query?: string },
) {
  const url = `${test.url}/graphql${init.query ? `?query=${encodeURIComponent(init.query)}` : ''}`;
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'x-forwarded-for': freshAddress(), ...init.headers },
    body: init.body,
  });
  const text = await res.text();
  return { status: res.status, text, json: safeJson(text) };
}

function safeJson(text: string): { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

describe('hardening of the GraphQL endpoint', () => {
  let test: TestApp;
  let org: TestOrganization;
  let maya: GraphQLClient;
  let sam: string;

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    maya = await signInAs(test, org.email('maya'));
    sam = org.personId('Sam');
  });
  afterAll(() => test.close());

  const managerChain = (depth: number) => {
    let selection = 'id';
    for (let i = 0; i < depth; i++) selection = `manager { ${selection} }`;
    return `query($id: ID!) { person(id: $id) { ${selection} } }`;
  };

  describe('query limits', () => {
    it(`refuses a query nested deeper than ${QUERY_LIMITS.maxDepth}, and runs one within it`, async () => {
      const deep = await maya.request(managerChain(QUERY_LIMITS.maxDepth + 2), { id: sam });
      expect(deep.status).toBe(400);
      expect(errorCode(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(deep.errors[0].message).toMatch(/depth limit of 8 exceeded/);
      expect(deep.data).toBeNull();
      // person + 6 managers + id: depth 8, allowed. Sam's chain is Maya then Dana, then nobody.
      const within = ok(await maya.request<{ person: unknown }>(managerChain(QUERY_LIMITS.maxDepth - 2), { id: sam }));
      expect(within.person).toEqual({ manager: { manager: { manager: null } } });
    });

    it('counts the depth of fields, whether or not they come through fragments', async () => {
      // The same chains as above, each level in a fragment of its own.
      const viaFragments = (depth: number) => {
        const fragments = Array.from({ length: depth }, (_, i) =>
          i === depth - 1
            ? `fragment F${i} on Person { manager { id } }`
            : `fragment F${i} on Person { manager { ...F${i + 1} } }`,
        );
        return `query($id: ID!) { person(id: $id) { ...F0 } } ${fragments.join(' ')}`;
      };
      const deep = await maya.request(viaFragments(QUERY_LIMITS.maxDepth + 2), { id: sam });
      expect(deep.status).toBe(400);
      expect(deep.errors.map((e) => e.message)).toEqual([expect.stringMatching(/depth limit of 8 exceeded/)]);
      const within = ok(await maya.request<{ person: unknown }>(viaFragments(QUERY_LIMITS.maxDepth - 2), { id: sam }));
      expect(within.person).toEqual({ manager: { manager: { manager: null } } });
    });

    it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases, and accepts a few`, async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const many = await maya.request(aliases(QUERY_LIMITS.maxAliases + 5));
      expect(many.status).toBe(400);
      expect(errorCode(many)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(many.errors[0].message).toMatch(/Aliases limit of 15 exceeded/);
      expect(Object.keys(ok(await maya.request(aliases(3))))).toEqual(['a0', 'a1', 'a2']);
    });

    it('refuses a batched request (a JSON array of operations)', async () => {
      const res = await raw(test, {
        headers: { 'content-type': 'application/json', cookie: maya.cookie ?? '' },
        body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ people { id } }' }]),
      });
      expect(res.status).toBe(400);
      expect(res.json.errors?.[0].message).toBe('Operation batching disabled.');
      expect(res.json.data).toBeUndefined();
    });

    it('keeps serving after many refused requests (each gives its database connection back)', async () => {
      // More refused requests than the pool has connections; each one opened a transaction.
      const refused = [];
      for (let i = 0; i < 12; i++) {
        refused.push(
          raw(test, {
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify([{ query: '{ me { id } }' }]),
          }),
        );
        refused.push(raw(test, { headers: { 'content-type': 'application/json' }, body: '{}' }));
      }
      expect(new Set((await Promise.all(refused)).map((r) => r.status))).toEqual(new Set([400]));
      const started = Date.now();
      expect(ok(await maya.request<{ me: { email: string } }>(`{ me { email } }`)).me.email).toBe(org.email('maya'));
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  describe('cross-site request forgery', () => {
    it('refuses a GET query without a preflight header (400), and serves it with one', async () => {
      const query = '{ me { email } }';
      const bare = await raw(test, { method: 'GET', query, headers: { cookie: maya.cookie ?? '' } });
      expect(bare.status).toBe(400);
      expect(bare.json.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
      expect(bare.json.data).toBeUndefined();
      const preflighted = await raw(test, {
        method: 'GET',
        query,
        headers: { cookie: maya.cookie ?? '', 'apollo-require-preflight': 'true' },
      });
      expect(preflighted.status).toBe(200);
      expect(preflighted.json.data).toEqual({ me: { email: org.email('maya') } });
    });

    it('never runs a mutation sent as a form-like POST (text/plain) or over GET', async () => {
      const mutation = `mutation { updatePerson(id: "${sam}", input: { version: 1, title: "Forged" }) { title } }`;
      for (const contentType of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        const res = await raw(test, {
          headers: { 'content-type': contentType, cookie: maya.cookie ?? '' },
          body: JSON.stringify({ query: mutation }),
        });
        expect(res.status).toBe(400);
        expect(res.json.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
      }
      const overGet = await raw(test, {
        method: 'GET',
        query: mutation,
        headers: { cookie: maya.cookie ?? '', 'apollo-require-preflight': 'true' },
      });
      expect(overGet.status).toBe(405);
      expect(ok(await maya.request<{ person: { title: string } }>(PERSON_TITLE, { id: sam })).person.title).toBe(
        'Software Engineer',
      );
    });
  });

  describe('errors', () => {
    it('an unknown field is a GRAPHQL_VALIDATION_FAILED (400)', async () => {
      const res = await maya.request(`{ me { id salary } }`);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors[0].message).toBe('Cannot query field "salary" on type "User".');
      expectNoInsides(res);
    });

    it('a database failure reaches the client as a generic INTERNAL_SERVER_ERROR, logged on the server', async () => {
      const serverLog = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      // A real database error, safely provoked: the listing runs a statement PostgreSQL refuses.
      const failing = jest
        .spyOn(PeopleRepository.prototype, 'list')
        .mockImplementation((db) => db.query(`SELECT name::int FROM people WHERE name ILIKE '%Sam%'`));
      const res = await maya.request(`query($s: String) { people(filter: { search: $s }) { id } }`, { s: 'Sam' });
      failing.mockRestore();
      const logged = serverLog.mock.calls.map((call) => String(call[0])).join('\n');
      serverLog.mockRestore();
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors[0].message).toBe('Something went wrong on our side. Try again.');
      expect(res.data).toBeNull();
      expectNoInsides(res);
      expect(res.errors[0].message).not.toMatch(/invalid input syntax|integer|ILIKE/);
      expect(logged).toMatch(/invalid input syntax for type integer/);
    });

    it('errors of every kind carry no stack trace and no SQL', async () => {
      const anonymous = org.anonymous();
      const responses = await Promise.all([
        anonymous.request(`{ people { id } }`), // UNAUTHENTICATED
        maya.request(`{ users { id } }`), // FORBIDDEN
        maya.request(PERSON_TITLE, { id: '00000000-0000-4000-8000-000000000000' }), // NOT_FOUND
        maya.request(PERSON_TITLE, { id: 'nope' }), // BAD_USER_INPUT
        maya.request(`mutation($id: ID!) { updatePerson(id: $id, input: { version: 42 }) { id } }`, { id: sam }), // CONFLICT
        maya.request(`query($id: Int!) { person(id: $id) { id } }`, { id: 1 }), // type mismatch
        maya.request(managerChain(12), { id: sam }), // too deep
      ]);
      expect(responses.map((r) => errorCode(r))).toEqual([
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'NOT_FOUND',
        'BAD_USER_INPUT',
        'CONFLICT',
        'GRAPHQL_VALIDATION_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      for (const res of responses) expectNoInsides(res);
    });

    it('a document of more than 2000 tokens is refused before it is parsed in full', async () => {
      const res = await maya.request(`{ me { ${'id '.repeat(2100)}} }`);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.errors[0].message).toMatch(/more that 2000 tokens/);
    });

    it('a syntax error is refused with the position, and nothing else', async () => {
      const res = await maya.request(`{ me { id `);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.errors[0].message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
      expect(res.data).toBeNull();
      expectNoInsides(res);
    });
  });

  it('/health answers 200 with the database up', async () => {
    const res = await fetch(`${test.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: { status: 'up', latencyMs: expect.any(Number) } });
  });

  describe('the audit log', () => {
    interface Event {
      action: string;
      actorEmail: string | null;
      targetId: string | null;
      targetLabel: string | null;
      targetType: string | null;
      detail: string | null;
      at: string;
    }

    it('records sign-ins, failures, role changes and deactivations with actor and target, never a password', async () => {
      const own = await createTestOrganization(test);
      const wrongPassword = 'Summer2024-not-it';
      const firstPassword = 'jonas-first-password-2024';
      expect(errorCode(await new GraphQLClient(test.url, freshAddress()).signIn(own.email('sam'), wrongPassword))).toBe(
        'UNAUTHENTICATED',
      );
      await signInAs(test, own.email('sam'));
      const admin = await signInAs(test, own.email('admin'));
      const [priyaId, samId] = [await own.userId('priya'), await own.userId('sam')];
      ok(
        await admin.request(`mutation($id: ID!) { changeUserRole(userId: $id, role: MANAGER) { id } }`, {
          id: priyaId,
        }),
      );
      ok(await admin.request(`mutation($id: ID!) { deactivateUser(userId: $id) { id } }`, { id: samId }));
      const created = ok(
        await admin.request<{ createUser: { id: string } }>(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          {
            input: {
              email: own.email('jonas'),
              password: firstPassword,
              role: 'MEMBER',
              personId: own.personId('Jonas'),
            },
          },
        ),
      ).createUser;

      const log = ok(
        await admin.request<{ auditLog: Event[] }>(
          `{ auditLog { action actorEmail targetId targetLabel targetType detail at } }`,
        ),
      ).auditLog;
      const find = (action: string, actor: string) =>
        log.find((e) => e.action === action && e.actorEmail === own.email(actor));

      expect(find('sign_in_failed', 'sam')).toBeDefined();
      expect(find('sign_in', 'sam')).toBeDefined();
      expect(find('sign_in', 'admin')).toBeDefined();
      expect(find('role_changed', 'admin')).toMatchObject({
        targetType: 'user',
        targetId: priyaId,
        targetLabel: own.email('priya'),
      });
      expect(JSON.parse(find('role_changed', 'admin')?.detail ?? 'null')).toEqual({ from: 'member', to: 'manager' });
      expect(find('user_deactivated', 'admin')).toMatchObject({ targetId: samId, targetLabel: own.email('sam') });
      expect(find('user_created', 'admin')).toMatchObject({ targetId: created.id, targetLabel: own.email('jonas') });

      // Newest first.
      const times = log.map((e) => Date.parse(e.at));
      expect([...times].sort((x, y) => y - x)).toEqual(times);
      // No password, right or wrong, anywhere in the log.
      const text = JSON.stringify(log);
      for (const secret of ['trellis-demo', wrongPassword, firstPassword, 'argon2']) expect(text).not.toContain(secret);
    });
  });
});

describe('in production', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => test.close());

  it('introspection is off and field suggestions give nothing away', async () => {
    const org = await createTestOrganization(test);
    const maya = await signInAs(test, org.email('maya'));
    const introspection = await maya.request(`{ __schema { queryType { name } } }`);
    expect(errorCode(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.data).toBeNull();
    const typo = await maya.request(`{ peple { id } }`);
    expect(errorCode(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
  });
});
