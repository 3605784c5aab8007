import type { Framework } from '@trellis/domain';
import { EntityManager } from 'typeorm';
import { FrameworkEntity } from './framework.entity';

export class FrameworksRepository {
  /** The organization's framework row; null while it still uses the default framework. */
  find(db: EntityManager, orgId: string): Promise<FrameworkEntity | null> {
    return db.getRepository(FrameworkEntity).findOneBy({ orgId });
  }

  /**
   * Writes the document if the stored version is still `expectedVersion` (0: no row yet), and
   * returns the new version; null when someone else changed it first.
   */
  async save(
    db: EntityManager,
    orgId: string,
    expectedVersion: number,
    document: Framework,
    userId: string,
  ): Promise<number | null> {
    const json = JSON.stringify(document);
    const rows: { version: number }[] =
      expectedVersion === 0
        ? await db.query(
            `INSERT INTO frameworks (org_id, document, version, updated_at, updated_by)
             VALUES ($1, $2::jsonb, 1, now(), $3)
             ON CONFLICT (org_id) DO NOTHING
             RETURNING version`,
            [orgId, json, userId],
          )
        : ((
            await db.query(
              `UPDATE frameworks SET document = $3::jsonb, version = version + 1, updated_at = now(), updated_by = $4
               WHERE org_id = $1 AND version = $2
               RETURNING version`,
              [orgId, expectedVersion, json, userId],
            )
          )[0] as { version: number }[]);
    return rows.length > 0 ? rows[0].version : null;
  }
}
