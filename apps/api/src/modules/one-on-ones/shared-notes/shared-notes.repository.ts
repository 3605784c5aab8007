import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface SharedNotesTextRow {
  meetingId: string;
  plainText: string;
}

const DOCUMENT = `SELECT document FROM meeting_shared_notes WHERE org_id = $1 AND meeting_id = $2`;

/** The shared notes of meetings: the Yjs document and its plain text, one row per meeting. */
@Injectable()
export class SharedNotesRepository {
  /** The stored Yjs update state, or null before the first store; `lock` holds the row until commit. */
  async document(db: EntityManager, orgId: string, meetingId: string, lock = false): Promise<Uint8Array | null> {
    const rows: { document: Buffer }[] = await db.query(lock ? `${DOCUMENT} FOR UPDATE` : DOCUMENT, [orgId, meetingId]);
    return rows[0] ? new Uint8Array(rows[0].document) : null;
  }

  async save(
    db: EntityManager,
    orgId: string,
    meetingId: string,
    document: Uint8Array,
    plainText: string,
  ): Promise<void> {
    await db.query(
      `INSERT INTO meeting_shared_notes (org_id, meeting_id, document, plain_text, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (org_id, meeting_id)
       DO UPDATE SET document = EXCLUDED.document, plain_text = EXCLUDED.plain_text, updated_at = now()`,
      [orgId, meetingId, Buffer.from(document), plainText],
    );
  }

  /** Plain text of the meetings, in the organization the transaction is in (its `app.org_id`). */
  async plainTexts(db: EntityManager, meetingIds: readonly string[]): Promise<SharedNotesTextRow[]> {
    if (meetingIds.length === 0) return [];
    return db.query(
      `SELECT meeting_id AS "meetingId", plain_text AS "plainText" FROM meeting_shared_notes
        WHERE org_id = nullif(current_setting('app.org_id', true), '')::uuid AND meeting_id = ANY($1::uuid[])`,
      [[...new Set(meetingIds)]],
    );
  }
}
