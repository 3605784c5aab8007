import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface SuggestionMeetingRow {
  id: string;
  status: 'scheduled' | 'completed' | 'cancelled';
  seriesId: string;
  kind: 'manager_report' | 'skip_level' | 'peer' | 'mentoring';
  leadId: string;
  partnerId: string;
  leadName: string;
  partnerName: string;
}

export interface OpenActionRow {
  id: string;
  text: string;
  ownerName: string;
  dueDate: string | null;
}

@Injectable()
export class SuggestionsRepository {
  async meeting(db: EntityManager, orgId: string, meetingId: string): Promise<SuggestionMeetingRow | null> {
    const rows: SuggestionMeetingRow[] = await db.query(
      `SELECT m.id, m.status, s.id AS "seriesId", s.kind, s.lead_id AS "leadId", s.partner_id AS "partnerId",
              lead.name AS "leadName", partner.name AS "partnerName"
         FROM meetings m
         JOIN one_on_one_series s ON s.org_id = m.org_id AND s.id = m.series_id
         JOIN people lead ON lead.org_id = s.org_id AND lead.id = s.lead_id
         JOIN people partner ON partner.org_id = s.org_id AND partner.id = s.partner_id
        WHERE m.org_id = $1 AND m.id = $2`,
      [orgId, meetingId],
    );
    return rows[0] ?? null;
  }

  /** The series' open action items, with their owner's name. */
  async openActions(db: EntityManager, orgId: string, seriesId: string): Promise<OpenActionRow[]> {
    return db.query(
      `SELECT a.id, a.text, p.name AS "ownerName", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate"
         FROM meeting_action_items a JOIN people p ON p.org_id = a.org_id AND p.id = a.owner_id
        WHERE a.org_id = $1 AND a.series_id = $2 AND NOT a.done
        ORDER BY a.due_date NULLS LAST, a.created_at`,
      [orgId, seriesId],
    );
  }

  /** Suggestion keys already on the meeting's agenda or dismissed for it. */
  async usedKeys(db: EntityManager, orgId: string, meetingId: string): Promise<string[]> {
    const rows: { key: string }[] = await db.query(
      `SELECT suggestion_key AS key FROM meeting_points
        WHERE org_id = $1 AND meeting_id = $2 AND suggestion_key IS NOT NULL
       UNION
       SELECT suggestion_key FROM meeting_dismissed_suggestions WHERE org_id = $1 AND meeting_id = $2`,
      [orgId, meetingId],
    );
    return rows.map((r) => r.key);
  }

  /**
   * Puts a suggestion on the agenda, last, written by the viewer. The meeting row is locked so
   * two clicks (or two people) never add the same suggestion twice or take one position.
   */
  async addPoint(
    db: EntityManager,
    orgId: string,
    meetingId: string,
    authorId: string,
    point: { key: string; text: string; tags: string[] },
  ): Promise<boolean> {
    await db.query(`SELECT 1 FROM meetings WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, meetingId]);
    const rows: unknown[] = await db.query(
      `INSERT INTO meeting_points (org_id, meeting_id, author_id, text, position, suggestion_key, tags)
       SELECT $1, $2, $3, $4,
              coalesce((SELECT max(position) + 1 FROM meeting_points WHERE org_id = $1 AND meeting_id = $2), 0),
              $5, $6
        WHERE NOT EXISTS (SELECT 1 FROM meeting_points WHERE org_id = $1 AND meeting_id = $2 AND suggestion_key = $5)
       RETURNING id`,
      [orgId, meetingId, authorId, point.text, point.key, point.tags],
    );
    return rows.length > 0;
  }

  async dismiss(db: EntityManager, orgId: string, meetingId: string, key: string): Promise<void> {
    await db.query(
      `INSERT INTO meeting_dismissed_suggestions (org_id, meeting_id, suggestion_key) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [orgId, meetingId, key],
    );
  }
}
