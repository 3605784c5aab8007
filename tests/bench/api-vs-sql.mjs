// `node tests/bench/api-vs-sql.mjs` (also part of `npm run bench`): the API against hand-written SQL.
// Seeds organizations (default 50, 500 and 5000 people, with growth records) with the generator,
// starts the built API (dist/, so `npx nx run api:build` first) and a baseline server
// (sql-baseline-server.mjs) that answers the same operations with one hand-written query each
// through `pg`, in the same transaction (session lookup, SET LOCAL ROLE trellis_app, a local
// app.org_id), with and without prepared statements. Then it sends each operation as the web
// client does (the documents are read from apps/web's graphql/ folders), one request at a time,
// and prints p50/p95 latency, server CPU per request and the GraphQL request's SQL statements.
// The first row, the floor, asks for no data ({ __typename } against the session and transaction alone):
// what each stack costs per request before any query of its own; "× prep. above floor" compares
// what each operation adds to its stack's floor.
// Writes tests/bench/api-vs-sql-results.json.
//
// Env: DATABASE_URL (else an embedded PostgreSQL), BENCH_SIZES (50,500,5000; 5000 runs the Home
// queries only), BENCH_ROUNDS (2: each measurement is repeated and the median reported),
// BENCH_REQUESTS (200 per measurement, fewer when slow: BENCH_MAX_MS, 4000 ms, bounds each),
// BENCH_REUSE=1 (keep and reuse the organizations between runs, on a DATABASE_URL),
// BENCH_ONLY (a comma list of operation names to run).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from '../../scripts/embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const MAX_MS = Number(process.env.BENCH_MAX_MS ?? 4000);
const REUSE = process.env.BENCH_REUSE === '1';
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
/** Above this size only Home's queries run (the director's Home is what grows with the organization). */
const HOME_ONLY_ABOVE = 500;

// --- The web client's documents ---------------------------------------------------------------

function webDocuments() {
  const modules = join(root, 'apps/web/src/modules');
  const definitions = new Map();
  for (const feature of readdirSync(modules)) {
    let files = [];
    try {
      files = readdirSync(join(modules, feature, 'graphql')).filter((f) => f.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const source = readFileSync(join(modules, feature, 'graphql', file), 'utf8');
      for (const [, body] of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
        const [, kind, name] = /^\s*(query|mutation|fragment)\s+(\w+)/.exec(body) ?? [];
        // A fragment may share its name with an operation (HomeGrowthOverview).
        if (name) definitions.set(`${kind === 'fragment' ? 'fragment' : 'operation'}:${name}`, body.trim());
      }
    }
  }
  return (operation) => {
    const wanted = [`operation:${operation}`];
    const seen = new Set();
    const parts = [];
    while (wanted.length) {
      const name = wanted.pop();
      if (seen.has(name)) continue;
      seen.add(name);
      const body = definitions.get(name);
      if (!body) throw new Error(`The web client has no GraphQL definition ${name}`);
      parts.push(body);
      for (const [, spread] of body.matchAll(/\.\.\.(\w+)/g)) wanted.push(`fragment:${spread}`);
    }
    return parts.join('\n');
  };
}
const document = webDocuments();

// --- Database, seed, servers ------------------------------------------------------------------

let database = null;
let tempDir = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  tempDir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  chmodSync(tempDir, 0o755);
  database = await startEmbeddedPostgres({ dataDir: tempDir, database: 'bench', persistent: false });
  databaseUrl = database.url;
}

async function startServer(args, env) {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${args.join(' ')} did not start`);
}

// Timed as in production; a second instance counts each operation's SQL statements (the count
// keeps an AsyncLocalStorage per request, which costs every promise a hook).
const api = await startServer(['dist/api/apps/api/src/main.js'], { TRELLIS_SEED: 'none', NODE_ENV: 'production' });
const counting = await startServer(['dist/api/apps/api/src/main.js'], {
  TRELLIS_SEED: 'none',
  NODE_ENV: 'production',
  TRELLIS_EXPOSE_SQL_COUNT: '1',
});
const baseline = await startServer(['tests/bench/sql-baseline-server.mjs'], {});
process.on('exit', () => {
  api.child.kill('SIGTERM');
  counting.child.kill('SIGTERM');
  baseline.child.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

let address = 0;
async function signIn(email) {
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.78.${Math.floor(++address / 250)}.${address % 250}`,
    },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { id person { id } } }',
      variables: { i: { email, password: 'trellis-bench' } },
    }),
  });
  const body = await res.json();
  if (body.errors) return null;
  return { cookie: res.headers.get('set-cookie').split(';')[0], personId: body.data.signIn.person?.id ?? null };
}

function seed(size, domain) {
  const started = Date.now();
  const seeded = spawnSync(
    process.execPath,
    ['dist/api/apps/api/src/database/seed/seed-cli.js', '--people', String(size), '--domain', domain, '--growth'],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  if (seeded.status !== 0) throw new Error(`Seeding failed: ${seeded.stderr}`);
  return Date.now() - started;
}

// --- Measuring ----------------------------------------------------------------------------------

/** CPU time (ms) a process has used so far, from /proc; null where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Sends `send` one at a time: a short warm-up, then up to REQUESTS requests or MAX_MS. */
async function measure(send, pid) {
  const first = performance.now();
  const sample = await send();
  const warm = Math.max(2, Math.min(20, Math.floor(1000 / Math.max(1, performance.now() - first))));
  for (let i = 0; i < warm; i++) await send();
  const times = [];
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  while (times.length < REQUESTS && (times.length < 10 || performance.now() - started < MAX_MS)) {
    const t = performance.now();
    await send();
    times.push(performance.now() - t);
  }
  const cpuAfter = cpuMs(pid);
  times.sort((a, b) => a - b);
  return {
    sample,
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpu: cpuBefore === null ? null : (cpuAfter - cpuBefore) / times.length,
  };
}

async function graphqlCall(cookie, query, variables, server = api) {
  const res = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, sql: Number(res.headers.get('x-sql-statements')) };
}

async function baselineCall(op, cookie, variables, prepared) {
  const res = await fetch(`${baseline.base}/${op}${prepared ? '?prepared=1' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(variables),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${op}: ${body.error}`);
  return { data: body.data };
}

/** A few counts that must agree between the API's answer and the baseline's. */
const SHAPES = {
  floor: (d) => [d.__typename],
  managerOverview: (d) => [d.person.directReports.length, d.person.directReports.filter((p) => p.level).length],
  growthOverview: (d) => [
    d.growthOverview.goalsNeedingAttention.length,
    d.growthOverview.missingAssessments.length,
    d.growthOverview.teams.length,
    d.growthOverview.teams.reduce((n, t) => n + t.people + t.unsharedRatings, 0),
  ],
  peoplePage: (d) => [
    d.peoplePage.totalCount,
    d.peoplePage.nodes.length,
    d.peoplePage.nodes.filter((p) => p.level).length,
  ],
  person: (d) => [d.person.directReports.length, d.person.canEdit, d.person.canSeeDetails],
  personGrowth: (d) => [
    d.personGrowth.competencies.length,
    d.personGrowth.selfCount,
    d.personGrowth.managerCount,
    d.personGrowth.quarters.length,
    d.personGrowth.readiness?.met ?? null,
  ],
};

// --- Run ----------------------------------------------------------------------------------------

const rows = [];
const mismatches = [];
const seeds = [];
for (const size of SIZES) {
  const domain = REUSE ? `apisql${size}.bench.test` : `apisql${size}-${Date.now()}.test`;
  let director = await signIn(`director@${domain}`);
  if (!director) {
    seeds.push({ size, seedMs: seed(size, domain) });
    director = await signIn(`director@${domain}`);
  }
  const manager = await signIn(`manager@${domain}`);
  // The manager opens one of their direct reports.
  const reports = await graphqlCall(manager.cookie, document('ManagerOverview'), { personId: manager.personId });
  const report = reports.data.person.directReports[0].id;

  const operations = [
    {
      // What every request costs before any data: HTTP, the session, the transaction.
      name: 'floor',
      title: 'Floor: { __typename } (manager)',
      web: null,
      who: manager,
      vars: {},
    },
    {
      name: 'managerOverview',
      title: 'Home: ManagerOverview (director)',
      web: 'ManagerOverview',
      who: director,
      vars: { personId: director.personId },
    },
    {
      name: 'growthOverview',
      title: 'Home: HomeGrowthOverview (director)',
      web: 'HomeGrowthOverview',
      who: director,
      vars: {},
    },
    {
      name: 'peoplePage',
      title: 'People page: first 50 (manager)',
      web: 'PeoplePage',
      who: manager,
      vars: { filter: {}, offset: 0, limit: 50 },
    },
    {
      name: 'person',
      title: 'Person page: Person (manager, a report)',
      web: 'Person',
      who: manager,
      vars: { id: report },
    },
    {
      name: 'personGrowth',
      title: 'Person page: PersonGrowth (manager, a report)',
      web: 'PersonGrowth',
      who: manager,
      vars: { personId: report },
    },
  ].filter(
    (o) =>
      (!ONLY || ONLY.has(o.name)) &&
      (size <= HOME_ONLY_ABOVE || ['floor', 'managerOverview', 'growthOverview'].includes(o.name)),
  );

  let floor = null;
  for (const op of operations) {
    const query = op.web ? document(op.web) : '{ __typename }';
    const runs = { graphql: [], sql: [], prepared: [] };
    for (let round = 0; round < ROUNDS; round++) {
      runs.graphql.push(await measure(() => graphqlCall(op.who.cookie, query, op.vars), api.child.pid));
      runs.sql.push(await measure(() => baselineCall(op.name, op.who.cookie, op.vars, false), baseline.child.pid));
      runs.prepared.push(await measure(() => baselineCall(op.name, op.who.cookie, op.vars, true), baseline.child.pid));
    }
    const shape = SHAPES[op.name];
    const mine = JSON.stringify(shape(runs.graphql[0].sample.data));
    const theirs = JSON.stringify(shape(runs.prepared[0].sample.data));
    if (mine !== theirs) mismatches.push(`${size} people, ${op.name}: API ${mine}, baseline ${theirs}`);
    const m = (list, key) => median(list.map((r) => r[key]));
    const gq50 = m(runs.graphql, 'p50');
    if (op.name === 'floor') floor = { graphql: gq50, prepared: m(runs.prepared, 'p50') };
    // What the operation adds to each stack's floor, compared: the cost of its own data.
    const baselineAbove = m(runs.prepared, 'p50') - (floor?.prepared ?? 0);
    const aboveFloor =
      op.name === 'floor' || !floor || baselineAbove < 0.1 ? null : (gq50 - floor.graphql) / baselineAbove;
    rows.push({
      people: size,
      operation: op.title,
      'GraphQL p50': +gq50.toFixed(1),
      p95: +m(runs.graphql, 'p95').toFixed(1),
      'SQL p50': +m(runs.sql, 'p50').toFixed(1),
      'prep. p50': +m(runs.prepared, 'p50').toFixed(1),
      'prep. p95': +m(runs.prepared, 'p95').toFixed(1),
      '× SQL': +(gq50 / m(runs.sql, 'p50')).toFixed(2),
      '× prep.': +(gq50 / m(runs.prepared, 'p50')).toFixed(2),
      '× prep. above floor': aboveFloor === null ? null : +aboveFloor.toFixed(2),
      'CPU ms API': runs.graphql[0].cpu === null ? null : +m(runs.graphql, 'cpu').toFixed(1),
      'CPU ms prep.': runs.prepared[0].cpu === null ? null : +m(runs.prepared, 'cpu').toFixed(1),
      'API SQL': (await graphqlCall(op.who.cookie, query, op.vars, counting)).sql,
    });
    console.error(`${size} people, ${op.title}: ${gq50.toFixed(1)} ms (${rows.at(-1)['× prep.']}× prepared SQL)`);
  }
}

for (const server of [api.child, counting.child, baseline.child]) {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
}
if (database) await database.stop();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });

if (seeds.length) console.log(`Seeding: ${seeds.map((s) => `${s.size} people in ${s.seedMs} ms`).join(', ')}`);
console.table(rows);
if (mismatches.length) console.log(`The baseline answered differently:\n  ${mismatches.join('\n  ')}`);
writeFileSync(
  join(root, 'tests/bench/api-vs-sql-results.json'),
  JSON.stringify({ at: new Date().toISOString(), rounds: ROUNDS, seeds, rows, mismatches }, null, 2) + '\n',
);
