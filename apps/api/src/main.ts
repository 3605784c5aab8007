import './module-aliases';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/env';
import { createDataSource, migrate } from './database/data-source';
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from './database/seed/demo-seed';
import { createApp } from './create-app';
import { ReviewHistorySeeder } from './modules/reviews/reviews.module';

async function prepareDatabase(databaseUrl: string, seed: 'demo' | 'none'): Promise<string | null> {
  const ds: DataSource = await createDataSource(databaseUrl, 2).initialize();
  try {
    const applied = await migrate(ds);
    if (applied.length) new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
    return seed === 'demo' ? await seedDemoIfEmpty(ds) : null;
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Trellis cannot start: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const seeded = await prepareDatabase(config.databaseUrl, config.seed);
  const app = await createApp(config);
  // Last quarter's closed reviews are made through the service, as a real closing makes them.
  if (seeded) await app.get(ReviewHistorySeeder).closeLastQuarter(seeded);
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  const lines = [``, `Trellis is running at ${url}`];
  if (config.seed === 'demo') {
    lines.push(seeded ? `Demo organization "Acme Engineering" created.` : `Demo data already present.`);
    lines.push(`Demo accounts (password "${DEMO_ACCOUNTS.password}"):`);
    for (const account of DEMO_ACCOUNTS.accounts) lines.push(`  ${account.email.padEnd(18)} ${account.description}`);
  }
  lines.push(`Press Ctrl-C to stop.`, ``);
  console.log(lines.join('\n'));

  // One clean shutdown, however many signals arrive (Ctrl-C reaches the whole process group).
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      app
        .close()
        .then(() => process.exit(0))
        .catch(() => process.exit(1));
    });
  }
}

main().catch((error: unknown) => {
  console.error('Trellis failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
