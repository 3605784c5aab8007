import type { Framework } from '@trellis/domain';
import { EntityManager } from 'typeorm';
import { FrameworkEntity } from './framework.entity';

/** What kind of framework key a record points at. */
export type FrameworkKeyKind = 'track' | 'level' | 'competency';

/** The kinds of records that point at framework keys. */
export type KeyRecords = 'people' | 'assessments' | 'goals' | 'evidence';

/** How many records of one kind point at one key. */
export interface KeyUsage {
  kind: FrameworkKeyKind;
  key: string;
  records: KeyRecords;
  count: number;
}

/** Keys to look up, by kind. */
export type FrameworkKeys = Record<FrameworkKeyKind, string[]>;

export class FrameworksRepository {
  /** The organization's framework row; null while it still uses the default framework. */
  find(db: EntityManager, orgId: string): Promise<FrameworkEntity | null> {
    return db.getRepository(FrameworkEntity).findOneBy({ orgId });
  }

  /**
   * The framework row's version and stamp (its row version, `xmin`: new with every write, even
   * one later rolled back), and its document only when the stamp is not `knownStamp`: a reader
   * that keeps the document of a stamp need not fetch and parse it again. Null without a row.
   */
  async findIfChanged(
    db: EntityManager,
    orgId: string,
    knownStamp: string | null,
  ): Promise<{ version: number; stamp: string; document: Framework | null } | null> {
    const rows: { version: number; stamp: string; document: Framework | null }[] = await db.query(
      `SELECT version, xmin::text AS stamp, CASE WHEN xmin::text = $2 THEN NULL ELSE document END AS document
         FROM frameworks WHERE org_id = $1`,
      [orgId, knownStamp ?? ''],
    );
    return rows[0] ?? null;
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

  /**
   * Which of these keys the organization's records still point at, and how many records each:
   * people's track and level, assessments' competency and rating, goals' target level and
   * competencies, evidence's competencies.
   */
  async keyUsage(db: EntityManager, orgId: string, keys: FrameworkKeys): Promise<KeyUsage[]> {
    if (keys.track.length + keys.level.length + keys.competency.length === 0) return [];
    const rows: { kind: FrameworkKeyKind; key: string; records: KeyRecords; count: number }[] = await db.query(
      `SELECT 'track' AS kind, track AS key, 'people' AS records, count(*)::int AS count
         FROM people WHERE org_id = $1 AND track = ANY($2::text[]) GROUP BY track
       UNION ALL
       SELECT 'level', level, 'people', count(*)::int
         FROM people WHERE org_id = $1 AND level = ANY($3::text[]) GROUP BY level
       UNION ALL
       SELECT 'level', rating, 'assessments', count(*)::int
         FROM assessments WHERE org_id = $1 AND rating = ANY($3::text[]) GROUP BY rating
       UNION ALL
       SELECT 'level', target_level, 'goals', count(*)::int
         FROM goals WHERE org_id = $1 AND target_level = ANY($3::text[]) GROUP BY target_level
       UNION ALL
       SELECT 'competency', competency_key, 'assessments', count(*)::int
         FROM assessments WHERE org_id = $1 AND competency_key = ANY($4::text[]) GROUP BY competency_key
       UNION ALL
       SELECT 'competency', k, 'goals', count(DISTINCT g.id)::int
         FROM goals g CROSS JOIN LATERAL unnest(g.competency_keys) AS k
        WHERE g.org_id = $1 AND g.competency_keys && $4::text[] AND k = ANY($4::text[]) GROUP BY k
       UNION ALL
       SELECT 'competency', k, 'evidence', count(DISTINCT e.id)::int
         FROM evidence e CROSS JOIN LATERAL unnest(e.competency_keys) AS k
        WHERE e.org_id = $1 AND e.competency_keys && $4::text[] AND k = ANY($4::text[]) GROUP BY k`,
      [orgId, keys.track, keys.level, keys.competency],
    );
    return rows;
  }
}
