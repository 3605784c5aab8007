// `npm test`: every unit and integration test, against DATABASE_URL when set and an embedded
// PostgreSQL (in a temporary folder, removed afterwards) otherwise. Extra arguments go to jest.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

let database = null;
let tempDir = null;
const env = { ...process.env };
if (!env.DATABASE_URL) {
  tempDir = mkdtempSync(join(tmpdir(), 'trellis-test-'));
  chmodSync(tempDir, 0o755); // as root, PostgreSQL runs as the postgres user and must get in
  console.log('DATABASE_URL is not set: the tests use an embedded PostgreSQL.');
  database = await startEmbeddedPostgres({ dataDir: tempDir, database: 'postgres', persistent: false });
  env.DATABASE_URL = database.url;
} else {
  console.log(`The tests use the PostgreSQL server of DATABASE_URL (${new URL(env.DATABASE_URL).host}).`);
}

const jestBin = join(root, 'node_modules/jest/bin/jest.js');
// --forceExit: a handle a test leaves open (a socket, a reconnect timer) must fail nothing and
// hang nothing: on two cores jest runs in band, and one such handle kept CI waiting for its limit.
const jest = spawn(process.execPath, [jestBin, '--forceExit', ...process.argv.slice(2)], { stdio: 'inherit', env });
const cleanup = async () => {
  if (database) await database.stop().catch(() => undefined);
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
};
process.on('SIGINT', () => jest.kill('SIGINT'));
jest.on('exit', async (code) => {
  await cleanup();
  process.exit(code ?? 1);
});
