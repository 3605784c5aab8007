import { buildSchema, GraphQLSchema, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Account,
  ACCESS_MATRIX,
  ACCOUNT_OF,
  AccessRow,
  Actor,
  ACTORS,
  MatrixContext,
  Outcome,
} from '../support/access-matrix';
import { describeSharedNotesSocketAccess } from '../support/access-matrix-websocket';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { idsFoundIn, organizationDigest, organizationIds } from '../support/org-snapshot';
import { freshAddress, signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const SCHEMA_FILE = join(__dirname, '../../../../libs/graphql-schema/schema.graphql');

function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
}

function operationOf(row: AccessRow): { kind: 'query' | 'mutation'; fields: string[] } {
  const doc = parse(row.document);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.operation === 'subscription') throw new Error(`No query or mutation in the row for ${row.operation}`);
  const fields = op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return { kind: op.operation, fields };
}

const isMutation = (row: AccessRow) => operationOf(row).kind === 'mutation';

describe('the access matrix covers the schema', () => {
  const schema = loadSchema();
  const schemaOperations = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
  ].sort();
  const matrixOperations = [
    ...new Set(ACCESS_MATRIX.map((row) => `${isMutation(row) ? 'Mutation' : 'Query'}.${row.operation}`)),
  ].sort();

  it('has a row for every Query and Mutation field of schema.graphql', () => {
    expect(schemaOperations.length).toBeGreaterThan(0);
    expect(schemaOperations.filter((op) => !matrixOperations.includes(op))).toEqual([]);
  });

  it('names no operation the schema lacks', () => {
    expect(matrixOperations.filter((op) => !schemaOperations.includes(op))).toEqual([]);
  });

  it.each(ACCESS_MATRIX.map((row) => [`${row.operation}: ${row.title}`, row] as const))(
    'the document of "%s" is valid and asks for exactly that operation',
    (_name, row) => {
      expect(validate(schema, parse(row.document)).map((e) => e.message)).toEqual([]);
      expect(operationOf(row).fields).toEqual([row.operation]);
    },
  );
});

/**
 * Organizations made ahead of need, so creating the next one overlaps with running a case;
 * never more than `budget` in all (the number of cases that take one).
 */
class OrganizationPool {
  private readonly ready: Promise<TestOrganization>[] = [];

  constructor(
    private readonly make: () => Promise<TestOrganization>,
    private readonly ahead: number,
    private budget: number,
  ) {}

  /** Starts making the next organizations now (the query cases run meanwhile). */
  fill(): void {
    while (this.ready.length <= this.ahead && this.budget > 0) {
      this.budget -= 1;
      const next = this.make();
      next.catch(() => undefined); // reported when taken
      this.ready.push(next);
    }
  }

  take(): Promise<TestOrganization> {
    this.fill();
    const next = this.ready.shift() ?? this.make();
    this.fill();
    return next;
  }

  async drain(): Promise<void> {
    await Promise.allSettled(this.ready.splice(0));
  }
}

/** An error outcome: the request is refused. */
function isRefusal(outcome: Outcome): boolean {
  return typeof outcome === 'object' || (typeof outcome === 'string' && outcome !== 'ok' && outcome !== 'null');
}

/** A mutation that succeeds writes: it gets a target organization of its own. */
function needsOwnOrganization(row: AccessRow, actor: Actor): boolean {
  return isMutation(row) && !isRefusal(row.expect[actor]);
}

function describeOutcome(outcome: Outcome): string {
  if (typeof outcome === 'function') return 'ok, and what it returns is checked';
  if (typeof outcome === 'object') return `${outcome.code} (field ${outcome.field})`;
  return outcome === 'null' ? 'null' : outcome;
}

function accountFor(row: AccessRow, actor: Actor): Account | null {
  if (actor === 'anonymous') return null;
  if (actor === 'member') return row.member;
  if (actor === 'otherOrg') return 'admin';
  return ACCOUNT_OF[actor];
}

function expectOutcome(outcome: Outcome, row: AccessRow, res: GraphQLResponse): void {
  if (outcome === 'ok' || outcome === 'null' || typeof outcome === 'function') {
    expect(res.errors).toEqual([]);
    expect(res.data).not.toBeNull();
    if (outcome === 'null') expect(res.data?.[row.operation]).toBeNull();
    return;
  }
  const { code, field } = typeof outcome === 'object' ? outcome : { code: outcome, field: undefined };
  expect(res.errors.map((e) => e.extensions?.code)).toEqual([code]);
  // The refused field gives nothing back.
  expect(res.data?.[row.operation] ?? null).toBeNull();
  if (field) expect(res.errors[0].extensions?.field).toBe(field);
}

describe('the access matrix, against the real database', () => {
  let test: TestApp;
  /**
   * Queries share one target organization; refused mutations share another, and prove each time
   * (with a digest) that they wrote nothing; a mutation that succeeds gets a fresh one. The other
   * admin reads from one second organization and writes into another.
   */
  let shared: {
    org: TestOrganization;
    refusals: TestOrganization;
    other: TestOrganization;
    otherForMutations: TestOrganization;
  };
  const clients = new Map<string, Promise<GraphQLClient>>();
  let pool: OrganizationPool;

  beforeAll(async () => {
    test = await startTestApp();
    const [org, refusals, other, otherForMutations] = await Promise.all(
      [1, 2, 3, 4].map(() => createTestOrganization(test)),
    );
    shared = { org, refusals, other, otherForMutations };
    const writers = ACCESS_MATRIX.flatMap((row) => ACTORS.filter((actor) => needsOwnOrganization(row, actor)));
    pool = new OrganizationPool(() => createTestOrganization(test), 3, writers.length);
    pool.fill();
  });

  afterAll(async () => {
    await pool?.drain();
    await test?.close();
  });

  function sharedClient(org: TestOrganization, account: Account): Promise<GraphQLClient> {
    const key = org.email(account);
    if (!clients.has(key)) clients.set(key, signInAs(test, key));
    return clients.get(key) as Promise<GraphQLClient>;
  }

  async function runCase(row: AccessRow, actor: Actor): Promise<void> {
    const mutation = isMutation(row);
    const outcome = row.expect[actor];
    let org = shared.org;
    if (mutation) org = needsOwnOrganization(row, actor) ? await pool.take() : shared.refusals;
    const other = mutation ? shared.otherForMutations : shared.other;
    const account = accountFor(row, actor);
    const home = actor === 'otherOrg' ? other : org;
    const email = account && home.email(account);
    let client: GraphQLClient;
    if (!email) client = new GraphQLClient(test.url, freshAddress());
    // A mutation that succeeds may end its own session (signOut, signIn): it signs in afresh.
    else if (needsOwnOrganization(row, actor)) client = await signInAs(test, email);
    else client = await sharedClient(home, account as Account);
    const personId = account && (account === 'admin' ? home.personId('Riley') : home.personId(capitalize(account)));

    const ctx: MatrixContext = { db: test.dataSource, org, other, actor, email, personId, client };
    const variables = row.variables ? await row.variables(ctx) : {};
    const before = mutation ? await organizationDigest(test.dataSource, org.plan.id) : null;

    const res = await client.request(row.document, variables);

    expectOutcome(outcome, row, res);
    if (typeof outcome === 'function') await outcome(res.data as Record<string, unknown>, ctx);
    if (actor === 'otherOrg') {
      // Whatever the answer, nothing of the target organization shows through.
      const leaked = idsFoundIn(
        { data: res.data, errors: res.errors },
        await organizationIds(test.dataSource, org.plan.id),
      );
      expect(leaked).toEqual([]);
    }
    if (mutation && isRefusal(outcome)) {
      // A refused mutation writes nothing: not a row, not an audit event, not a session.
      expect(await organizationDigest(test.dataSource, org.plan.id)).toBe(before);
    }
  }

  for (const row of ACCESS_MATRIX) {
    describe(`${row.operation}: ${row.title}`, () => {
      for (const actor of ACTORS) {
        const account = accountFor(row, actor);
        const who = actor === 'otherOrg' ? 'admin of another organization' : account ? `${actor} (${account})` : actor;
        it(`${who} → ${describeOutcome(row.expect[actor])}`, () => runCase(row, actor));
      }
    });
  }
});

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// The WebSocket of the live shared notes is part of the matrix too (its own app and organizations).
describeSharedNotesSocketAccess();
