// `npm start`: builds what is needed, starts the database (embedded unless DATABASE_URL is set)
// and the API, which also serves the web client, on one port.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const started = Date.now();
if (!process.argv.includes('--no-build')) {
  console.log('Building the API and the web client (cached after the first time)...');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

let database = null;
const env = {
  ...process.env,
  TRELLIS_WEB_DIST: join(root, 'dist/web'),
  NODE_ENV: process.env.NODE_ENV ?? 'production',
};
if (!process.env.DATABASE_URL) {
  const dataDir = process.env.TRELLIS_DATA_DIR ?? join(root, '.data');
  console.log(`Starting the embedded PostgreSQL (data in ${dataDir})...`);
  try {
    database = await startEmbeddedPostgres({ dataDir });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  env.DATABASE_URL = database.url;
}

const api = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], { stdio: 'inherit', env });

// Ctrl-C reaches the API too (same process group); we wait for it, then stop the database.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (api.exitCode === null) api.kill('SIGTERM');
  });
}

api.on('exit', async (code, signal) => {
  if (database) {
    await database.stop().catch((error) => console.error(`Stopping the database failed: ${error.message}`));
  }
  if (stopping) console.log('Trellis stopped.');
  process.exit(code ?? (signal ? 0 : 1));
});
