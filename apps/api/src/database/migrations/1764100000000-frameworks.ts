import { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_ORG = `nullif(current_setting('app.org_id', true), '')::uuid`;

/**
 * One career framework per organization, stored whole as the domain's `Framework` object.
 * The row is created lazily: an organization without one reads the default framework.
 */
export class Frameworks1764100000000 implements MigrationInterface {
  name = 'Frameworks1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE frameworks (
        org_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        document jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid
      )`);
    await q.query(`ALTER TABLE frameworks ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE frameworks FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY tenant_isolation ON frameworks TO trellis_app
        USING (org_id = ${CURRENT_ORG}) WITH CHECK (org_id = ${CURRENT_ORG})`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON frameworks TO trellis_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS frameworks`);
  }
}
