import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/env';
import { createApp } from '../../src/create-app';
import { demoOrganization } from '../../src/database/seed/demo-organization';
import { OrganizationPlan } from '../../src/database/seed/organization-plan';
import { writeOrganization } from '../../src/database/seed/write-organization';
import { GraphQLClient } from './graphql-client';

export interface TestApp {
  url: string;
  app: INestApplication;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real API, in this process, on a free port, against the run's migrated database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ ...process.env, TRELLIS_EXPOSE_SQL_COUNT: '1', TRELLIS_SEED: 'none', ...env });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as { address(): { port: number } };
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    app,
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

/** A fresh copy of the demo organization under a unique email domain: tests never share data. */
export interface TestOrganization {
  plan: OrganizationPlan;
  domain: string;
  /** A client address of its own, so sign-in throttling of one test never touches another. */
  address: string;
  email(name: string): string;
  personId(name: string): string;
  teamId(name: string): string;
  userId(name: string): Promise<string>;
  /** A client signed in as `<name>@<domain>` (demo password). */
  signIn(name: string): Promise<GraphQLClient>;
  anonymous(): GraphQLClient;
}

export async function createTestOrganization(
  test: TestApp,
  build: (domain: string) => OrganizationPlan = (domain) => demoOrganization(domain, `Test org ${domain}`),
): Promise<TestOrganization> {
  const domain = `t${randomBytes(6).toString('hex')}.test`;
  const plan = build(domain);
  await writeOrganization(test.dataSource, plan);
  const address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
  const find = <T extends { name: string; id: string }>(list: T[], name: string) => {
    const found = list.find((x) => x.name === name || x.name.startsWith(`${name} `));
    if (!found) throw new Error(`No "${name}" in the test organization`);
    return found.id;
  };
  const org: TestOrganization = {
    plan,
    domain,
    address,
    email: (name) => `${name}@${domain}`,
    personId: (name) => find(plan.people, name),
    teamId: (name) => find(plan.teams, name),
    async userId(name) {
      // The test connection is the database owner: fixtures read past row-level security.
      const rows: { id: string }[] = await test.dataSource.query(`SELECT id FROM users WHERE email = $1`, [
        org.email(name),
      ]);
      return rows[0].id;
    },
    anonymous: () => new GraphQLClient(test.url, address),
    async signIn(name) {
      const client = new GraphQLClient(test.url, address);
      const res = await client.signIn(org.email(name), 'trellis-demo');
      if (res.errors.length) throw new Error(`Signing in as ${name} failed: ${JSON.stringify(res.errors)}`);
      return client;
    },
  };
  return org;
}
