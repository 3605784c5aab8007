import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  isCompositeType,
  getNamedType,
} from 'graphql';
import { TEXT_LIMIT_EXTENSION } from '../../src/common/validation';
import { INPUT_LIMITS } from '../../src/graphql/input-limits.plugin';
import { GraphQLClient, GraphQLResponse } from '../support/graphql-client';
import { organizationDigest } from '../support/org-snapshot';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

/*
 * Every mutation of the running schema (a new one is covered without touching this file) gets
 * malformed values at every text and list position of its arguments: a NUL character, a lone
 * surrogate, a list of 10,000 items, too long a text, a mix of valid and invalid parts, and more
 * wrongly typed items than graphql-js reports. Each must be refused as BAD_USER_INPUT, before any
 * resolver runs, whoever sends it, and leave the organization exactly as it was.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Path = (string | number)[];

interface Position {
  path: Path;
  kind: 'text' | 'list';
}

interface Case {
  name: string;
  variables: Record<string, Json>;
  /** The value's path the answer must name; undefined when graphql-js itself refuses the values. */
  field?: string;
  /** Sent as an inline literal of the document instead of variables. */
  inline?: boolean;
}

const SOME_ID = '00000000-0000-4000-8000-000000000001';

/** A value of the type, every optional field given and every list holding one item. */
function sample(type: GraphQLInputType, depth = 0): Json {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType, depth + 1)];
  if (isInputObjectType(inner)) {
    if (depth > 8) return {};
    const object: Record<string, Json> = {};
    for (const field of Object.values(inner.getFields())) object[field.name] = sample(field.type, depth + 1);
    return object;
  }
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return SOME_ID;
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-01-01T00:00:00Z';
      case 'LocalDate':
        return '2026-01-01';
      default:
        return 'text';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** Where the sampled values hold text (String, ID) and lists. */
function positions(type: GraphQLInputType, value: Json, path: Path): Position[] {
  const inner = getNullableType(type);
  if (isListType(inner) && Array.isArray(value)) {
    return [{ path, kind: 'list' }, ...value.flatMap((item, i) => positions(inner.ofType, item, [...path, i]))];
  }
  if (isInputObjectType(inner) && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.values(inner.getFields()).flatMap((f) => positions(f.type, value[f.name], [...path, f.name]));
  }
  if (isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID')) return [{ path, kind: 'text' }];
  return [];
}

const pathText = (path: Path) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');

function setAt(root: Record<string, Json>, path: Path, value: (old: Json) => Json): Record<string, Json> {
  const copy = structuredClone(root);
  let node: Json = copy;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, Json>)[part];
  const last = path[path.length - 1];
  const parent = node as Record<string | number, Json>;
  parent[last] = value(parent[last]);
  return copy;
}

/** The first text position inside a list item, for the mixed valid and invalid case. */
const firstTextUnder = (all: Position[], list: Path) =>
  all.find((p) => p.kind === 'text' && p.path.length > list.length && pathText(p.path).startsWith(pathText(list)));

function casesFor(field: GraphQLField<unknown, unknown>): Case[] {
  const base: Record<string, Json> = {};
  for (const arg of field.args) base[arg.name] = sample(arg.type);
  const all = field.args.flatMap((arg) => positions(arg.type, base[arg.name], [arg.name]));
  const texts = all.filter((p) => p.kind === 'text');
  const lists = all.filter((p) => p.kind === 'list');
  const cases: Case[] = [];
  for (const { path } of texts) {
    const field = pathText(path);
    cases.push({ name: `NUL in ${field}`, field, variables: setAt(base, path, () => 'a\u0000b') });
    cases.push({ name: `lone surrogate in ${field}`, field, variables: setAt(base, path, () => 'a\ud800b') });
  }
  if (texts.length) {
    const { path } = texts[texts.length - 1];
    const long = 'x'.repeat(textLimit(field, path) + 1);
    cases.push({ name: `too long ${pathText(path)}`, field: pathText(path), variables: setAt(base, path, () => long) });
    cases.push({
      name: `NUL in ${pathText(texts[0].path)}, as a literal`,
      field: pathText(texts[0].path),
      variables: setAt(base, texts[0].path, () => 'a\u0000b'),
      inline: true,
    });
  }
  for (const { path } of lists) {
    const field = pathText(path);
    cases.push({
      name: `10,000 items in ${field}`,
      field,
      variables: setAt(base, path, (old) => Array.from({ length: 10_000 }, () => (old as Json[])[0])),
    });
    // A valid item, then one whose text is bad: the answer names the bad one.
    const inside = firstTextUnder(all, path);
    if (inside) {
      const bad = [...path, 1, ...inside.path.slice(path.length + 1)];
      const mixed = setAt(base, path, (old) => [(old as Json[])[0], structuredClone((old as Json[])[0])]);
      cases.push({
        name: `valid and invalid items in ${field}`,
        field: pathText(bad),
        variables: setAt(mixed, bad, () => '\u0000'),
      });
    }
    // More wrongly typed items than graphql-js reports one by one (it stops at 50).
    cases.push({
      name: `60 wrongly typed items in ${field}`,
      variables: setAt(base, path, (old) =>
        Array.from({ length: 60 }, () => (typeof (old as Json[])[0] === 'object' ? 7 : { wrong: true })),
      ),
    });
  }
  if (texts.length > 1) {
    // Valid arguments beside a bad one.
    const { path } = texts[texts.length - 1];
    cases.push({
      name: `valid parts and a bad ${pathText(path)}`,
      field: pathText(path),
      variables: setAt(base, path, () => 'ok\ud800'),
    });
  }
  return cases;
}

/** The text limit at a path: the request-wide one, unless the mutation or an input field raises it. */
function textLimit(field: GraphQLField<unknown, unknown>, path: Path): number {
  let limit = field.extensions?.[TEXT_LIMIT_EXTENSION] ?? INPUT_LIMITS.textLength;
  let type: GraphQLInputType | undefined = field.args.find((a) => a.name === path[0])?.type;
  for (const part of path.slice(1)) {
    const inner: GraphQLInputType | undefined = type && getNullableType(type);
    if (inner && isListType(inner)) type = inner.ofType;
    else if (inner && isInputObjectType(inner) && typeof part === 'string') {
      const f = inner.getFields()[part];
      limit = f?.extensions?.[TEXT_LIMIT_EXTENSION] ?? limit;
      type = f?.type;
    }
  }
  return typeof limit === 'number' ? limit : INPUT_LIMITS.textLength;
}

/** A literal of the document for a JSON value (the field names of input objects are bare). */
function literal(value: Json, type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (value === null) return 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => literal(v, isListType(inner) ? inner.ofType : inner)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? inner)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string') return isEnumType(getNamedType(inner)) ? value : JSON.stringify(value);
  return String(value);
}

function documentFor(
  field: GraphQLField<unknown, unknown>,
  c: Case,
): { query: string; variables: Record<string, Json> } {
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  if (c.inline) {
    const args = field.args.map((a) => `${a.name}: ${literal(c.variables[a.name], a.type)}`).join(', ');
    return { query: `mutation { ${field.name}(${args})${selection} }`, variables: {} };
  }
  const definitions = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `mutation Malformed(${definitions}) { ${field.name}(${args})${selection} }`,
    variables: c.variables,
  };
}

function mutationsOf(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  const mutation = schema.getMutationType();
  if (!mutation) throw new Error('The schema has no mutations');
  return Object.values(mutation.getFields());
}

describe('malformed input at the GraphQL edge', () => {
  let test: TestApp;
  let org: TestOrganization;
  let mutations: GraphQLField<unknown, unknown>[];
  let senders: { who: string; client: GraphQLClient }[];

  beforeAll(async () => {
    test = await startTestApp();
    org = await createTestOrganization(test);
    mutations = mutationsOf(test.app.get(GraphQLSchemaHost).schema);
    senders = [
      { who: 'an admin', client: await org.signIn('admin') },
      { who: 'a manager', client: await org.signIn('maya') },
      { who: 'nobody signed in', client: org.anonymous() },
    ];
  });
  afterAll(() => test.close());

  /** The organization's digest and its growth records (goals, milestones, ratings, evidence). */
  const snapshot = async () => {
    const [counts] = await test.dataSource.query(
      `SELECT (SELECT count(*) FROM goals WHERE org_id = $1) AS goals,
              (SELECT count(*) FROM goal_milestones WHERE org_id = $1) AS milestones,
              (SELECT count(*) FROM goal_check_ins WHERE org_id = $1) AS check_ins,
              (SELECT count(*) FROM assessments WHERE org_id = $1) AS assessments,
              (SELECT count(*) FROM assessment_releases WHERE org_id = $1) AS releases,
              (SELECT count(*) FROM evidence WHERE org_id = $1) AS evidence`,
      [org.plan.id],
    );
    return `${await organizationDigest(test.dataSource, org.plan.id)} ${JSON.stringify(counts)}`;
  };
  const attempts = async () => Number((await test.dataSource.query(`SELECT count(*) AS n FROM sign_in_attempts`))[0].n);

  it('finds every mutation of the schema, each with cases for each of its arguments', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(21);
    for (const field of mutations) {
      if (field.args.some((a) => positions(a.type, sample(a.type), [a.name]).length)) {
        expect(casesFor(field).length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses every malformed value as BAD_USER_INPUT naming it, for every sender, and writes nothing', async () => {
    const before = await snapshot();
    const attemptsBefore = await attempts();
    const wrong: string[] = [];
    let sent = 0;
    for (const field of mutations) {
      const cases = casesFor(field);
      for (const { who, client } of senders) {
        // One mutation's cases at a time from one sender, a few in parallel.
        const answers = await Promise.all(
          cases.map(async (c) => {
            const { query, variables } = documentFor(field, c);
            return { c, res: await client.request(query, variables) };
          }),
        );
        sent += answers.length;
        for (const { c, res } of answers) {
          const problem = judge(res, c);
          if (problem) wrong.push(`${field.name}, ${c.name}, from ${who}: ${problem}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(500);
    expect(await snapshot()).toBe(before);
    expect(await attempts()).toBe(attemptsBefore);
  });

  it('counts a text as the database does: a list mixing a valid item and one too long by a variation selector', async () => {
    // class-validator's MaxLength did not count U+FE0F; PostgreSQL's CHECK does, and failed.
    const [admin, manager] = senders.map((s) => s.client);
    const samId = org.personId('Sam');
    const tooLong = (n: number) => `${'x'.repeat(n - 1)}a\uFE0F`;
    const before = await snapshot();
    const created = await manager.request<{ createGoal: { id: string; version: number } }>(
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id version } }`,
      { input: { personId: samId, title: 'A goal', competencyKeys: ['breadth'] } },
    );
    const goal = created.data?.createGoal;
    if (!goal) throw new Error(JSON.stringify(created.errors));
    const afterCreate = await snapshot();
    const answers = await Promise.all([
      manager.request(`mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`, {
        input: {
          personId: samId,
          title: 'A goal',
          competencyKeys: ['breadth'],
          milestones: [{ title: 'fine' }, { title: tooLong(200) }],
        },
      }),
      manager.request(`mutation($id: ID!, $input: UpdateGoalInput!) { updateGoal(id: $id, input: $input) { id } }`, {
        id: goal.id,
        input: { version: goal.version, milestones: [{ title: 'fine' }, { title: tooLong(200) }] },
      }),
      manager.request(`mutation($input: SaveAssessmentsInput!) { saveAssessments(input: $input) { selfCount } }`, {
        input: {
          personId: samId,
          source: 'MANAGER',
          ratings: [
            { competencyKey: 'breadth', rating: 'engineer' },
            { competencyKey: 'scalability_operability', rating: 'engineer', comment: tooLong(2000) },
          ],
        },
      }),
      admin.request(`mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`, {
        input: { personId: samId, title: tooLong(200), competencyKeys: ['breadth'] },
      }),
    ]);
    expect(answers.map((res) => [res.errors[0]?.extensions?.code, res.errors[0]?.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'milestones.1.title'],
      ['BAD_USER_INPUT', 'milestones.1.title'],
      ['BAD_USER_INPUT', 'ratings.1.comment'],
      ['BAD_USER_INPUT', 'title'],
    ]);
    expect(before).not.toBe(afterCreate);
    expect(await snapshot()).toBe(afterCreate);
  });

  it("says graphql-js's give-up on too many bad values as BAD_USER_INPUT, with the first problems", async () => {
    const [admin] = senders;
    const res = await admin.client.request(`mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`, {
      input: {
        personId: org.personId('Sam'),
        title: 'A goal',
        competencyKeys: Array.from({ length: 60 }, (_, i) => i),
      },
    });
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(51);
    expect(new Set(res.errors.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(res.errors[0].message).toMatch(/input\.competencyKeys\[0\]/);
    expect(res.errors[50].message).toBe(
      'Too many values of the request are invalid; the first 50 problems are listed.',
    );
  });

  it('answers a document with too many validation errors as GRAPHQL_VALIDATION_FAILED', async () => {
    const [admin] = senders;
    const fields = Array.from({ length: 120 }, (_, i) => `f${i}`).join(' ');
    const res = await admin.client.request(`{ me { ${fields} } }`);
    expect(res.status).toBe(400);
    expect(new Set(res.errors.map((e) => e.extensions?.code))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(res.errors[res.errors.length - 1].message).toMatch(/Too many validation errors/);
  });

  it('still serves a well-formed request after all that', async () => {
    const [admin] = senders;
    const res = await admin.client.request<{ me: { email: string } }>(`{ me { email } }`);
    expect(res.data?.me.email).toBe(org.email('admin'));
  });
});

/** What is wrong with an answer to a malformed request, or null. */
function judge(res: GraphQLResponse, c: Case): string | null {
  if (res.status >= 500) return `HTTP ${res.status}`;
  if (res.errors.length === 0) return 'accepted';
  const codes = new Set(res.errors.map((e) => e.extensions?.code));
  if (codes.size !== 1 || !codes.has('BAD_USER_INPUT'))
    return `codes ${[...codes].join(', ')}: ${res.errors[0].message}`;
  if (res.data && Object.values(res.data).some((v) => v !== null)) return 'some data came back';
  if (c.field !== undefined && res.errors[0].extensions?.field !== c.field) {
    return `field ${String(res.errors[0].extensions?.field)}, expected ${c.field}`;
  }
  return null;
}
