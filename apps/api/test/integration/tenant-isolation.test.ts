import { DataSource } from 'typeorm';
import { DbRole, TenantTransaction } from '../../src/database/tenant-transaction';
import { errorCode, ok } from '../support/graphql-client';
import { signInAs } from '../support/sign-in';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

const TENANT_TABLES = [
  'people',
  'teams',
  'users',
  'sessions',
  'audit_events',
  'frameworks',
  'assessments',
  'assessment_releases',
  'goals',
  'goal_milestones',
  'goal_check_ins',
  'evidence',
  'evidence_goals',
  'holiday_calendars',
  'holidays',
  'projects',
  'project_needs',
  'project_need_competencies',
  'scenarios',
  'allocations',
  'allocation_goals',
  'time_off',
  'one_on_one_templates',
  'one_on_one_series',
  'meetings',
  'meeting_points',
  'meeting_action_items',
  'meeting_dismissed_suggestions',
  'meeting_shared_notes',
  'calendar_feeds',
  'record_reads',
  'notifications',
  'staffing_evidence_dismissals',
  'review_cycles',
  'reviews',
  'review_readiness_adjustments',
] as const;

/** Also filtered by the signed-in account (app.user_id): a case of its own below. */
const AUTHOR_ONLY_TABLES = ['meeting_private_notes'] as const;

/** Runs `sql` in a tenant transaction (role and organization set), then rolls it back. */
async function asTenant<T>(
  ds: DataSource,
  role: DbRole,
  orgId: string | null,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  const tx = await TenantTransaction.open(ds, role, orgId);
  try {
    return (await tx.manager.query(sql, params)) as T;
  } finally {
    await tx.rollback();
  }
}

describe('row-level security keeps every organization to itself', () => {
  let test: TestApp;
  let a: TestOrganization;
  let b: TestOrganization;
  let db: DataSource;

  beforeAll(async () => {
    test = await startTestApp();
    db = test.dataSource;
    [a, b] = await Promise.all([createTestOrganization(test), createTestOrganization(test)]);
    // Sessions and audit events in both organizations.
    await Promise.all([signInAs(test, a.email('maya')), signInAs(test, b.email('maya'))]);
    // Rows the demo does not hold: a calendar feed, a read record, a notification, a dismissed suggestion.
    for (const org of [a, b]) {
      const mayaUser = await org.userId('maya');
      const [meeting]: { id: string }[] = await db.query(`SELECT id FROM meetings WHERE org_id = $1 LIMIT 1`, [
        org.plan.id,
      ]);
      await db.query(`INSERT INTO calendar_feeds (org_id, user_id, token_hash) VALUES ($1, $2, $3)`, [
        org.plan.id,
        mayaUser,
        `isolation-${org.plan.id}`,
      ]);
      await db.query(
        `INSERT INTO record_reads (org_id, subject_id, reader_user_id, reader_name, kind) VALUES ($1, $2, $3, 'Maya', 'assessments')`,
        [org.plan.id, org.personId('Sam'), mayaUser],
      );
      await db.query(
        `INSERT INTO notifications (org_id, user_id, kind, dedupe_key, text) VALUES ($1, $2, 'test', 'isolation', 'Hello')`,
        [org.plan.id, mayaUser],
      );
      await db.query(
        `INSERT INTO meeting_dismissed_suggestions (org_id, meeting_id, suggestion_key) VALUES ($1, $2, 'isolation')`,
        [org.plan.id, meeting.id],
      );
    }
  });
  afterAll(() => test.close());

  /** Rows per organization, read by the owner (past row-level security). */
  async function ownerCount(table: string, orgId: string): Promise<number> {
    const [row]: { n: string }[] = await db.query(`SELECT count(*) AS n FROM ${table} WHERE org_id = $1`, [orgId]);
    return Number(row.n);
  }

  it('lists every table that has an org_id, and each has row-level security enabled and forced', async () => {
    const tables: { name: string; enabled: boolean; forced: boolean }[] = await db.query(
      `SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)`,
    );
    expect(tables.map((t) => t.name).sort()).toEqual([...TENANT_TABLES, ...AUTHOR_ONLY_TABLES].sort());
    expect(tables.filter((t) => !t.enabled || !t.forced)).toEqual([]);
  });

  it.each(TENANT_TABLES)(
    '%s: a query without any organization filter returns only the current organization',
    async (table) => {
      expect(await ownerCount(table, b.plan.id)).toBeGreaterThan(0);
      const expected = await ownerCount(table, a.plan.id);
      expect(expected).toBeGreaterThan(0);

      const rows = await asTenant<{ org_id: string }[]>(db, 'trellis_app', a.plan.id, `SELECT org_id FROM ${table}`);
      expect(rows.length).toBe(expected);
      expect(new Set(rows.map((r) => r.org_id))).toEqual(new Set([a.plan.id]));
    },
  );

  it('organizations: only the current organization is visible', async () => {
    const owner: { id: string }[] = await db.query(`SELECT id FROM organizations WHERE id = ANY($1)`, [
      [a.plan.id, b.plan.id],
    ]);
    expect(owner).toHaveLength(2);
    const rows = await asTenant<{ id: string }[]>(db, 'trellis_app', a.plan.id, `SELECT id FROM organizations`);
    expect(rows.map((r) => r.id)).toEqual([a.plan.id]);
  });

  it('meeting_private_notes: only the signed-in author’s rows of the current organization, else nothing', async () => {
    const mayaA = await a.userId('maya');
    const mayaB = await b.userId('maya');
    const [own]: { n: string }[] = await db.query(
      `SELECT count(*) AS n FROM meeting_private_notes WHERE org_id = $1 AND author_user_id = $2`,
      [a.plan.id, mayaA],
    );
    expect(Number(own.n)).toBeGreaterThan(0);
    expect(await ownerCount('meeting_private_notes', b.plan.id)).toBeGreaterThan(0);
    const as = async (orgId: string, userId: string | null) => {
      const tx = await TenantTransaction.open(db, 'trellis_app', orgId);
      try {
        await tx.switchTo('trellis_app', orgId, userId);
        return (await tx.manager.query(`SELECT org_id, author_user_id FROM meeting_private_notes`)) as {
          org_id: string;
          author_user_id: string;
        }[];
      } finally {
        await tx.rollback();
      }
    };
    const rows = await as(a.plan.id, mayaA);
    expect(rows).toHaveLength(Number(own.n));
    expect(new Set(rows.map((r) => `${r.org_id}/${r.author_user_id}`))).toEqual(new Set([`${a.plan.id}/${mayaA}`]));
    // No account, another account of the organization, or the author's id under another organization: nothing.
    expect(await as(a.plan.id, null)).toEqual([]);
    expect(await as(a.plan.id, await a.userId('sam'))).toEqual([]);
    expect(await as(a.plan.id, mayaB)).toEqual([]);
  });

  it.each([...TENANT_TABLES, ...AUTHOR_ONLY_TABLES, 'organizations'])(
    '%s: with no organization set, nothing is visible',
    async (table) => {
      const rows = await asTenant<unknown[]>(db, 'trellis_app', null, `SELECT * FROM ${table}`);
      expect(rows).toEqual([]);
    },
  );

  it("writing a row with another organization's id is refused", async () => {
    await expect(
      asTenant(db, 'trellis_app', a.plan.id, `INSERT INTO teams (org_id, name) VALUES ($1, 'Infiltrators')`, [
        b.plan.id,
      ]),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asTenant(db, 'trellis_app', a.plan.id, `UPDATE people SET org_id = $1 WHERE id = $2`, [
        b.plan.id,
        a.personId('Sam'),
      ]),
    ).rejects.toThrow(/row-level security/);
    const [{ n }]: { n: string }[] = await db.query(`SELECT count(*) AS n FROM teams WHERE name = 'Infiltrators'`);
    expect(Number(n)).toBe(0);
  });

  it("another organization's rows cannot be changed or deleted: they are not there", async () => {
    const updated = await asTenant<[unknown[], number]>(
      db,
      'trellis_app',
      a.plan.id,
      `UPDATE people SET title = 'Hacked' WHERE id = $1`,
      [b.personId('Sam')],
    );
    expect(updated[1]).toBe(0);
    const deleted = await asTenant<[unknown[], number]>(
      db,
      'trellis_app',
      a.plan.id,
      `DELETE FROM users WHERE org_id = $1`,
      [b.plan.id],
    );
    expect(deleted[1]).toBe(0);
  });

  it("a person cannot reference another organization's team or manager, even for the owner", async () => {
    // Composite keys (org_id, id): the database itself refuses, whatever role writes.
    await expect(
      db.query(`UPDATE people SET team_id = $1 WHERE id = $2`, [b.teamId('Payments'), a.personId('Sam')]),
    ).rejects.toThrow(/people_team_fk/);
    await expect(
      db.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [b.personId('Omar'), a.personId('Sam')]),
    ).rejects.toThrow(/people_manager_fk/);
    const [sam]: { team_id: string; manager_id: string }[] = await db.query(
      `SELECT team_id, manager_id FROM people WHERE id = $1`,
      [a.personId('Sam')],
    );
    expect(sam).toEqual({ team_id: a.teamId('Payments'), manager_id: a.personId('Maya') });
  });

  it('the sign-in role reads accounts to sign in, but no people or teams', async () => {
    await expect(asTenant(db, 'trellis_auth', null, `SELECT id FROM people`)).rejects.toThrow(/permission denied/);
    await expect(asTenant(db, 'trellis_auth', null, `SELECT id FROM teams`)).rejects.toThrow(/permission denied/);
    await expect(asTenant(db, 'trellis_auth', null, `UPDATE users SET role = 'admin'`)).rejects.toThrow(
      /permission denied/,
    );
  });

  describe('over GraphQL', () => {
    it("an admin of organization B gets NOT_FOUND for organization A's person and team", async () => {
      const adminB = await signInAs(test, b.email('admin'));
      const person = await adminB.request(`query($id: ID!) { person(id: $id) { id name } }`, { id: a.personId('Sam') });
      expect(errorCode(person)).toBe('NOT_FOUND');
      expect(person.data).toBeNull();
      const team = await adminB.request(`query($id: ID!) { team(id: $id) { id name } }`, { id: a.teamId('Payments') });
      expect(errorCode(team)).toBe('NOT_FOUND');
    });

    it("filtering B's people by A's manager or team finds nobody", async () => {
      const adminB = await signInAs(test, b.email('admin'));
      const byManager = ok(
        await adminB.request<{ people: unknown[] }>(`query($m: ID) { people(filter: { managerId: $m }) { id } }`, {
          m: a.personId('Maya'),
        }),
      );
      expect(byManager.people).toEqual([]);
      const byTeam = ok(
        await adminB.request<{ people: unknown[] }>(`query($t: ID) { people(filter: { teamId: $t }) { id } }`, {
          t: a.teamId('Payments'),
        }),
      );
      expect(byTeam.people).toEqual([]);
      // The same filter in B's own organization does find people: the filter itself works.
      const own = ok(
        await adminB.request<{ people: unknown[] }>(`query($m: ID) { people(filter: { managerId: $m }) { id } }`, {
          m: b.personId('Maya'),
        }),
      );
      expect(own.people).toHaveLength(5);
    });
  });
});
