// `npm run test:e2e`: builds the API and the web client (unless --no-build), starts Trellis on
// a free port with a fresh embedded database and the demo organization, walks the journeys in
// tests/e2e/journeys in Chromium (axe on every page, a screenshot of each), stops Trellis and
// prints a summary. Exits non-zero when a journey fails.
//
//   node scripts/e2e.mjs [--no-build] [--only name[,name]] [--parallel N] [--verbose]
//
// TRELLIS_E2E_DATABASE_URL  use this PostgreSQL instead of the embedded one
// TRELLIS_E2E_BASE_URL      walk an already running Trellis (no build, no start, no stop)
// TRELLIS_E2E_CHROMIUM      the Chromium binary (default /usr/bin/chromium)
// TRELLIS_E2E_PARALLEL      journeys run at once (default 1; same as --parallel)
// TRELLIS_E2E_STRICT=1      known axe issues (tests/e2e/known-issues.mjs) fail too
// TRELLIS_E2E_TRACE=1       print how long each page check takes
// Screenshots: tests/e2e/screenshots/<journey>-<NN>-<step>.png; server log: tests/e2e/results/.
/* global fetch, AbortSignal */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './embedded-db.mjs';
import { knownAxeIssues } from '../tests/e2e/known-issues.mjs';
import { matchedKnownIssues } from '../tests/e2e/lib/harness.mjs';
import { loadJourneys, runJourneys } from '../tests/e2e/lib/runner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const e2eDir = join(root, 'tests/e2e');
const screenshotDir = join(e2eDir, 'screenshots');
const resultsDir = join(e2eDir, 'results');
const HEALTH_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const only = (option('--only') ?? '').split(',').filter(Boolean);
const verbose = flag('--verbose');
const concurrency = Number(option('--parallel') ?? process.env.TRELLIS_E2E_PARALLEL ?? 1);
const externalUrl = process.env.TRELLIS_E2E_BASE_URL?.replace(/\/$/, '');

const timings = {};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const runStarted = Date.now();
let loadedJourneyCount = 0;

function build() {
  console.log('Building the API and the web client...');
  const started = Date.now();
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    cwd: root,
    stdio: ['ignore', verbose ? 'inherit' : 'pipe', verbose ? 'inherit' : 'pipe'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  timings.build = Date.now() - started;
  if (result.status !== 0) {
    if (!verbose) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('The build failed; see the messages above.');
  }
}

/** Trellis as a child process: `scripts/start.mjs --no-build` with its output in a log file. */
async function startProduct() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  // mkdtemp makes the folder 0700; as root, the embedded PostgreSQL runs as its own
  // unprivileged user, which must be able to reach its data folder inside.
  chmodSync(dataDir, 0o755);
  const logFile = join(resultsDir, 'server.log');
  const logStream = createWriteStream(logFile);
  const env = { ...process.env, PORT: String(port), NODE_ENV: 'production', TRELLIS_SEED: 'demo' };
  delete env.DATABASE_URL;
  if (process.env.TRELLIS_E2E_DATABASE_URL) env.DATABASE_URL = process.env.TRELLIS_E2E_DATABASE_URL;
  else env.TRELLIS_DATA_DIR = dataDir;

  console.log(
    `Starting Trellis on port ${port} (${env.DATABASE_URL ? 'TRELLIS_E2E_DATABASE_URL' : `embedded PostgreSQL in ${dataDir}`}; log in ${relative(root, logFile)})...`,
  );
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--no-build'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal })));
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(logStream, { end: false });
    if (verbose) stream.pipe(process.stdout, { end: false });
  }
  return { child, exited, port, dataDir, logFile, logStream, baseUrl: `http://127.0.0.1:${port}` };
}

async function waitForHealth(product) {
  const started = Date.now();
  let exit = null;
  product.exited.then((result) => (exit = result));
  while (Date.now() - started < HEALTH_TIMEOUT_MS) {
    if (exit) throw new Error(`Trellis exited before it was ready (code ${exit.code}, signal ${exit.signal}).`);
    try {
      const response = await fetch(`${product.baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        timings.start = Date.now() - started;
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`GET /health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s.`);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** SIGTERM, then wait: start.mjs stops the API and then the embedded database. */
async function stopProduct(product) {
  const started = Date.now();
  const notes = [];
  if (product.child.exitCode === null && product.child.signalCode === null) {
    product.child.kill('SIGTERM');
    const result = await Promise.race([product.exited, new Promise((r) => setTimeout(() => r(null), STOP_TIMEOUT_MS))]);
    if (!result) {
      notes.push(`Trellis did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killed it.`);
      product.child.kill('SIGKILL');
      await product.exited;
    } else if (result.code !== 0) {
      notes.push(`Trellis exited with code ${result.code} after SIGTERM.`);
    }
  }
  // The embedded PostgreSQL must have stopped with it.
  const pidFile = join(product.dataDir, 'pg', 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && pidAlive(pid)) {
      notes.push(`The embedded PostgreSQL (pid ${pid}) was still running after Trellis stopped; stopped it.`);
      process.kill(pid, 'SIGINT');
      const until = Date.now() + 15_000;
      while (pidAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  }
  await new Promise((r) => product.logStream.end(r));
  rmSync(product.dataDir, { recursive: true, force: true });
  timings.stop = Date.now() - started;
  return notes;
}

function printSummary(results, stopNotes) {
  const line = '─'.repeat(78);
  console.log(`\n${line}\nEnd-to-end journeys\n${line}`);
  for (const result of results) {
    const counts = {};
    for (const finding of result.axe) {
      const key = finding.known ? `${finding.impact} (known)` : finding.impact;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    const axe = Object.keys(counts).length
      ? Object.entries(counts)
          .map(([impact, count]) => `${count} ${impact}`)
          .join(', ')
      : 'none';
    console.log(
      `${result.passed ? 'PASS' : 'FAIL'}  ${result.name.padEnd(16)} ${seconds(result.ms).padStart(7)}  ${String(result.steps.length).padStart(2)} pages  axe: ${axe}`,
    );
    for (const problem of result.problems) console.log(`      ✘ ${problem}`);
    if (!result.passed && verbose && result.stack) console.log(result.stack.replace(/^/gm, '        '));
  }

  const findings = results.flatMap((result) => result.axe.map((finding) => ({ ...finding, journey: result.name })));
  if (findings.length) {
    console.log('\nAxe findings (serious and critical fail the journey; moderate and minor are reported):');
    const grouped = new Map();
    for (const finding of findings) {
      const key = `${finding.impact}|${finding.id}|${finding.known ?? ''}`;
      const group = grouped.get(key) ?? { ...finding, pages: [] };
      group.pages.push(`${finding.journey}-${finding.step} ${finding.url} (${finding.nodes})`);
      grouped.set(key, group);
    }
    const order = ['critical', 'serious', 'moderate', 'minor', 'unknown'];
    for (const group of [...grouped.values()].sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact))) {
      const label = group.known ? `${group.impact}, KNOWN PRODUCT ISSUE, not failing` : group.impact;
      console.log(`  [${label}] ${group.id}: ${group.help}${group.known ? ` (${group.known})` : ''}`);
      console.log(`      e.g. ${group.targets.join(' ; ')}${group.detail ? ` (${group.detail})` : ''}`);
      console.log(
        `      on ${group.pages.length} page(s): ${group.pages.slice(0, 4).join(', ')}${group.pages.length > 4 ? ', …' : ''}`,
      );
    }
  } else {
    console.log('\nAxe: no violations on any page.');
  }

  const consoleErrors = results.flatMap((result) => result.consoleErrors.map((text) => `${result.name} ${text}`));
  if (consoleErrors.length) {
    console.log('\nBrowser console errors (reported, not failing):');
    for (const text of [...new Set(consoleErrors)].slice(0, 20)) console.log(`  ${text.slice(0, 300)}`);
  }
  if (process.env.TRELLIS_E2E_STRICT !== '1' && results.length === loadedJourneyCount) {
    for (const issue of knownAxeIssues.filter((entry) => !matchedKnownIssues.has(entry))) {
      console.log(
        `\n⚠ The known issue "${issue.rule} on ${issue.target}" did not occur; remove it from tests/e2e/known-issues.mjs if it is fixed.`,
      );
    }
  }
  for (const note of stopNotes) console.log(`\n⚠ ${note}`);

  const shots = existsSync(screenshotDir) ? readdirSync(screenshotDir).filter((f) => f.endsWith('.png')).length : 0;
  console.log(`\nScreenshots: ${relative(root, screenshotDir)}/ (${shots} files)`);
  const parts = ['build', 'start', 'journeys', 'stop']
    .filter((k) => timings[k] !== undefined)
    .map((k) => `${k} ${seconds(timings[k])}`);
  const passed = results.filter((r) => r.passed).length;
  console.log(
    `${passed}/${results.length} journeys passed in ${seconds(Date.now() - runStarted)} (${parts.join(', ')})`,
  );
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  const journeys = await loadJourneys(join(e2eDir, 'journeys'), only);
  loadedJourneyCount = only.length ? -1 : journeys.length;

  let product = null;
  let stopNotes = [];
  let interrupted = false;
  const stopOnSignal = async (signal) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping Trellis...`);
    if (product) await stopProduct(product).catch(() => undefined);
    process.exit(130);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopOnSignal(signal));

  let results = [];
  let setupError = null;
  try {
    let baseUrl = externalUrl;
    if (!baseUrl) {
      if (!flag('--no-build')) build();
      product = await startProduct();
      await waitForHealth(product);
      baseUrl = product.baseUrl;
      console.log(`Trellis is ready at ${baseUrl} (${seconds(timings.start)}).`);
    } else {
      console.log(`Walking the Trellis already running at ${baseUrl}.`);
    }
    const started = Date.now();
    results = await runJourneys({ journeys, baseUrl, screenshotDir, concurrency });
    timings.journeys = Date.now() - started;
  } catch (error) {
    setupError = error;
  } finally {
    if (product && !interrupted) stopNotes = await stopProduct(product);
  }

  if (setupError) {
    console.error(`\nThe end-to-end run could not complete: ${setupError.message}`);
    if (product) {
      const log = existsSync(product.logFile) ? readFileSync(product.logFile, 'utf8') : '';
      if (log) console.error(`\nThe last lines of the Trellis log:\n${log.split('\n').slice(-30).join('\n')}`);
    }
    process.exit(1);
  }
  printSummary(results, stopNotes);
  process.exit(results.every((result) => result.passed) && stopNotes.length === 0 ? 0 : 1);
}

await main();
