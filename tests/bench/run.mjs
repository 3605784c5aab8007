// `npm run bench`: seeds organizations of 500 and 5000 people, then measures the API under load
// with autocannon: sign-in, the people list with team and manager (as admin: everyone; as a
// manager: their reach), one person's page, and the growth views (the team heatmap, a person's
// ratings, Home's overview). Needs a build (`npm run build`). Uses DATABASE_URL
// when set, the embedded PostgreSQL otherwise. Prints a table; writes tests/bench/results.json.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from '../../scripts/embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SIZES = (process.env.BENCH_SIZES ?? '500,5000').split(',').map(Number);

let database = null;
let tempDir = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  tempDir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  chmodSync(tempDir, 0o755);
  database = await startEmbeddedPostgres({ dataDir: tempDir, database: 'bench', persistent: false });
  databaseUrl = database.url;
}

const seeds = [];
for (const size of SIZES) {
  const domain = `bench${size}-${Date.now()}.test`;
  const started = Date.now();
  const seeded = spawnSync(
    process.execPath,
    ['dist/api/apps/api/src/database/seed/seed-cli.js', '--people', String(size), '--domain', domain, '--growth'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    },
  );
  if (seeded.status !== 0) throw new Error(`Seeding failed: ${seeded.stderr}`);
  seeds.push({ size, domain, seedMs: Date.now() - started });
}

const port = await freePort();
const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    TRELLIS_SEED: 'none',
    NODE_ENV: 'production',
    TRELLIS_EXPOSE_SQL_COUNT: '1',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (
  let i = 0;
  i < 200 &&
  !(await fetch(`${base}/health`).then(
    (r) => r.ok,
    () => false,
  ));
  i++
) {
  await new Promise((r) => setTimeout(r, 100));
}

let address = 0;
async function signIn(email) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.77.0.${++address}` },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { id person { id } } }',
      variables: { i: { email, password: 'trellis-bench' } },
    }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { cookie: res.headers.get('set-cookie').split(';')[0], personId: body.data.signIn.person?.id ?? null };
}

function load(title, cookie, query, variables = {}, connections = 10) {
  return new Promise((resolveRun, reject) => {
    autocannon(
      {
        url: `${base}/graphql`,
        method: 'POST',
        connections,
        duration: DURATION,
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      },
      (error, result) => (error ? reject(error) : resolveRun({ title, result })),
    );
  });
}

const PEOPLE = '{ people { id name title level team { name } manager { name } } }';
// What the People page asks for: a page of 50, and a search across name, title, level, team, manager.
const PEOPLE_PAGE = `query($filter: PeopleFilter) { peoplePage(filter: $filter, limit: 50) { totalCount
  nodes { id name title level track active team { id name } manager { id name } } } }`;
const HEATMAP = `{ teamGrowth { competencies { key name areaName } rows { person { id name level }
  cells { competencyKey ratingName gap source } belowCount disagreementCount readiness { met total share nextLevelName } } } }`;
const PERSON_GROWTH = `query($id: ID!) { personGrowth(personId: $id) { selfCount managerCount readiness { share }
  competencies { competencyKey expectation self { rating } manager { rating } previousManager { rating } disagreement } } }`;
const OVERVIEW =
  '{ growthOverview { goalsNeedingAttention { person { name } title reason } missingAssessments { person { name } selfMissing managerMissing } } }';
const rows = [];
for (const seed of seeds) {
  const admin = await signIn(`admin@${seed.domain}`);
  const manager = await signIn(`manager@${seed.domain}`);
  const director = await signIn(`director@${seed.domain}`);
  const count = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin.cookie },
    body: JSON.stringify({ query: PEOPLE }),
  });
  const sql = count.headers.get('x-sql-statements');
  const visible = (await count.json()).data.people.length;
  for (const run of [
    await load(`people (admin, ${visible} rows, ${sql} SQL)`, admin.cookie, PEOPLE, {}, 4),
    await load('people (a manager, their reach)', manager.cookie, PEOPLE),
    await load('People page: first 50 (admin)', admin.cookie, PEOPLE_PAGE, { filter: {} }, 4),
    await load('People page: search "senior eng" (admin)', admin.cookie, PEOPLE_PAGE, {
      filter: { search: 'senior eng' },
    }),
    await load(
      'person page',
      manager.cookie,
      'query($id: ID!) { person(id: $id) { name team { name } manager { name } directReports { name } } }',
      { id: manager.personId },
    ),
    await load(`team growth heatmap (director, ${seed.size - 1} people)`, director.cookie, HEATMAP, {}, 2),
    await load('team growth heatmap (a manager, their reach)', manager.cookie, HEATMAP),
    await load('person growth (radar and ratings)', manager.cookie, PERSON_GROWTH, { id: manager.personId }),
    await load("Home's growth overview (director)", director.cookie, OVERVIEW, {}, 2),
  ]) {
    const r = run.result;
    rows.push({
      organization: `${seed.size} people`,
      scenario: run.title,
      'req/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      errors: r.errors + r.non2xx,
    });
  }
}
const memory =
  Number(spawnSync('ps', ['-o', 'rss=', '-p', String(api.pid)], { encoding: 'utf8' }).stdout.trim()) / 1024;
api.kill('SIGTERM');
await new Promise((r) => api.once('exit', r));
if (database) await database.stop();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });

console.log(`\nSeeding: ${seeds.map((s) => `${s.size} people in ${s.seedMs} ms`).join(', ')}`);
console.log(`API memory after the runs: ${memory.toFixed(0)} MiB RSS`);
console.table(rows);
writeFileSync(
  join(root, 'tests/bench/results.json'),
  JSON.stringify({ at: new Date().toISOString(), seeds, memoryMiB: Math.round(memory), rows }, null, 2) + '\n',
);
