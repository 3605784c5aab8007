import { Client } from 'pg';
import { createDataSource, migrate } from '../../src/database/data-source';

/**
 * Gives the run a database of its own on the server of DATABASE_URL (the machine's PostgreSQL,
 * or the embedded one started by scripts/test.mjs), migrated once; the workers inherit its URL.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new Error('DATABASE_URL is not set: run the tests with `npm test`, which provides a database.');
  }
  const name = `trellis_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.TRELLIS_TEST_SERVER_URL = serverUrl;
  process.env.TRELLIS_TEST_DATABASE = name;
  process.env.DATABASE_URL = url.toString();
  const ds = await createDataSource(url.toString(), 1).initialize();
  try {
    await migrate(ds);
  } finally {
    await ds.destroy();
  }
}
