import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TRELLIS_TEST_SERVER_URL;
  const name = process.env.TRELLIS_TEST_DATABASE;
  if (!serverUrl || !name || process.env.TRELLIS_KEEP_TEST_DB === '1') return;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
