import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** Feed secrets are stored as their SHA-256, like session tokens: a database dump reveals no URL. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export interface FeedOwnerRow {
  org_id: string;
  user_id: string;
  person_id: string | null;
}

export interface FeedMeetingRow {
  id: string;
  series_id: string;
  kind: string;
  lead_id: string;
  partner_id: string;
  scheduled_at: Date;
  duration_minutes: number;
  ad_hoc: boolean;
  lead_name: string;
  partner_name: string;
  updated_at: Date;
}

@Injectable()
export class CalendarFeedRepository {
  /**
   * Runs as the sign-in role, before the organization is known: the owner of a feed secret and, in
   * the same statement, the switch of the transaction to the app role, their organization and
   * user. When nothing is found nothing is switched.
   */
  async findOwnerAndEnter(db: EntityManager, token: string): Promise<FeedOwnerRow | null> {
    const rows: FeedOwnerRow[] = await db.query(
      `SELECT f.org_id, f.user_id, u.person_id,
              set_config('role', 'trellis_app', true) AS entered_role,
              set_config('app.org_id', f.org_id::text, true) AS entered_org,
              set_config('app.user_id', f.user_id::text, true) AS entered_user
         FROM calendar_feeds f JOIN users u ON u.id = f.user_id AND u.org_id = f.org_id
        WHERE f.token_hash = $1 AND u.active`,
      [hashFeedToken(token)],
    );
    return rows[0] ?? null;
  }

  async createdAt(db: EntityManager, orgId: string, userId: string): Promise<Date | null> {
    const rows: { created_at: Date }[] = await db.query(
      `SELECT created_at FROM calendar_feeds WHERE org_id = $1 AND user_id = $2`,
      [orgId, userId],
    );
    return rows[0]?.created_at ?? null;
  }

  /** Replaces the user's secret (the old URL stops working at once). */
  async replace(db: EntityManager, orgId: string, userId: string, token: string): Promise<Date> {
    const rows: { created_at: Date }[] = await db.query(
      `INSERT INTO calendar_feeds (org_id, user_id, token_hash) VALUES ($1, $2, $3)
       ON CONFLICT (org_id, user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
       RETURNING created_at`,
      [orgId, userId, hashFeedToken(token)],
    );
    return rows[0].created_at;
  }

  async remove(db: EntityManager, orgId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `DELETE FROM calendar_feeds WHERE org_id = $1 AND user_id = $2 RETURNING user_id`,
      [orgId, userId],
    );
    return rows.length > 0;
  }

  /** Scheduled meetings of the person's running series from `since` on: times and names only. */
  async upcomingMeetings(db: EntityManager, orgId: string, personId: string, since: Date): Promise<FeedMeetingRow[]> {
    return db.query(
      `SELECT m.id, m.series_id, s.kind, s.lead_id, s.partner_id, m.scheduled_at, m.duration_minutes, m.ad_hoc, m.updated_at,
              lead.name AS lead_name, partner.name AS partner_name
         FROM meetings m
         JOIN one_on_one_series s ON s.org_id = m.org_id AND s.id = m.series_id
         JOIN people lead ON lead.org_id = s.org_id AND lead.id = s.lead_id
         JOIN people partner ON partner.org_id = s.org_id AND partner.id = s.partner_id
        WHERE m.org_id = $1 AND (s.lead_id = $2 OR s.partner_id = $2)
          AND s.status = 'active' AND m.status = 'scheduled' AND m.scheduled_at >= $3
        ORDER BY m.scheduled_at
        LIMIT 500`,
      [orgId, personId, since],
    );
  }
}
