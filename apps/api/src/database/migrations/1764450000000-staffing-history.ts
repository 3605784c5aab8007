import { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-table';

/**
 * Staffing history as evidence: an evidence entry may come from an allocation (at most one per
 * allocation, so the same work is never logged twice from the plan), and an ended allocation's
 * offer can be dismissed for good.
 */
export class StaffingHistory1764450000000 implements MigrationInterface {
  name = 'StaffingHistory1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE evidence
        ADD COLUMN allocation_id uuid,
        ADD FOREIGN KEY (org_id, allocation_id) REFERENCES allocations (org_id, id) ON DELETE SET NULL (allocation_id)`);
    await q.query(
      `CREATE UNIQUE INDEX evidence_allocation ON evidence (org_id, allocation_id) WHERE allocation_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE staffing_evidence_dismissals (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        allocation_id uuid NOT NULL,
        dismissed_by_user_id uuid,
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, allocation_id),
        FOREIGN KEY (org_id, allocation_id) REFERENCES allocations (org_id, id) ON DELETE CASCADE
      )`);
    await secureTenantTables(q, ['staffing_evidence_dismissals'], ['SELECT', 'INSERT', 'DELETE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS staffing_evidence_dismissals`);
    await q.query(`DROP INDEX IF EXISTS evidence_allocation`);
    await q.query(`ALTER TABLE evidence DROP COLUMN IF EXISTS allocation_id`);
  }
}
