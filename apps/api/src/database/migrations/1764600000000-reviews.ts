import { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-table';

const REVIEW_TABLES = ['review_cycles', 'reviews', 'review_readiness_adjustments'];
const QUARTER = `'^FY[0-9]{4}-Q[1-4]$'`;
const TEXT = (max: number) => `text NOT NULL DEFAULT '' CHECK (length(%s) <= ${max})`;
const field = (name: string, max: number) => `${name} ${TEXT(max).replace('%s', name)}`;

/**
 * Quarterly reviews: one cycle per organization and fiscal quarter (open, then closed), one review
 * per person in it. The packet of figures is computed from the quarter's records while the cycle is
 * open; closing stores it (and the team's figures) as an immutable snapshot, so later edits to goals,
 * ratings, allocations or people never change a closed quarter. A trigger refuses any change to a
 * review of a closed cycle, whatever code path tries.
 */
export class Reviews1764600000000 implements MigrationInterface {
  name = 'Reviews1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_cycles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        quarter text NOT NULL CHECK (quarter ~ ${QUARTER}),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        opened_by_name text,
        closed_at timestamptz,
        closed_by_name text,
        team_snapshot jsonb,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
        UNIQUE (org_id, quarter),
        UNIQUE (org_id, id)
      )`);

    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        cycle_id uuid NOT NULL,
        person_id uuid NOT NULL,
        ${field('summary', 8000)},
        ${field('strengths', 4000)},
        ${field('focus', 4000)},
        readiness text CHECK (readiness IN ('not_yet', 'soon', 'ready')),
        ${field('reflection', 8000)},
        shared_at timestamptz,
        shared_by_name text,
        acknowledged_at timestamptz,
        -- The draft goal made from the focus (one click on the review page), so it is made once.
        focus_goal_id uuid,
        snapshot jsonb,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (acknowledged_at IS NULL OR shared_at IS NOT NULL),
        UNIQUE (org_id, cycle_id, person_id),
        UNIQUE (org_id, id),
        FOREIGN KEY (org_id, cycle_id) REFERENCES review_cycles (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, focus_goal_id) REFERENCES goals (org_id, id) ON DELETE SET NULL (focus_goal_id)
      )`);
    await q.query(`CREATE INDEX reviews_person ON reviews (org_id, person_id)`);

    // A director's change to a readiness, with the reason: kept, never edited.
    await q.query(`
      CREATE TABLE review_readiness_adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        review_id uuid NOT NULL,
        from_readiness text,
        to_readiness text NOT NULL CHECK (to_readiness IN ('not_yet', 'soon', 'ready')),
        reason text NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 1000),
        by_name text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (org_id, review_id) REFERENCES reviews (org_id, id) ON DELETE CASCADE
      )`);

    // History holds: a closed cycle's reviews can be neither changed nor removed (a person's
    // deletion cascades, which the organization's own deletion also needs, so DELETE stays open).
    await q.query(`
      CREATE FUNCTION reviews_refuse_closed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM review_cycles c WHERE c.org_id = OLD.org_id AND c.id = OLD.cycle_id AND c.status = 'closed') THEN
          RAISE EXCEPTION 'review of a closed cycle' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER reviews_closed_are_immutable BEFORE UPDATE ON reviews
        FOR EACH ROW EXECUTE FUNCTION reviews_refuse_closed()`);
    await q.query(`
      CREATE FUNCTION review_cycles_stay_closed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'closed' THEN
          RAISE EXCEPTION 'closed review cycle' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER review_cycles_closed_are_immutable BEFORE UPDATE ON review_cycles
        FOR EACH ROW EXECUTE FUNCTION review_cycles_stay_closed()`);

    // Reading someone's review is a read of their records, shown to them like the others.
    await q.query(`ALTER TABLE record_reads DROP CONSTRAINT record_reads_kind_check`);
    await q.query(
      `ALTER TABLE record_reads ADD CONSTRAINT record_reads_kind_check CHECK (kind IN ('meeting_notes', 'assessments', 'review'))`,
    );

    await secureTenantTables(q, ['review_cycles', 'reviews'], ['SELECT', 'INSERT', 'UPDATE']);
    await secureTenantTables(q, ['review_readiness_adjustments'], ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...REVIEW_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DELETE FROM record_reads WHERE kind = 'review'`);
    await q.query(`ALTER TABLE record_reads DROP CONSTRAINT record_reads_kind_check`);
    await q.query(
      `ALTER TABLE record_reads ADD CONSTRAINT record_reads_kind_check CHECK (kind IN ('meeting_notes', 'assessments'))`,
    );
    await q.query(`DROP FUNCTION IF EXISTS reviews_refuse_closed()`);
    await q.query(`DROP FUNCTION IF EXISTS review_cycles_stay_closed()`);
  }
}
