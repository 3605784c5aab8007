import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenant tables: row-level security scopes every row to `app.org_id` for the app role. */
const TENANT_TABLES = ['teams', 'people', 'users', 'sessions', 'audit_events'];

const CURRENT_ORG = `nullif(current_setting('app.org_id', true), '')::uuid`;

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // Roles are cluster-wide, so creating them must be safe when another database made them.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trellis_app') THEN
          CREATE ROLE trellis_app NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trellis_auth') THEN
          CREATE ROLE trellis_auth NOLOGIN;
        END IF;
      END $$`);
    await q.query(`GRANT trellis_app, trellis_auth TO CURRENT_USER`);
    await q.query(`GRANT USAGE ON SCHEMA public TO trellis_app, trellis_auth`);

    await q.query(`CREATE TABLE trellis_meta (key text PRIMARY KEY, value text NOT NULL)`);

    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        fiscal_quarter_start_month smallint NOT NULL DEFAULT 1
          CHECK (fiscal_quarter_start_month BETWEEN 1 AND 12),
        default_weekly_capacity_hours numeric(5,2) NOT NULL DEFAULT 40
          CHECK (default_weekly_capacity_hours > 0 AND default_weekly_capacity_hours <= 168),
        target_development_share numeric(4,3) NOT NULL DEFAULT 0.2
          CHECK (target_development_share BETWEEN 0 AND 1),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        lead_id uuid,
        parent_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE UNIQUE INDEX teams_org_name ON teams (org_id, lower(name))`);

    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        title text NOT NULL,
        track text NOT NULL CHECK (track IN ('individual_contributor', 'management')),
        level text NOT NULL,
        team_id uuid,
        manager_id uuid,
        start_date date,
        weekly_capacity_hours numeric(5,2) NOT NULL DEFAULT 40
          CHECK (weekly_capacity_hours >= 0 AND weekly_capacity_hours <= 168),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        CHECK (manager_id IS DISTINCT FROM id)
      )`);
    // Composite keys keep every reference inside one organization, whatever the code does.
    await q.query(`
      ALTER TABLE people
        ADD CONSTRAINT people_team_fk FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id)
          ON DELETE SET NULL (team_id),
        ADD CONSTRAINT people_manager_fk FOREIGN KEY (org_id, manager_id) REFERENCES people (org_id, id)
          ON DELETE SET NULL (manager_id)`);
    await q.query(`
      ALTER TABLE teams
        ADD CONSTRAINT teams_lead_fk FOREIGN KEY (org_id, lead_id) REFERENCES people (org_id, id)
          ON DELETE SET NULL (lead_id),
        ADD CONSTRAINT teams_parent_fk FOREIGN KEY (org_id, parent_id) REFERENCES teams (org_id, id)
          ON DELETE SET NULL (parent_id)`);
    await q.query(`CREATE INDEX people_org_manager ON people (org_id, manager_id)`);
    await q.query(`CREATE INDEX people_org_team ON people (org_id, team_id)`);
    await q.query(`CREATE INDEX people_org_name ON people (org_id, lower(name))`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'manager', 'member')),
        active boolean NOT NULL DEFAULT true,
        person_id uuid,
        last_sign_in_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE SET NULL (person_id)
      )`);
    // An email signs in to exactly one organization.
    await q.query(`CREATE UNIQUE INDEX users_email ON users (email)`);
    await q.query(`CREATE UNIQUE INDEX users_person ON users (org_id, person_id) WHERE person_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX sessions_user ON sessions (org_id, user_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_email text,
        action text NOT NULL,
        target_type text,
        target_id uuid,
        target_label text,
        detail jsonb
      )`);
    await q.query(`CREATE INDEX audit_events_org_at ON audit_events (org_id, at DESC)`);

    // Not a tenant table: throttling happens before anyone is known.
    await q.query(`
      CREATE TABLE sign_in_attempts (
        id bigserial PRIMARY KEY,
        ip text NOT NULL,
        email text NOT NULL,
        success boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sign_in_attempts_ip ON sign_in_attempts (ip, at)`);
    await q.query(`CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email, at)`);

    // Row-level security, enabled and forced (the owner is bound too).
    await q.query(`ALTER TABLE organizations ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE organizations FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON organizations TO trellis_app
        USING (id = ${CURRENT_ORG}) WITH CHECK (id = ${CURRENT_ORG})`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY tenant_isolation ON ${table} TO trellis_app
          USING (org_id = ${CURRENT_ORG}) WITH CHECK (org_id = ${CURRENT_ORG})`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON organizations, ${TENANT_TABLES.join(', ')} TO trellis_app`);

    // The sign-in role: finds an account by email and a session by its hash, before the
    // organization is known; it may write sessions, sign-in audit events and attempts only.
    await q.query(`CREATE POLICY auth_lookup ON users FOR SELECT TO trellis_auth USING (true)`);
    await q.query(`CREATE POLICY auth_sign_in ON users FOR UPDATE TO trellis_auth USING (true) WITH CHECK (true)`);
    await q.query(`GRANT SELECT, UPDATE (last_sign_in_at) ON users TO trellis_auth`);
    await q.query(`CREATE POLICY auth_sessions ON sessions TO trellis_auth USING (true) WITH CHECK (true)`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON sessions TO trellis_auth`);
    await q.query(`CREATE POLICY auth_audit ON audit_events FOR INSERT TO trellis_auth WITH CHECK (true)`);
    await q.query(`GRANT INSERT ON audit_events TO trellis_auth`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON sign_in_attempts TO trellis_auth`);
    await q.query(`GRANT USAGE ON SEQUENCE sign_in_attempts_id_seq TO trellis_auth`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sign_in_attempts', 'audit_events', 'sessions', 'users']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE teams DROP CONSTRAINT IF EXISTS teams_lead_fk`);
    await q.query(`DROP TABLE IF EXISTS people`);
    await q.query(`DROP TABLE IF EXISTS teams`);
    await q.query(`DROP TABLE IF EXISTS organizations`);
    await q.query(`DROP TABLE IF EXISTS trellis_meta`);
  }
}
