import { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-table';

const QUARTER = `'^FY[0-9]{4}-Q[1-4]$'`;
const GROWTH_TABLES = [
  'assessments',
  'assessment_releases',
  'goals',
  'goal_milestones',
  'goal_check_ins',
  'evidence',
  'evidence_goals',
];

/**
 * Growth records: assessments (self and manager, per competency and quarter), the release of a
 * quarter's manager ratings to the person, goals with milestones and check-ins, and evidence.
 * They point into the framework by key (competency, level), never by name, so a rename keeps
 * history; people's levels become keys too.
 */
export class Growth1764200000000 implements MigrationInterface {
  name = 'Growth1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Levels were names ("Senior Engineer"); they become the keys of the organization's framework
    // (or, without a stored one, a slug, which is the default framework's key for its names). RLS
    // is forced on both tables, so the owner lifts it for this transaction only.
    await q.query(`ALTER TABLE people NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE frameworks NO FORCE ROW LEVEL SECURITY`);
    await q.query(`
      UPDATE people p SET level = coalesce(
        (SELECT l->>'key'
           FROM frameworks f, jsonb_array_elements(f.document->'tracks') t, jsonb_array_elements(t->'levels') l
          WHERE f.org_id = p.org_id AND t->>'key' = p.track
            AND (lower(l->>'name') = lower(trim(p.level)) OR l->>'key' = p.level)
          LIMIT 1),
        trim(both '_' from lower(regexp_replace(trim(p.level), '[^A-Za-z0-9]+', '_', 'g'))))`);
    await q.query(`ALTER TABLE people FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE frameworks FORCE ROW LEVEL SECURITY`);
    await q.query(`
      ALTER TABLE organizations ADD COLUMN stale_goal_days smallint NOT NULL DEFAULT 21
        CHECK (stale_goal_days BETWEEN 1 AND 365)`);

    await q.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        competency_key text NOT NULL,
        quarter text NOT NULL CHECK (quarter ~ ${QUARTER}),
        source text NOT NULL CHECK (source IN ('self', 'manager')),
        rating text NOT NULL,
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        author_user_id uuid,
        author_name text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, person_id, competency_key, quarter, source),
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX assessments_org_quarter ON assessments (org_id, quarter, person_id)`);

    await q.query(`
      CREATE TABLE assessment_releases (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        quarter text NOT NULL CHECK (quarter ~ ${QUARTER}),
        shared_at timestamptz NOT NULL DEFAULT now(),
        shared_by_user_id uuid,
        PRIMARY KEY (org_id, person_id, quarter),
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        competency_keys text[] NOT NULL DEFAULT '{}',
        target_level text,
        due_quarter text CHECK (due_quarter ~ ${QUARTER}),
        status text NOT NULL DEFAULT 'active'
          CHECK (status IN ('draft', 'active', 'at_risk', 'done', 'dropped')),
        start_date date NOT NULL DEFAULT current_date,
        created_by_user_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX goals_org_person ON goals (org_id, person_id)`);

    await q.query(`
      CREATE TABLE goal_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
        done boolean NOT NULL DEFAULT false,
        position smallint NOT NULL,
        done_at timestamptz,
        FOREIGN KEY (org_id, goal_id) REFERENCES goals (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX goal_milestones_goal ON goal_milestones (org_id, goal_id, position)`);

    await q.query(`
      CREATE TABLE goal_check_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL,
        date date NOT NULL,
        progress smallint NOT NULL CHECK (progress BETWEEN 0 AND 100),
        confidence text NOT NULL CHECK (confidence IN ('on_track', 'at_risk', 'off_track')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        author_user_id uuid,
        author_name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (org_id, goal_id) REFERENCES goals (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX goal_check_ins_goal ON goal_check_ins (org_id, goal_id, date)`);

    await q.query(`
      CREATE TABLE evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        date date NOT NULL,
        kind text NOT NULL CHECK (kind IN
          ('incident', 'design', 'code_review', 'talk', 'open_source', 'mentoring', 'learning', 'delivery', 'other')),
        title text NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
        link text CHECK (length(link) <= 2000),
        impact text NOT NULL DEFAULT '' CHECK (length(impact) <= 4000),
        competency_keys text[] NOT NULL DEFAULT '{}',
        incident_role text CHECK (incident_role IN ('incident_commander', 'responder', 'investigator', 'communications')),
        incident_severity text CHECK (incident_severity IN ('sev1', 'sev2', 'sev3', 'sev4')),
        learning_format text CHECK (learning_format IN ('paper', 'course', 'conference')),
        created_by_user_id uuid,
        created_by_name text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE,
        CHECK (kind = 'incident' OR (incident_role IS NULL AND incident_severity IS NULL)),
        CHECK (kind = 'incident' OR kind = 'learning' OR learning_format IS NULL),
        CHECK (kind <> 'incident' OR (incident_role IS NOT NULL AND incident_severity IS NOT NULL)),
        CHECK (kind <> 'learning' OR learning_format IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX evidence_org_person_date ON evidence (org_id, person_id, date DESC)`);

    await q.query(`
      CREATE TABLE evidence_goals (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        evidence_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        PRIMARY KEY (org_id, evidence_id, goal_id),
        FOREIGN KEY (org_id, evidence_id) REFERENCES evidence (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, goal_id) REFERENCES goals (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX evidence_goals_goal ON evidence_goals (org_id, goal_id)`);

    await secureTenantTables(q, GROWTH_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...GROWTH_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`ALTER TABLE organizations DROP COLUMN IF EXISTS stale_goal_days`);
  }
}
