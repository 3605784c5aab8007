import { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-table';

const ONE_ON_ONE_TABLES = [
  'one_on_one_templates',
  'one_on_one_series',
  'meetings',
  'meeting_points',
  'meeting_action_items',
  'meeting_dismissed_suggestions',
  'meeting_shared_notes',
  'meeting_private_notes',
  'calendar_feeds',
  'record_reads',
  'notifications',
];

/** The signed-in user of the request, as the session lookup sets it; NULL outside a session. */
export const CURRENT_USER = `nullif(current_setting('app.user_id', true), '')::uuid`;

const TAGS = `text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 10)`;

/**
 * One-on-ones: a series between two people (manager and report, skip-level, peer or mentoring)
 * with a cadence; its meetings (the next one always exists); each meeting's agenda of talking
 * points, action items, the shared notes (a Yjs document and its plain text) and each author's
 * private notes. Also the per-user calendar feed, the log of who read whose records, and in-app
 * notifications.
 *
 * Private notes are private to their author at the database level too: besides the tenant policy,
 * a restrictive policy admits only rows whose author is the request's signed-in user
 * (`app.user_id`, set by the session lookup), so no code path, role or admin can read them.
 */
export class OneOnOnes1764500000000 implements MigrationInterface {
  name = 'OneOnOnes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE one_on_one_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
        points text[] NOT NULL DEFAULT '{}' CHECK (cardinality(points) <= 30),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX one_on_one_templates_org_name ON one_on_one_templates (org_id, lower(name))`);

    // lead: the manager, skip-level manager or mentor who usually runs it; partner: the other side.
    await q.query(`
      CREATE TABLE one_on_one_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('manager_report', 'skip_level', 'peer', 'mentoring')),
        lead_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        started_by_id uuid,
        cadence text NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_time time NOT NULL,
        duration_minutes smallint NOT NULL DEFAULT 30 CHECK (duration_minutes BETWEEN 5 AND 240),
        time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
        template_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        CHECK (lead_id <> partner_id),
        FOREIGN KEY (org_id, lead_id) REFERENCES people (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, partner_id) REFERENCES people (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, started_by_id) REFERENCES people (org_id, id) ON DELETE SET NULL (started_by_id),
        FOREIGN KEY (org_id, template_id) REFERENCES one_on_one_templates (org_id, id) ON DELETE SET NULL (template_id)
      )`);
    // One running series per pair and kind.
    await q.query(`
      CREATE UNIQUE INDEX one_on_one_series_pair ON one_on_one_series (org_id, lead_id, partner_id, kind)
        WHERE status <> 'ended'`);
    await q.query(`CREATE INDEX one_on_one_series_partner ON one_on_one_series (org_id, partner_id)`);

    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        series_id uuid NOT NULL,
        scheduled_at timestamptz NOT NULL,
        duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 5 AND 240),
        ad_hoc boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'completed', 'cancelled')),
        completed_at timestamptz,
        completed_by_id uuid,
        mood smallint CHECK (mood BETWEEN 1 AND 5),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
        FOREIGN KEY (org_id, series_id) REFERENCES one_on_one_series (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, completed_by_id) REFERENCES people (org_id, id) ON DELETE SET NULL (completed_by_id)
      )`);
    await q.query(`CREATE INDEX meetings_series_time ON meetings (org_id, series_id, scheduled_at)`);

    // carried_from_meeting_id: the meeting the point was first put on, when it moved here unresolved.
    await q.query(`
      CREATE TABLE meeting_points (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL,
        author_id uuid,
        text text NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 500),
        position integer NOT NULL,
        discussed boolean NOT NULL DEFAULT false,
        carried_from_meeting_id uuid,
        suggestion_key text CHECK (length(suggestion_key) <= 200),
        tags ${TAGS},
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, author_id) REFERENCES people (org_id, id) ON DELETE SET NULL (author_id),
        FOREIGN KEY (org_id, carried_from_meeting_id) REFERENCES meetings (org_id, id)
          ON DELETE SET NULL (carried_from_meeting_id)
      )`);
    await q.query(`CREATE INDEX meeting_points_meeting ON meeting_points (org_id, meeting_id, position)`);

    // An open action item shows on its current meeting (it moves forward at completion, keeping
    // the meeting it was agreed in).
    await q.query(`
      CREATE TABLE meeting_action_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        series_id uuid NOT NULL,
        meeting_id uuid NOT NULL,
        agreed_in_meeting_id uuid,
        text text NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 500),
        owner_id uuid NOT NULL,
        due_date date,
        done boolean NOT NULL DEFAULT false,
        done_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id),
        CHECK (done = (done_at IS NOT NULL)),
        FOREIGN KEY (org_id, series_id) REFERENCES one_on_one_series (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, agreed_in_meeting_id) REFERENCES meetings (org_id, id)
          ON DELETE SET NULL (agreed_in_meeting_id),
        FOREIGN KEY (org_id, owner_id) REFERENCES people (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX meeting_action_items_meeting ON meeting_action_items (org_id, meeting_id)`);
    await q.query(
      `CREATE INDEX meeting_action_items_owner_open ON meeting_action_items (org_id, owner_id) WHERE NOT done`,
    );

    await q.query(`
      CREATE TABLE meeting_dismissed_suggestions (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL,
        suggestion_key text NOT NULL CHECK (length(suggestion_key) <= 200),
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, meeting_id, suggestion_key),
        FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE CASCADE
      )`);

    // The live document (Yjs update state) and its plain text, for search, exports and reviews.
    await q.query(`
      CREATE TABLE meeting_shared_notes (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL,
        document bytea NOT NULL,
        plain_text text NOT NULL DEFAULT '',
        tags ${TAGS},
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, meeting_id),
        FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE meeting_private_notes (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL,
        author_user_id uuid NOT NULL,
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 20000),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, meeting_id, author_user_id),
        FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE CASCADE,
        FOREIGN KEY (org_id, author_user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
      )`);

    // The secret of a user's iCalendar feed is stored hashed; regenerating replaces the row.
    await q.query(`
      CREATE TABLE calendar_feeds (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, user_id),
        FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
      )`);

    // Who read whose records: the kind of record, never its content.
    await q.query(`
      CREATE TABLE record_reads (
        id bigserial PRIMARY KEY,
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        subject_id uuid NOT NULL,
        reader_user_id uuid,
        reader_name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('meeting_notes', 'assessments')),
        record_id uuid,
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (org_id, subject_id) REFERENCES people (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX record_reads_subject ON record_reads (org_id, subject_id, at DESC)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        kind text NOT NULL CHECK (length(kind) <= 50),
        dedupe_key text NOT NULL CHECK (length(dedupe_key) <= 300),
        text text NOT NULL CHECK (length(text) <= 500),
        link text CHECK (length(link) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (org_id, user_id, dedupe_key),
        FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX notifications_user ON notifications (org_id, user_id, created_at DESC)`);

    await q.query(`
      ALTER TABLE goal_check_ins
        ADD COLUMN meeting_id uuid,
        ADD FOREIGN KEY (org_id, meeting_id) REFERENCES meetings (org_id, id) ON DELETE SET NULL (meeting_id)`);

    await secureTenantTables(q, ONE_ON_ONE_TABLES);
    // Author only, whoever asks: restrictive, so it narrows the tenant policy instead of widening it.
    await q.query(`
      CREATE POLICY author_only ON meeting_private_notes AS RESTRICTIVE TO trellis_app
        USING (author_user_id = ${CURRENT_USER}) WITH CHECK (author_user_id = ${CURRENT_USER})`);
    // A calendar app brings only the feed's secret: the sign-in role finds its owner (as it finds a
    // session), then the request continues in the owner's organization.
    await q.query(`CREATE POLICY auth_calendar_feeds ON calendar_feeds FOR SELECT TO trellis_auth USING (true)`);
    await q.query(`GRANT SELECT ON calendar_feeds TO trellis_auth`);
    // Reads are appended, never edited.
    await q.query(`REVOKE UPDATE, DELETE ON record_reads FROM trellis_app`);
    await q.query(`GRANT USAGE ON SEQUENCE record_reads_id_seq TO trellis_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE goal_check_ins DROP COLUMN IF EXISTS meeting_id`);
    for (const table of [...ONE_ON_ONE_TABLES].reverse()) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
  }
}
