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

export interface MeetingRow {
  id: string;
  seriesId: string;
  scheduledAt: Date;
  durationMinutes: number;
  adHoc: boolean;
  status: MeetingStatusValue;
  completedAt: Date | null;
  mood: number | null;
  version: number;
}

export interface PointRow {
  id: string;
  meetingId: string;
  authorId: string | null;
  text: string;
  position: number;
  discussed: boolean;
  carriedFromMeetingId: string | null;
  carriedFromAt: Date | null;
  suggestionKey: string | null;
  tags: string[];
  version: number;
}

export interface ActionItemRow {
  id: string;
  seriesId: string;
  meetingId: string;
  agreedInMeetingId: string | null;
  agreedInAt: Date | null;
  text: string;
  ownerId: string;
  dueDate: string | null;
  done: boolean;
  doneAt: Date | null;
  version: number;
  leadId: string;
  partnerId: string;
}

const MEETING_CONTEXT = `SELECT m.id, m.series_id AS "seriesId", m.status, s.status AS "seriesStatus", s.kind,
       s.lead_id AS "leadId", s.partner_id AS "partnerId", m.version
  FROM meetings m JOIN one_on_one_series s ON s.org_id = m.org_id AND s.id = m.series_id
 WHERE m.org_id = $1 AND m.id = $2`;

const MEETING = `m.id, m.series_id AS "seriesId", m.scheduled_at AS "scheduledAt", m.duration_minutes AS "durationMinutes",
  m.ad_hoc AS "adHoc", m.status, m.completed_at AS "completedAt", m.mood, m.version`;

const POINT = `p.id, p.meeting_id AS "meetingId", p.author_id AS "authorId", p.text, p.position, p.discussed,
  p.carried_from_meeting_id AS "carriedFromMeetingId", cf.scheduled_at AS "carriedFromAt",
  p.suggestion_key AS "suggestionKey", p.tags, p.version`;
const POINT_FROM = `meeting_points p
  LEFT JOIN meetings cf ON cf.org_id = p.org_id AND cf.id = p.carried_from_meeting_id`;

const ITEM = `a.id, a.series_id AS "seriesId", a.meeting_id AS "meetingId", a.agreed_in_meeting_id AS "agreedInMeetingId",
  ag.scheduled_at AS "agreedInAt", a.text, a.owner_id AS "ownerId", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
  a.done, a.done_at AS "doneAt", a.version, s.lead_id AS "leadId", s.partner_id AS "partnerId"`;
const ITEM_FROM = `meeting_action_items a
  JOIN one_on_one_series s ON s.org_id = a.org_id AND s.id = a.series_id
  LEFT JOIN meetings ag ON ag.org_id = a.org_id AND ag.id = a.agreed_in_meeting_id`;

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

  async meeting(db: EntityManager, orgId: string, id: string): Promise<MeetingRow | null> {
    const rows: MeetingRow[] = await db.query(`SELECT ${MEETING} FROM meetings m WHERE m.org_id = $1 AND m.id = $2`, [
      orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Every meeting of the series, newest first. */
  async ofSeries(db: EntityManager, orgId: string, seriesIds: readonly string[]): Promise<MeetingRow[]> {
    return db.query(
      `SELECT ${MEETING} FROM meetings m WHERE m.org_id = $1 AND m.series_id = ANY($2::uuid[])
       ORDER BY m.scheduled_at DESC`,
      [orgId, seriesIds],
    );
  }

  /** The series' first scheduled meeting after an instant (the next meeting), if any. */
  async nextScheduled(db: EntityManager, orgId: string, seriesId: string, after: Date): Promise<MeetingRow | null> {
    const rows: MeetingRow[] = await db.query(
      `SELECT ${MEETING} FROM meetings m
        WHERE m.org_id = $1 AND m.series_id = $2 AND m.status = 'scheduled' AND m.scheduled_at > $3
        ORDER BY m.scheduled_at LIMIT 1`,
      [orgId, seriesId, after],
    );
    return rows[0] ?? null;
  }

  /** The latest meeting of the series that is not cancelled (the cadence counts on from it). */
  async latestNotCancelled(db: EntityManager, orgId: string, seriesId: string): Promise<MeetingRow | null> {
    const rows: MeetingRow[] = await db.query(
      `SELECT ${MEETING} FROM meetings m WHERE m.org_id = $1 AND m.series_id = $2 AND m.status <> 'cancelled'
       ORDER BY m.scheduled_at DESC LIMIT 1`,
      [orgId, seriesId],
    );
    return rows[0] ?? null;
  }

  /** The meeting held just before, in the same series. */
  async previousCompleted(
    db: EntityManager,
    orgId: string,
    seriesId: string,
    before: Date,
  ): Promise<MeetingRow | null> {
    const rows: MeetingRow[] = await db.query(
      `SELECT ${MEETING} FROM meetings m WHERE m.org_id = $1 AND m.series_id = $2 AND m.status = 'completed'
         AND m.scheduled_at < $3 ORDER BY m.scheduled_at DESC LIMIT 1`,
      [orgId, seriesId, before],
    );
    return rows[0] ?? null;
  }

  async insertMeeting(
    db: EntityManager,
    orgId: string,
    seriesId: string,
    scheduledAt: Date,
    durationMinutes: number,
    adHoc: boolean,
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO meetings (org_id, series_id, scheduled_at, duration_minutes, ad_hoc) VALUES ($1, $2, $3, $4, $5)
       RETURNING id`,
      [orgId, seriesId, scheduledAt, durationMinutes, adHoc],
    );
    return rows[0].id;
  }

  async reschedule(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    at: Date,
    duration: number,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE meetings SET scheduled_at = $4, duration_minutes = $5, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 AND status = 'scheduled' RETURNING id`,
      [orgId, id, version, at, duration],
    );
    return rows.length > 0;
  }

  async setStatus(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    status: MeetingStatusValue,
    completedById: string | null,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE meetings SET status = $4, completed_at = CASE WHEN $4 = 'completed' THEN now() END,
         completed_by_id = CASE WHEN $4 = 'completed' THEN $5::uuid END, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 AND status = 'scheduled' RETURNING id`,
      [orgId, id, version, status, completedById],
    );
    return rows.length > 0;
  }

  /** Cancels every scheduled meeting of the series (pausing or ending it); returns their ids. */
  async cancelScheduled(db: EntityManager, orgId: string, seriesId: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await db.query(
      `UPDATE meetings SET status = 'cancelled', version = version + 1, updated_at = now()
       WHERE org_id = $1 AND series_id = $2 AND status = 'scheduled' RETURNING id`,
      [orgId, seriesId],
    );
    return rows.map((r) => r.id);
  }

  async setMood(db: EntityManager, orgId: string, id: string, mood: number | null): Promise<void> {
    await db.query(`UPDATE meetings SET mood = $3, updated_at = now() WHERE org_id = $1 AND id = $2`, [
      orgId,
      id,
      mood,
    ]);
  }

  // ---- agenda -----------------------------------------------------------------------------------

  async points(db: EntityManager, orgId: string, meetingIds: readonly string[]): Promise<PointRow[]> {
    return db.query(
      `SELECT ${POINT} FROM ${POINT_FROM} WHERE p.org_id = $1 AND p.meeting_id = ANY($2::uuid[])
       ORDER BY p.meeting_id, p.position`,
      [orgId, meetingIds],
    );
  }

  async point(db: EntityManager, orgId: string, id: string): Promise<PointRow | null> {
    const rows: PointRow[] = await db.query(`SELECT ${POINT} FROM ${POINT_FROM} WHERE p.org_id = $1 AND p.id = $2`, [
      orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  async insertPoint(
    db: EntityManager,
    orgId: string,
    meetingId: string,
    authorId: string | null,
    text: string,
    tags: string[],
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO meeting_points (org_id, meeting_id, author_id, text, position, tags)
       VALUES ($1, $2, $3, $4,
         coalesce((SELECT max(position) + 1 FROM meeting_points WHERE org_id = $1 AND meeting_id = $2), 0), $5)
       RETURNING id`,
      [orgId, meetingId, authorId, text, tags],
    );
    return rows[0].id;
  }

  async updatePoint(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    fields: { text: string; tags: string[]; discussed: boolean },
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE meeting_points SET text = $4, tags = $5, discussed = $6, version = version + 1
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, fields.text, fields.tags, fields.discussed],
    );
    return rows.length > 0;
  }

  async deletePoint(db: EntityManager, orgId: string, id: string): Promise<void> {
    await db.query(`DELETE FROM meeting_points WHERE org_id = $1 AND id = $2`, [orgId, id]);
  }

  /** Writes a meeting's whole order (and moves points into it, marked with where they came from). */
  async placePoints(
    db: EntityManager,
    orgId: string,
    meetingId: string,
    order: { id: string; position: number; carriedFromMeetingId?: string }[],
  ): Promise<void> {
    if (order.length === 0) return;
    await db.query(
      `UPDATE meeting_points p SET meeting_id = $2, position = o.position,
         carried_from_meeting_id = coalesce(o.carried_from, p.carried_from_meeting_id),
         version = p.version + CASE WHEN p.meeting_id = $2 AND p.position = o.position THEN 0 ELSE 1 END
       FROM unnest($3::uuid[], $4::int[], $5::uuid[]) AS o(id, position, carried_from)
       WHERE p.org_id = $1 AND p.id = o.id`,
      [
        orgId,
        meetingId,
        order.map((o) => o.id),
        order.map((o) => o.position),
        order.map((o) => o.carriedFromMeetingId ?? null),
      ],
    );
  }

  // ---- action items -----------------------------------------------------------------------------

  async actionItemsOn(db: EntityManager, orgId: string, meetingIds: readonly string[]): Promise<ActionItemRow[]> {
    return db.query(
      `SELECT ${ITEM} FROM ${ITEM_FROM} WHERE a.org_id = $1 AND a.meeting_id = ANY($2::uuid[])
       ORDER BY a.done, a.due_date NULLS LAST, a.created_at`,
      [orgId, meetingIds],
    );
  }

  /** Items agreed in a meeting, wherever they show now (the previous meeting's summary). */
  async actionItemsAgreedIn(db: EntityManager, orgId: string, meetingId: string): Promise<ActionItemRow[]> {
    return db.query(
      `SELECT ${ITEM} FROM ${ITEM_FROM} WHERE a.org_id = $1 AND a.agreed_in_meeting_id = $2
       ORDER BY a.done DESC, a.created_at`,
      [orgId, meetingId],
    );
  }

  async actionItem(db: EntityManager, orgId: string, id: string): Promise<ActionItemRow | null> {
    const rows: ActionItemRow[] = await db.query(`SELECT ${ITEM} FROM ${ITEM_FROM} WHERE a.org_id = $1 AND a.id = $2`, [
      orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Open items owned by the person, across their series; overdue (earliest due) first. */
  async openItemsOwnedBy(db: EntityManager, orgId: string, ownerId: string): Promise<ActionItemRow[]> {
    return db.query(
      `SELECT ${ITEM} FROM ${ITEM_FROM}
        WHERE a.org_id = $1 AND a.owner_id = $2 AND NOT a.done AND s.status <> 'ended'
        ORDER BY a.due_date NULLS LAST, a.created_at`,
      [orgId, ownerId],
    );
  }

  async openItemCounts(
    db: EntityManager,
    orgId: string,
    seriesIds: readonly string[],
  ): Promise<{ seriesId: string; count: number }[]> {
    return db.query(
      `SELECT series_id AS "seriesId", count(*)::int AS count FROM meeting_action_items
        WHERE org_id = $1 AND series_id = ANY($2::uuid[]) AND NOT done GROUP BY series_id`,
      [orgId, seriesIds],
    );
  }

  async insertActionItem(
    db: EntityManager,
    orgId: string,
    item: { seriesId: string; meetingId: string; text: string; ownerId: string; dueDate: string | null },
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO meeting_action_items (org_id, series_id, meeting_id, agreed_in_meeting_id, text, owner_id, due_date)
       VALUES ($1, $2, $3, $3, $4, $5, $6) RETURNING id`,
      [orgId, item.seriesId, item.meetingId, item.text, item.ownerId, item.dueDate],
    );
    return rows[0].id;
  }

  async updateActionItem(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    fields: { text: string; ownerId: string; dueDate: string | null; done: boolean },
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE meeting_action_items SET text = $4, owner_id = $5, due_date = $6, done = $7,
         done_at = CASE WHEN $7 THEN coalesce(done_at, now()) END, version = version + 1
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, fields.text, fields.ownerId, fields.dueDate, fields.done],
    );
    return rows.length > 0;
  }

  async deleteActionItem(db: EntityManager, orgId: string, id: string, version: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `DELETE FROM meeting_action_items WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version],
    );
    return rows.length > 0;
  }

  async moveActionItems(db: EntityManager, orgId: string, ids: readonly string[], meetingId: string): Promise<void> {
    if (ids.length === 0) return;
    await db.query(
      `UPDATE meeting_action_items SET meeting_id = $3, version = version + 1 WHERE org_id = $1 AND id = ANY($2::uuid[])`,
      [orgId, ids, meetingId],
    );
  }

  // ---- notes, search, suggestions ---------------------------------------------------------------

  async sharedNotesText(db: EntityManager, orgId: string, meetingId: string): Promise<string | null> {
    const rows: { text: string }[] = await db.query(
      `SELECT plain_text AS text FROM meeting_shared_notes WHERE org_id = $1 AND meeting_id = $2`,
      [orgId, meetingId],
    );
    return rows[0]?.text ?? null;
  }

  /** Points, action items and shared notes of a series matching a text and/or a tag, newest first. */
  async search(
    db: EntityManager,
    orgId: string,
    seriesId: string,
    text: string | null,
    tag: string | null,
  ): Promise<{ meetingId: string; scheduledAt: Date; kind: string; text: string; tags: string[] }[]> {
    const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return db.query(
      `SELECT * FROM (
         SELECT m.id AS "meetingId", m.scheduled_at AS "scheduledAt", 'point' AS kind, p.text, p.tags
           FROM meeting_points p JOIN meetings m ON m.org_id = p.org_id AND m.id = p.meeting_id
          WHERE p.org_id = $1 AND m.series_id = $2
            AND ($3::text IS NULL OR p.text ILIKE $3) AND ($4::text IS NULL OR $4 = ANY(p.tags))
         UNION ALL
         SELECT m.id, m.scheduled_at, 'action_item', a.text, '{}'::text[]
           FROM meeting_action_items a JOIN meetings m ON m.org_id = a.org_id AND m.id = a.meeting_id
          WHERE a.org_id = $1 AND a.series_id = $2 AND $4::text IS NULL AND ($3::text IS NULL OR a.text ILIKE $3)
         UNION ALL
         SELECT m.id, m.scheduled_at, 'notes', left(n.plain_text, 300), n.tags
           FROM meeting_shared_notes n JOIN meetings m ON m.org_id = n.org_id AND m.id = n.meeting_id
          WHERE n.org_id = $1 AND m.series_id = $2
            AND ($3::text IS NULL OR n.plain_text ILIKE $3) AND ($4::text IS NULL OR $4 = ANY(n.tags))
       ) hits ORDER BY "scheduledAt" DESC LIMIT 100`,
      [orgId, seriesId, pattern, tag],
    );
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

  /** Completed meetings' days (held when planned, or earlier if completed early; in the series' time zone) per series since a day: cadence figures, no content. */
  async heldDays(
    db: EntityManager,
    orgId: string,
    seriesIds: readonly string[],
    from: string,
  ): Promise<{ seriesId: string; day: string }[]> {
    return db.query(
      `SELECT m.series_id AS "seriesId",
              to_char(least(m.scheduled_at, m.completed_at) AT TIME ZONE s.time_zone, 'YYYY-MM-DD') AS day
         FROM meetings m JOIN one_on_one_series s ON s.org_id = m.org_id AND s.id = m.series_id
        WHERE m.org_id = $1 AND m.series_id = ANY($2::uuid[]) AND m.status = 'completed'
          AND least(m.scheduled_at, m.completed_at) >= ($3::date - 2)`,
      [orgId, seriesIds, from],
    );
  }
}
