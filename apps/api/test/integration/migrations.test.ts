import { defaultFramework } from '@trellis/domain';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Foundation1764000000000 } from '../../src/database/migrations/1764000000000-foundation';
import { Frameworks1764100000000 } from '../../src/database/migrations/1764100000000-frameworks';
import { MIGRATIONS } from '../../src/database/migrations';

/** A data source on a database of its own that knows only the given migrations. */
function dataSource(url: string, migrations: DataSource['options']['migrations']): DataSource {
  return new DataSource({ type: 'postgres', url, migrations, migrationsTableName: 'trellis_migrations' });
}

/**
 * The growth migration turns people's level names into framework keys, through each
 * organization's own framework (a renamed or added level keeps its key), else the default one.
 */
describe('migrating people’s levels to framework keys', () => {
  const server = process.env.TRELLIS_TEST_SERVER_URL as string;
  const name = `trellis_migration_${Date.now().toString(36)}`;
  let url: string;

  beforeAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    url = u.toString();
  });

  afterAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('maps names through the organization’s framework, and slugs the default names', async () => {
    const before = await dataSource(url, [Foundation1764000000000, Frameworks1764100000000]).initialize();
    const custom = randomUUID();
    const plain = randomUUID();
    const framework = defaultFramework();
    framework.tracks[0].levels[1] = { ...framework.tracks[0].levels[1], key: 'senior', name: 'Staff Engineer' };
    await before.runMigrations({ transaction: 'each' });
    await before.query(`INSERT INTO organizations (id, name) VALUES ($1, 'Custom'), ($2, 'Plain')`, [custom, plain]);
    await before.query(`INSERT INTO frameworks (org_id, document) VALUES ($1, $2::jsonb)`, [
      custom,
      JSON.stringify(framework),
    ]);
    const person = (org: string, level: string, track = 'individual_contributor') =>
      before.query(
        `INSERT INTO people (org_id, name, title, track, level) VALUES ($1, $2, 'Engineer', $3, $4) RETURNING id`,
        [org, `Someone ${level}`, track, level],
      );
    await person(custom, 'Staff Engineer');
    await person(custom, ' engineer ');
    await person(plain, 'Senior Engineer');
    await person(plain, 'Engineering Manager', 'management');
    await before.destroy();

    const after = await dataSource(url, MIGRATIONS).initialize();
    await after.runMigrations({ transaction: 'each' });
    const rows: { org: string; level: string }[] = await after.query(
      `SELECT CASE org_id WHEN $1 THEN 'custom' ELSE 'plain' END AS org, level FROM people ORDER BY org, level`,
      [custom],
    );
    await after.destroy();
    expect(rows).toEqual([
      { org: 'custom', level: 'engineer' },
      { org: 'custom', level: 'senior' },
      { org: 'plain', level: 'engineering_manager' },
      { org: 'plain', level: 'senior_engineer' },
    ]);
  });
});
