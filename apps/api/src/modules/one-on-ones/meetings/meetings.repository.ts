import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type SeriesKindValue = 'manager_report' | 'skip_level' | 'peer' | 'mentoring';
export type CadenceValue = 'weekly' | 'biweekly' | 'monthly';
export type SeriesStatusValue = 'active' | 'paused' | 'ended';
export type MeetingStatusValue = 'scheduled' | 'completed' | 'cancelled';

/** A meeting with the two sides of its series: enough to decide who may do what with it. */
export interface MeetingContextRow {
  id: string;
  seriesId: string;
  status: MeetingStatusValue;
  seriesStatus: SeriesStatusValue;
  kind: SeriesKindValue;
  leadId: string;
  partnerId: string;
  version: number;
}

const MEETING_CONTEXT = `SELECT m.id, m.series_id AS "seriesId", m.status, s.status AS "seriesStatus", s.kind,
       s.lead_id AS "leadId", s.partner_id AS "partnerId", m.version
  FROM meetings m JOIN one_on_one_series s ON s.org_id = m.org_id AND s.id = m.series_id
 WHERE m.org_id = $1 AND m.id = $2`;

/** Meetings: their rows, agendas, action items; every statement scoped by organization. */
@Injectable()
export class MeetingsRepository {
  async meetingContext(
    db: EntityManager,
    orgId: string,
    meetingId: string,
    lock = false,
  ): Promise<MeetingContextRow | null> {
    const rows: MeetingContextRow[] = await db.query(`${MEETING_CONTEXT}${lock ? ' FOR UPDATE OF m' : ''}`, [
      orgId,
      meetingId,
    ]);
    return rows[0] ?? null;
  }

  /** Suggestion keys of the meeting's open (not yet discussed) points. */
  async openPointSuggestionKeys(db: EntityManager, orgId: string, meetingId: string): Promise<string[]> {
    const rows: { key: string }[] = await db.query(
      `SELECT suggestion_key AS key FROM meeting_points
        WHERE org_id = $1 AND meeting_id = $2 AND suggestion_key IS NOT NULL AND NOT discussed
        ORDER BY position`,
      [orgId, meetingId],
    );
    return rows.map((r) => r.key);
  }

  async dismissedSuggestionKeys(db: EntityManager, orgId: string, meetingId: string): Promise<string[]> {
    const rows: { key: string }[] = await db.query(
      `SELECT suggestion_key AS key FROM meeting_dismissed_suggestions
        WHERE org_id = $1 AND meeting_id = $2 ORDER BY dismissed_at`,
      [orgId, meetingId],
    );
    return rows.map((r) => r.key);
  }
}
