import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { CountingLogger } from './sql-counter';

/** The pool has at least two connections: `migrate` holds one for its lock while it works. */
export function createDataSource(databaseUrl: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'trellis_migrations',
    synchronize: false,
    logging: true,
    logger: new CountingLogger(),
    extra: { max: Math.max(poolSize, 2), application_name: 'trellis' },
  });
}

/** Arbitrary but fixed: only one process migrates a database at a time. */
const MIGRATION_LOCK = 7_146_512_331;

/** Applies pending migrations under an advisory lock, so parallel starts do not race. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
