import { defaultFramework } from '@trellis/domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/password';
import { resolveLevelKey } from '../../modules/people/people.service';
import { inTenantTransaction } from '../tenant-transaction';
import { OrganizationPlan } from './organization-plan';

const CHUNK = 500;

async function insertRows(db: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Writes a planned organization in one transaction, as the app role inside that organization,
 * so row-level security checks the seed like any other write.
 */
export async function writeOrganization(dataSource: DataSource, plan: OrganizationPlan): Promise<void> {
  // Plans name levels as people say them; the database keeps the framework's keys.
  const framework = defaultFramework();
  const hashes = await Promise.all(plan.users.map((u) => hashPassword(u.password)));
  await inTenantTransaction(dataSource, 'trellis_app', plan.id, async (db) => {
    await db.query(`INSERT INTO organizations (id, name) VALUES ($1, $2)`, [plan.id, plan.name]);
    await db.query(`INSERT INTO frameworks (org_id, document) VALUES ($1, $2::jsonb)`, [
      plan.id,
      JSON.stringify(framework),
    ]);
    await insertRows(
      db,
      'teams',
      ['id', 'org_id', 'name', 'parent_id'],
      plan.teams.map((t) => [t.id, plan.id, t.name, null]),
    );
    await insertRows(
      db,
      'people',
      [
        'id',
        'org_id',
        'name',
        'title',
        'track',
        'level',
        'team_id',
        'manager_id',
        'start_date',
        'weekly_capacity_hours',
      ],
      plan.people.map((p) => [
        p.id,
        plan.id,
        p.name,
        p.title,
        p.track,
        resolveLevelKey(framework, p.track, p.level),
        p.teamId,
        p.managerId,
        p.startDate,
        p.weeklyCapacityHours,
      ]),
    );
    for (const t of plan.teams) {
      if (t.leadId || t.parentId) {
        await db.query(`UPDATE teams SET lead_id = $2, parent_id = $3 WHERE org_id = $1 AND id = $4`, [
          plan.id,
          t.leadId,
          t.parentId,
          t.id,
        ]);
      }
    }
    await insertRows(
      db,
      'users',
      ['org_id', 'email', 'password_hash', 'role', 'person_id'],
      plan.users.map((u, i) => [plan.id, u.email.toLowerCase(), hashes[i], u.role, u.personId]),
    );
  });
}
