// `node tests/bench/reviews.mjs` (part of `npm run bench`): what quarterly reviews cost at scale.
// A generated organization of 500 people (growth and staffing); its director opens this quarter's
// review, then each read and export is asked RUNS times, one request at a time on loopback:
//   - one review with its packet (live: every figure computed on the read)   budget 250 ms p95
//   - the team report and calibration over the whole organization            budget 1,500 ms p95
//   - the team's figures as CSV and as PDF                                    budget 2,000 ms p95
//   - closing the quarter (every packet twice, stored), once                  reported
// Needs a build (`npm run build`). Uses DATABASE_URL when set, the embedded PostgreSQL otherwise.
// Prints a table; writes tests/bench/reviews-results.json.
/* global fetch, performance */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from '../../scripts/embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const PEOPLE = Number(process.env.BENCH_REVIEWS_PEOPLE ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BUDGET = { reviewP95Ms: 250, reportP95Ms: 1500, exportP95Ms: 2000 };

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n) => Math.round(n * 10) / 10;

let database = null;
let tempDir = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  tempDir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  chmodSync(tempDir, 0o755);
  database = await startEmbeddedPostgres({ dataDir: tempDir, database: 'bench', persistent: false });
  databaseUrl = database.url;
}
const domainName = `reviews${PEOPLE}-${Date.now()}.test`;
const seeded = spawnSync(
  process.execPath,
  [
    'dist/api/apps/api/src/database/seed/seed-cli.js',
    '--people',
    String(PEOPLE),
    '--domain',
    domainName,
    '--growth',
    '--staffing',
  ],
  { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
);
if (seeded.status !== 0) throw new Error(`Seeding failed: ${seeded.stderr}`);

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
for (let i = 0; i < 200; i++) {
  if (
    await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 100));
}
const signIn = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.79.0.1' },
  body: JSON.stringify({
    query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
    variables: { i: { email: `director@${domainName}`, password: 'trellis-bench' } },
  }),
});
const cookie = signIn.headers.get('set-cookie').split(';')[0];
const graphql = async (query, variables = {}) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'accept-encoding': 'identity' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, statements: Number(res.headers.get('x-sql-statements')) };
};

const { data: opened } = await graphql(`
  mutation {
    openReviewCycle(input: {}) {
      id
      version
    }
  }
`);
const cycleId = opened.openReviewCycle.id;
const { data: listed } = await graphql(
  `
    query C($id: ID!) {
      reviewCycle(id: $id) {
        reviews {
          id
        }
      }
    }
  `,
  {
    id: cycleId,
  },
);
const reviews = listed.reviewCycle.reviews;
const reviewId = reviews[Math.floor(reviews.length / 2)].id;

const PACKET = `packet { highlights ratings { competencyKey gapToLevel manager { nowLabel change } }
  goals { finished { id } active { id } atRisk } evidence { total } oneOnOnes { held expected kept }
  time { developmentShare meetsTarget } readiness { now before } }`;
const READS = {
  'one review with its packet': {
    budget: BUDGET.reviewP95Ms,
    run: () => graphql(`query R($id: ID!) { review(id: $id) { id state ${PACKET} } }`, { id: reviewId }),
  },
  [`team report, ${reviews.length} people`]: {
    budget: BUDGET.reportP95Ms,
    run: () =>
      graphql(
        `
          query T($id: ID!) {
            reviewTeamReport(cycleId: $id) {
              highlights
              competencyChanges {
                change
              }
              quarters {
                byArea {
                  averageGap
                }
              }
              people {
                reviewId
                evidence
                developmentShare
              }
            }
          }
        `,
        { id: cycleId },
      ),
  },
  [`calibration, ${reviews.length} people`]: {
    budget: BUDGET.reportP95Ms,
    run: () =>
      graphql(
        `
          query K($id: ID!) {
            reviewCalibration(cycleId: $id) {
              byManager {
                name
                outlier
              }
              reviews {
                reviewId
              }
            }
          }
        `,
        {
          id: cycleId,
        },
      ),
  },
  'team figures as CSV': { budget: BUDGET.exportP95Ms, run: () => download(`cycles/${cycleId}.csv`) },
  'team report as PDF': { budget: BUDGET.exportP95Ms, run: () => download(`cycles/${cycleId}.pdf`) },
  'one review as PDF': { budget: BUDGET.reviewP95Ms * 2, run: () => download(`${reviewId}.pdf`) },
};
async function download(file) {
  const res = await fetch(`${base}/exports/reviews/${file}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${file}: ${res.status} ${await res.text()}`);
  return { bytes: (await res.arrayBuffer()).byteLength, statements: Number(res.headers.get('x-sql-statements')) };
}

const measured = {};
for (const [name, read] of Object.entries(READS)) {
  const times = [];
  let last = null;
  for (let run = 0; run < RUNS + 2; run++) {
    const started = performance.now();
    last = await read.run();
    if (run >= 2) times.push(performance.now() - started);
  }
  measured[name] = {
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    budgetP95Ms: read.budget,
    met: percentile(times, 95) <= read.budget,
    sqlStatements: last.statements || null,
    bytes: last.bytes ?? null,
  };
}
const closeStarted = performance.now();
await graphql(
  `
    mutation C($i: CloseReviewCycleInput!) {
      closeReviewCycle(input: $i) {
        status
      }
    }
  `,
  {
    i: { id: cycleId, version: opened.openReviewCycle.version, confirmUnshared: true },
  },
);
const closeMs = round(performance.now() - closeStarted);
const frozenStarted = performance.now();
await READS['one review with its packet'].run();
const frozenReviewMs = round(performance.now() - frozenStarted);

api.kill('SIGTERM');
await new Promise((r) => api.on('exit', r));
if (database) await database.stop();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });

const results = { at: new Date().toISOString(), people: PEOPLE, runs: RUNS, reads: measured, closeMs, frozenReviewMs };
writeFileSync(join(root, 'tests/bench/reviews-results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nQuarterly reviews (${PEOPLE} people; ${RUNS} runs each, one at a time)`);
console.table(
  Object.fromEntries(
    Object.entries(measured).map(([name, m]) => [
      name,
      {
        p50: `${m.p50Ms} ms`,
        p95: `${m.p95Ms} ms`,
        budget: `${m.budgetP95Ms} ms (p95)`,
        verdict: m.met ? 'met' : 'MISSED',
        SQL: m.sqlStatements ?? '',
        size: m.bytes ? `${Math.round(m.bytes / 1024)} KB` : '',
      },
    ]),
  ),
);
console.log(
  `Closing the quarter (${PEOPLE} packets, twice each) took ${closeMs} ms; a frozen review then read in ${frozenReviewMs} ms.`,
);
if (Object.values(measured).some((m) => !m.met)) process.exitCode = 1;
