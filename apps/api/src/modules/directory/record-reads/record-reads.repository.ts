import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type RecordKind = 'meeting_notes' | 'assessments' | 'review';

export interface RecordReadRow {
  readerName: string;
  kind: RecordKind;
  at: Date;
  times: number;
}

/** The same reader reading the same kind of record again within this window is one read. */
export const READ_WINDOW_MINUTES = 60;

@Injectable()
export class RecordReadsRepository {
  /**
   * Appends a read of `kind` of each subject by the user, except of the reader's own records and
   * of those the same reader read within the window (a page loaded twice is one read). One
   * statement whatever the number of subjects.
   */
  async record(
    db: EntityManager,
    orgId: string,
    reader: { userId: string; personId: string | null },
    kind: RecordKind,
    subjectIds: readonly string[],
    /** The record read (a meeting, a review), when it is one record. */
    recordId: string | null = null,
  ): Promise<void> {
    if (subjectIds.length === 0) return;
    await db.query(
      `INSERT INTO record_reads (org_id, subject_id, reader_user_id, reader_name, kind, record_id)
       SELECT $1, s.id, $2,
              (SELECT coalesce(p.name, u.email) FROM users u
                 LEFT JOIN people p ON p.org_id = u.org_id AND p.id = u.person_id
                WHERE u.org_id = $1 AND u.id = $2),
              $3, $7::uuid
         FROM unnest($4::uuid[]) AS s(id)
        WHERE s.id IS DISTINCT FROM $5::uuid
          AND NOT EXISTS (SELECT 1 FROM record_reads r
                           WHERE r.org_id = $1 AND r.subject_id = s.id AND r.reader_user_id = $2 AND r.kind = $3
                             AND r.at > now() - make_interval(mins => $6))`,
      [orgId, reader.userId, kind, [...new Set(subjectIds)], reader.personId, READ_WINDOW_MINUTES, recordId],
    );
  }

  /** Who read the subject's records, newest first, one line per reader and kind and day. */
  async readsOf(
    db: EntityManager,
    orgId: string,
    subjectId: string,
    excludeUserId: string,
    limit: number,
  ): Promise<RecordReadRow[]> {
    const rows: { reader_name: string; kind: RecordKind; at: Date; times: string }[] = await db.query(
      `SELECT reader_name, kind, max(at) AS at, count(*) AS times
         FROM record_reads
        WHERE org_id = $1 AND subject_id = $2 AND reader_user_id IS DISTINCT FROM $3
        GROUP BY reader_user_id, reader_name, kind, (at AT TIME ZONE 'UTC')::date
        ORDER BY max(at) DESC
        LIMIT $4`,
      [orgId, subjectId, excludeUserId, limit],
    );
    return rows.map((r) => ({ readerName: r.reader_name, kind: r.kind, at: r.at, times: Number(r.times) }));
  }
}
