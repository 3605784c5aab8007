import '../../module-aliases';
import 'reflect-metadata';
import { createDataSource, migrate } from '../data-source';
import { largeOrganization } from './large-organization';
import { writeOrganization } from './write-organization';

/** Usage: node dist/api/apps/api/src/database/seed/seed-cli.js --people 5000 [--domain big.test] [--growth] [--staffing] */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(option('people') ?? 5000);
  if (!Number.isInteger(count) || count < 1) throw new Error('--people must be a positive whole number');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const ds = await createDataSource(url, 2).initialize();
  try {
    await migrate(ds);
    const domain = option('domain') ?? `org${count}-${Date.now()}.test`;
    const started = Date.now();
    const plan = largeOrganization({
      people: count,
      domain,
      growth: args.includes('--growth'),
      staffing: args.includes('--staffing'),
    });
    await writeOrganization(ds, plan);
    // Fresh statistics: the planner would otherwise plan the first minutes of queries against
    // the sizes of the tables before thousands of rows arrived (autovacuum comes later).
    await ds.query('ANALYZE');
    console.log(
      `Seeded "${plan.name}": ${plan.people.length} people, ${plan.teams.length} teams in ${Date.now() - started} ms`,
    );
    console.log(`Accounts (password "trellis-bench"): ${plan.users.map((u) => u.email).join(', ')}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
