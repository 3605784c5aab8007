import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A quarter as the packet reads it. */
export interface PacketQuarter {
  key: string;
  previousKey: string;
  start: string;
  end: string;
}

export interface PacketRatingRow {
  personId: string;
  competencyKey: string;
  quarter: string;
  source: 'self' | 'manager';
  rating: string;
}

export interface PacketGoalRow {
  id: string;
  personId: string;
  title: string;
  status: 'active' | 'at_risk' | 'done' | 'dropped';
  competencyKeys: string[];
  /** The day a finished or dropped goal last changed: when it was finished. */
  closedOn: string | null;
}

export interface PacketCheckInRow {
  goalId: string;
  date: string;
  progress: number;
  confidence: 'on_track' | 'at_risk' | 'off_track';
}

export interface PacketEvidenceRow {
  id: string;
  personId: string;
  title: string;
  date: string;
  kind: string;
  competencyKeys: string[];
  incidentRole: string | null;
  incidentSeverity: string | null;
  fromStaffing: boolean;
}

export interface PacketSeriesRow {
  id: string;
  personId: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  startedOn: string;
  endedOn: string | null;
  timeZone: string;
}

export interface PacketHeldRow {
  seriesId: string;
  day: string;
}

export interface PacketActionItemRow {
  personId: string;
  done: boolean;
  doneOn: string | null;
  dueOn: string | null;
}

/**
 * What a review packet is computed from, read for many people at once in a fixed number of
 * statements. Only the person's own manager one-on-ones count, and only their dates, items and
 * goals: never a note, shared or private.
 */
@Injectable()
export class PacketRepository {
  /** Every rating up to the quarter: readiness reads the latest of each competency. */
  ratings(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    q: PacketQuarter,
  ): Promise<PacketRatingRow[]> {
    return db.query(
      `SELECT person_id AS "personId", competency_key AS "competencyKey", quarter, source, rating
         FROM assessments WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND quarter <= $3`,
      [orgId, personIds, q.key],
    );
  }

  /** People (of these) whose manager ratings of a quarter were shared with them. */
  async releasedTo(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    quarter: string,
  ): Promise<Set<string>> {
    const rows: { personId: string }[] = await db.query(
      `SELECT person_id AS "personId" FROM assessment_releases WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND quarter = $3`,
      [orgId, personIds, quarter],
    );
    return new Set(rows.map((r) => r.personId));
  }

  /** Goals begun by the quarter's end and not closed before it began. */
  goals(db: EntityManager, orgId: string, personIds: readonly string[], q: PacketQuarter): Promise<PacketGoalRow[]> {
    return db.query(
      `SELECT id, person_id AS "personId", title, status, competency_keys AS "competencyKeys",
              CASE WHEN status IN ('done', 'dropped') THEN to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') END AS "closedOn"
         FROM goals
        WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND status <> 'draft' AND start_date <= $4
          AND (status NOT IN ('done', 'dropped') OR updated_at >= $3::date)
        ORDER BY title, id`,
      [orgId, personIds, q.start, q.end],
    );
  }

  checkIns(
    db: EntityManager,
    orgId: string,
    goalIds: readonly string[],
    q: PacketQuarter,
  ): Promise<PacketCheckInRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return db.query(
      `SELECT goal_id AS "goalId", to_char(date, 'YYYY-MM-DD') AS date, progress, confidence
         FROM goal_check_ins WHERE org_id = $1 AND goal_id = ANY($2::uuid[]) AND date <= $3
        ORDER BY date, created_at`,
      [orgId, goalIds, q.end],
    );
  }

  evidence(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    q: PacketQuarter,
  ): Promise<PacketEvidenceRow[]> {
    return db.query(
      `SELECT id, person_id AS "personId", title, to_char(date, 'YYYY-MM-DD') AS date, kind,
              competency_keys AS "competencyKeys", incident_role AS "incidentRole",
              incident_severity AS "incidentSeverity", allocation_id IS NOT NULL AS "fromStaffing"
         FROM evidence WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND date BETWEEN $3 AND $4
        ORDER BY date, title`,
      [orgId, personIds, q.start, q.end],
    );
  }

  /** Each person's one-on-one series with their manager (the person is the partner), any status. */
  series(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<PacketSeriesRow[]> {
    return db.query(
      `SELECT id, partner_id AS "personId", cadence, time_zone AS "timeZone",
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "startedOn",
              CASE WHEN status = 'ended' THEN to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') END AS "endedOn"
         FROM one_on_one_series
        WHERE org_id = $1 AND partner_id = ANY($2::uuid[]) AND kind = 'manager_report'`,
      [orgId, personIds],
    );
  }

  /** The days (in each series' own zone) of the meetings held within the quarter. */
  held(db: EntityManager, orgId: string, seriesIds: readonly string[], q: PacketQuarter): Promise<PacketHeldRow[]> {
    if (seriesIds.length === 0) return Promise.resolve([]);
    return db.query(
      `SELECT m.series_id AS "seriesId",
              to_char(least(m.scheduled_at, m.completed_at) AT TIME ZONE s.time_zone, 'YYYY-MM-DD') AS day
         FROM meetings m JOIN one_on_one_series s ON s.org_id = m.org_id AND s.id = m.series_id
        WHERE m.org_id = $1 AND m.series_id = ANY($2::uuid[]) AND m.status = 'completed'
          AND least(m.scheduled_at, m.completed_at) >= ($3::date - 1) AND least(m.scheduled_at, m.completed_at) < ($4::date + 2)`,
      [orgId, seriesIds, q.start, q.end],
    );
  }

  /** Action items of those series agreed by the quarter's end and still open at its start. */
  actionItems(
    db: EntityManager,
    orgId: string,
    seriesIds: readonly string[],
    q: PacketQuarter,
  ): Promise<PacketActionItemRow[]> {
    if (seriesIds.length === 0) return Promise.resolve([]);
    return db.query(
      `SELECT s.partner_id AS "personId", i.done, to_char(i.done_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "doneOn",
              to_char(i.due_date, 'YYYY-MM-DD') AS "dueOn"
         FROM meeting_action_items i JOIN one_on_one_series s ON s.org_id = i.org_id AND s.id = i.series_id
        WHERE i.org_id = $1 AND i.series_id = ANY($2::uuid[]) AND i.created_at < ($4::date + 1)
          AND (NOT i.done OR i.done_at >= $3::date)`,
      [orgId, seriesIds, q.start, q.end],
    );
  }
}
