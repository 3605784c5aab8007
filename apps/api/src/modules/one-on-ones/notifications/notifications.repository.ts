import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface NotificationRow {
  id: string;
  kind: string;
  text: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** Action items assigned this recently are announced; older ones were seen in their meeting. */
const ASSIGNED_WITHIN_DAYS = 14;
const TEXT_MAX = 500;

@Injectable()
export class NotificationsRepository {
  /**
   * Writes the notifications now due for the user, once each (the dedupe key): a one-on-one in the
   * next 24 hours (add your points), an open action item given to them lately, and one that is
   * due or overdue. One statement; what was written before, read or not, stays as it was.
   */
  async materialize(db: EntityManager, orgId: string, userId: string, personId: string): Promise<void> {
    await db.query(
      `WITH mine AS (
         SELECT s.id, s.time_zone, other.name AS other_name
           FROM one_on_one_series s
           JOIN people other ON other.org_id = s.org_id
                            AND other.id = CASE WHEN s.lead_id = $3 THEN s.partner_id ELSE s.lead_id END
          WHERE s.org_id = $1 AND (s.lead_id = $3 OR s.partner_id = $3) AND s.status <> 'ended'
       ), due AS (
         SELECT 'meeting_prep' AS kind, 'meeting_prep:' || m.id AS dedupe_key,
                'Your one-on-one with ' || mine.other_name || ' is on '
                  || to_char(m.scheduled_at AT TIME ZONE mine.time_zone, 'FMDay "at" HH24:MI')
                  || ': add your talking points.' AS text,
                '/one-on-ones/meetings/' || m.id || '?view=prepare' AS link
           FROM meetings m JOIN mine ON mine.id = m.series_id
           JOIN one_on_one_series s ON s.org_id = m.org_id AND s.id = m.series_id
          WHERE m.org_id = $1 AND m.status = 'scheduled' AND s.status = 'active'
            AND m.scheduled_at > now() AND m.scheduled_at <= now() + interval '24 hours'
         UNION ALL
         SELECT 'action_assigned', 'action_assigned:' || a.id,
                'New action item for you (one-on-one with ' || mine.other_name || '): ' || a.text,
                '/one-on-ones/meetings/' || a.meeting_id
           FROM meeting_action_items a JOIN mine ON mine.id = a.series_id
          WHERE a.org_id = $1 AND a.owner_id = $3 AND NOT a.done
            AND a.created_at > now() - make_interval(days => $4)
         UNION ALL
         SELECT 'action_due', 'action_due:' || a.id,
                CASE WHEN a.due_date = current_date THEN 'Due today: ' ELSE 'Overdue since '
                  || to_char(a.due_date, 'FMDD FMMonth') || ': ' END || a.text,
                '/one-on-ones/meetings/' || a.meeting_id
           FROM meeting_action_items a JOIN mine ON mine.id = a.series_id
          WHERE a.org_id = $1 AND a.owner_id = $3 AND NOT a.done AND a.due_date <= current_date
         UNION ALL
         SELECT 'review_shared', 'review_shared:' || r.id,
                coalesce(r.shared_by_name, 'Your manager') || ' shared your ' || c.quarter
                  || ' review: read it, add your reflection and acknowledge it.',
                '/reviews/' || r.id
           FROM reviews r JOIN review_cycles c ON c.org_id = r.org_id AND c.id = r.cycle_id
          WHERE r.org_id = $1 AND r.person_id = $3 AND c.status = 'open'
            AND r.shared_at IS NOT NULL AND r.acknowledged_at IS NULL
       )
       INSERT INTO notifications (org_id, user_id, kind, dedupe_key, text, link)
       SELECT $1, $2, kind, dedupe_key, left(text, $5), link FROM due
       ON CONFLICT (org_id, user_id, dedupe_key) DO NOTHING`,
      [orgId, userId, personId, ASSIGNED_WITHIN_DAYS, TEXT_MAX],
    );
  }

  async list(db: EntityManager, orgId: string, userId: string, limit: number): Promise<NotificationRow[]> {
    return db.query(
      `SELECT id, kind, text, link, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE org_id = $1 AND user_id = $2
        ORDER BY created_at DESC, id LIMIT $3`,
      [orgId, userId, limit],
    );
  }

  async unreadCount(db: EntityManager, orgId: string, userId: string): Promise<number> {
    const rows: { n: string }[] = await db.query(
      `SELECT count(*) AS n FROM notifications WHERE org_id = $1 AND user_id = $2 AND read_at IS NULL`,
      [orgId, userId],
    );
    return Number(rows[0].n);
  }

  /** Marks the user's own notifications read: these ids, or all when ids is null. */
  async markRead(db: EntityManager, orgId: string, userId: string, ids: readonly string[] | null): Promise<void> {
    await db.query(
      `UPDATE notifications SET read_at = now()
        WHERE org_id = $1 AND user_id = $2 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))`,
      [orgId, userId, ids],
    );
  }
}
