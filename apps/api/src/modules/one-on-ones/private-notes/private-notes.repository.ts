import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface PrivateNoteRow {
  meetingId: string;
  body: string;
  version: number;
  updatedAt: Date;
}

/**
 * Private notes, always read and written as the request's own account (`authorUserId` is the
 * viewer's user id); row-level security admits only the row whose author is `app.user_id`, so a
 * wrong id here would find nothing rather than someone else's note.
 */
@Injectable()
export class PrivateNotesRepository {
  async mine(
    db: EntityManager,
    orgId: string,
    meetingIds: readonly string[],
    authorUserId: string,
  ): Promise<PrivateNoteRow[]> {
    return db.query(
      `SELECT meeting_id AS "meetingId", body, version, updated_at AS "updatedAt" FROM meeting_private_notes
        WHERE org_id = $1 AND meeting_id = ANY($2::uuid[]) AND author_user_id = $3`,
      [orgId, meetingIds, authorUserId],
    );
  }

  /** The first save: false when a note already exists (someone saved first, in another tab). */
  async insert(
    db: EntityManager,
    orgId: string,
    meetingId: string,
    authorUserId: string,
    body: string,
  ): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `INSERT INTO meeting_private_notes (org_id, meeting_id, author_user_id, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING meeting_id`,
      [orgId, meetingId, authorUserId, body],
    );
    return rows.length > 0;
  }

  async update(
    db: EntityManager,
    orgId: string,
    meetingId: string,
    authorUserId: string,
    version: number,
    body: string,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE meeting_private_notes SET body = $5, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND meeting_id = $2 AND author_user_id = $3 AND version = $4 RETURNING meeting_id`,
      [orgId, meetingId, authorUserId, version, body],
    );
    return rows.length > 0;
  }
}
