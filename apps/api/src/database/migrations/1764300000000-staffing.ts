import { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-table';

const STAFFING_TABLES = [
  'holiday_calendars',
  'holidays',
  'projects',
  'project_needs',
  'project_need_competencies',
  'scenarios',
  'allocations',
  'allocation_goals',
  'time_off',
];
const DAY_RANGE = `CHECK (end_date >= start_date)`;

/**
 * Staffing: projects and their open needs, allocations of people's time (the plan of record has
 * no scenario; a scenario's drafts carry its id), time off, and each person's working time (their
 * working weekdays and a holiday calendar). Dates are calendar dates, inclusive at both ends.
 */
export class Staffing1764300000000 implements MigrationInterface {
  name = 'Staffing1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organizations
        ADD COLUMN over_allocation text NOT NULL DEFAULT 'warn' CHECK (over_allocation IN ('warn', 'refuse')),
        ADD COLUMN idle_below numeric(4,3) NOT NULL DEFAULT 0.8 CHECK (idle_below BETWEEN 0 AND 1)`);

    await q.query(`
      CREATE TABLE holiday_calendars (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (org_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX holiday_calendars_org_name ON holiday_calendars (org_id, lower(name))`);
    await q.query(`
      CREATE TABLE holidays (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        calendar_id uuid NOT NULL,
        date date NOT NULL,
        name text NOT NULL CHECK (length(name) <= 200),
        PRIMARY KEY (org_id, calendar_id, date),
        FOREIGN KEY (org_id, calendar_id) REFERENCES holiday_calendars (org_id, id) ON DELETE CASCADE
      )`);

    await q.query(`
      ALTER TABLE people
        ADD COLUMN working_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5}'
          CHECK (cardinality(working_days) BETWEEN 1 AND 7 AND working_days <@ '{1,2,3,4,5,6,7}'),
        ADD COLUMN holiday_calendar_id uuid,
        ADD FOREIGN KEY (org_id, holiday_calendar_id) REFERENCES holiday_calendars (org_id, id)
          ON DELETE SET NULL (holiday_calendar_id)`);

    await q.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
        kind text NOT NULL CHECK (kind IN ('delivery', 'support', 'development')),
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'active', 'done', 'cancelled')),
        priority smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 4),
        start_date date NOT NULL,
        end_date date NOT NULL,
        team_id uuid,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        ${DAY_RANGE},
        FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE SET NULL (team_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX projects_org_name ON projects (org_id, lower(name))`);

    await q.query(`
      CREATE TABLE project_needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        project_id uuid NOT NULL,
        role text NOT NULL CHECK (length(trim(role)) > 0 AND length(role) <= 120),
        percent smallint NOT NULL CHECK (percent BETWEEN 1 AND 100),
        start_date date NOT NULL,
        end_date date NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        ${DAY_RANGE},
        FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX project_needs_project ON project_needs (org_id, project_id)`);
    await q.query(`
      CREATE TABLE project_need_competencies (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        need_id uuid NOT NULL,
        competency_key text NOT NULL,
        min_level text NOT NULL,
        PRIMARY KEY (org_id, need_id, competency_key),
        FOREIGN KEY (org_id, need_id) REFERENCES project_needs (org_id, id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE scenarios (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'applied', 'discarded')),
        created_by_user_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id)
      )`);

    await q.query(`
      CREATE TABLE allocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        project_id uuid,
        need_id uuid,
        scenario_id uuid,
        kind text NOT NULL CHECK (kind IN ('delivery', 'development', 'support')),
        percent smallint NOT NULL CHECK (percent BETWEEN 1 AND 100),
        start_date date NOT NULL,
        end_date date NOT NULL,
        status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('tentative', 'confirmed')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        version integer NOT NULL DEFAULT 1,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        ${DAY_RANGE},
        -- Time without a project is development time (learning, a course, a side project).
        CHECK (project_id IS NOT NULL OR kind = 'development'),
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, need_id) REFERENCES project_needs (org_id, id) ON DELETE SET NULL (need_id),
        FOREIGN KEY (org_id, scenario_id) REFERENCES scenarios (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE INDEX allocations_plan_person ON allocations (org_id, person_id, start_date, end_date)
        WHERE scenario_id IS NULL`);
    await q.query(`CREATE INDEX allocations_project ON allocations (org_id, project_id)`);
    await q.query(`CREATE INDEX allocations_need ON allocations (org_id, need_id) WHERE need_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX allocations_scenario ON allocations (org_id, scenario_id) WHERE scenario_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE allocation_goals (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        allocation_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        PRIMARY KEY (org_id, allocation_id, goal_id),
        FOREIGN KEY (org_id, allocation_id) REFERENCES allocations (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, goal_id) REFERENCES goals (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX allocation_goals_goal ON allocation_goals (org_id, goal_id)`);

    await q.query(`
      CREATE TABLE time_off (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        percent smallint NOT NULL DEFAULT 100 CHECK (percent BETWEEN 1 AND 100),
        category text NOT NULL DEFAULT 'leave' CHECK (category IN ('leave', 'other')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        ${DAY_RANGE},
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX time_off_person ON time_off (org_id, person_id, start_date, end_date)`);

    await secureTenantTables(q, STAFFING_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...STAFFING_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`ALTER TABLE people DROP COLUMN IF EXISTS holiday_calendar_id, DROP COLUMN IF EXISTS working_days`);
    await q.query(`ALTER TABLE organizations DROP COLUMN IF EXISTS over_allocation, DROP COLUMN IF EXISTS idle_below`);
  }
}
