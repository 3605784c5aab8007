import { DataSource } from 'typeorm';
import { demoOrganization } from './demo-organization';
import { writeOrganization } from './write-organization';

export { DEMO_ACCOUNTS } from './demo-organization';

/**
 * Seeds the demo organization once per database; answers its id when it did (null when it was there). The marker lives in a table outside row-level
 * security, so the check does not depend on seeing any tenant's rows.
 */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<string | null> {
  const rows: unknown[] = await dataSource.query(`SELECT 1 FROM trellis_meta WHERE key = 'demo_seeded'`);
  if (rows.length) return null;
  const plan = demoOrganization();
  await writeOrganization(dataSource, plan);
  await dataSource.query(
    `INSERT INTO trellis_meta (key, value) VALUES ('demo_seeded', now()::text) ON CONFLICT DO NOTHING`,
  );
  return plan.id;
}
