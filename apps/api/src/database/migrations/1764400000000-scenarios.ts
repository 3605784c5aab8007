import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scenarios: a scenario's draft rows in `allocations` say what they do to the plan of record. A
 * row with no `replaces_id` adds work; one with `replaces_id` is a draft copy of that plan
 * allocation (changed), or its tombstone (`removed`). `replaces_version` is the plan
 * allocation's version when the scenario changed it, so applying can tell whether the plan moved
 * since; `base` keeps what the plan allocation was then (person and project aside), to name it
 * after it is gone. A scenario ends applied or discarded, and says when and by whom.
 */
export class Scenarios1764400000000 implements MigrationInterface {
  name = 'Scenarios1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE allocations
        ADD COLUMN replaces_id uuid,
        ADD COLUMN replaces_version integer,
        ADD COLUMN removed boolean NOT NULL DEFAULT false,
        ADD COLUMN base jsonb,
        ADD CONSTRAINT allocations_scenario_change CHECK (
          (scenario_id IS NOT NULL OR (replaces_id IS NULL AND NOT removed))
          AND ((replaces_id IS NULL) = (replaces_version IS NULL))
          AND (NOT removed OR replaces_id IS NOT NULL))`);
    await q.query(`
      CREATE UNIQUE INDEX allocations_scenario_replaces ON allocations (org_id, scenario_id, replaces_id)
        WHERE replaces_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE scenarios
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN closed_by_user_id uuid,
        ADD CONSTRAINT scenarios_closed CHECK ((status = 'draft') = (closed_at IS NULL))`);
    await q.query(`CREATE INDEX scenarios_owner ON scenarios (org_id, created_by_user_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS scenarios_owner`);
    await q.query(`ALTER TABLE scenarios DROP CONSTRAINT IF EXISTS scenarios_closed,
      DROP COLUMN IF EXISTS closed_by_user_id, DROP COLUMN IF EXISTS closed_at`);
    await q.query(`DROP INDEX IF EXISTS allocations_scenario_replaces`);
    await q.query(`ALTER TABLE allocations DROP CONSTRAINT IF EXISTS allocations_scenario_change,
      DROP COLUMN IF EXISTS base, DROP COLUMN IF EXISTS removed, DROP COLUMN IF EXISTS replaces_version,
      DROP COLUMN IF EXISTS replaces_id`);
  }
}
