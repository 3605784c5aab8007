import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ReviewReadinessValue } from './reviews.enums';

export interface CycleRow {
  id: string;
  quarter: string;
  status: 'open' | 'closed';
  openedAt: Date;
  openedByName: string | null;
  closedAt: Date | null;
  closedByName: string | null;
  teamSnapshot: unknown;
  version: number;
}

/** A review without its snapshot, with its person's place in the organization. */
export interface ReviewRow {
  id: string;
  cycleId: string;
  personId: string;
  personName: string;
  personTitle: string | null;
  teamName: string | null;
  managerId: string | null;
  managerName: string | null;
  active: boolean;
  track: string;
  level: string;
  summary: string;
  strengths: string;
  focus: string;
  readiness: ReviewReadinessValue | null;
  reflection: string;
  sharedAt: Date | null;
  sharedByName: string | null;
  acknowledgedAt: Date | null;
  focusGoalId: string | null;
  version: number;
  updatedAt: Date;
}

export interface ReviewWriting {
  summary: string;
  strengths: string;
  focus: string;
  readiness: ReviewReadinessValue | null;
}

export interface AdjustmentRow {
  reviewId: string;
  fromReadiness: ReviewReadinessValue | null;
  toReadiness: ReviewReadinessValue;
  reason: string;
  byName: string;
  at: Date;
}

const CYCLE = `id, quarter, status, opened_at AS "openedAt", opened_by_name AS "openedByName", closed_at AS "closedAt",
  closed_by_name AS "closedByName", team_snapshot AS "teamSnapshot", version`;

const REVIEW = `r.id, r.cycle_id AS "cycleId", r.person_id AS "personId", p.name AS "personName", p.title AS "personTitle",
  t.name AS "teamName", p.manager_id AS "managerId", m.name AS "managerName", p.active,
  p.track, p.level,
  r.summary, r.strengths, r.focus, r.readiness, r.reflection, r.shared_at AS "sharedAt",
  r.shared_by_name AS "sharedByName", r.acknowledged_at AS "acknowledgedAt", r.focus_goal_id AS "focusGoalId", r.version, r.updated_at AS "updatedAt"`;

const REVIEW_FROM = `reviews r JOIN people p ON p.org_id = r.org_id AND p.id = r.person_id
  LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.team_id
  LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id`;

/** Every statement of review cycles and reviews, scoped by organization (an UPDATE answers [rows, count]). */
@Injectable()
export class ReviewsRepository {
  cycles(db: EntityManager, orgId: string): Promise<CycleRow[]> {
    return db.query(`SELECT ${CYCLE} FROM review_cycles WHERE org_id = $1 ORDER BY quarter DESC`, [orgId]);
  }

  async cycle(db: EntityManager, orgId: string, id: string): Promise<CycleRow | null> {
    const rows: CycleRow[] = await db.query(`SELECT ${CYCLE} FROM review_cycles WHERE org_id = $1 AND id = $2`, [
      orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  async cycleOfQuarter(db: EntityManager, orgId: string, quarter: string): Promise<CycleRow | null> {
    const rows: CycleRow[] = await db.query(`SELECT ${CYCLE} FROM review_cycles WHERE org_id = $1 AND quarter = $2`, [
      orgId,
      quarter,
    ]);
    return rows[0] ?? null;
  }

  /** The new cycle's id, or null when the quarter has one already. */
  async insertCycle(db: EntityManager, orgId: string, quarter: string, byName: string): Promise<string | null> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO review_cycles (org_id, quarter, opened_by_name) VALUES ($1, $2, $3)
       ON CONFLICT (org_id, quarter) DO NOTHING RETURNING id`,
      [orgId, quarter, byName],
    );
    return rows[0]?.id ?? null;
  }

  /** A review for every active person of an open cycle who has none yet (people who joined since). */
  async ensureReviews(db: EntityManager, orgId: string, cycleId: string): Promise<void> {
    await db.query(
      `INSERT INTO reviews (org_id, cycle_id, person_id)
       SELECT p.org_id, c.id, p.id FROM people p JOIN review_cycles c ON c.org_id = p.org_id AND c.id = $2
        WHERE p.org_id = $1 AND p.active AND c.status = 'open'
       ON CONFLICT (org_id, cycle_id, person_id) DO NOTHING`,
      [orgId, cycleId],
    );
  }

  /** The reviews of a cycle, of these people (null: everyone), by team then name. */
  reviewsOfCycle(
    db: EntityManager,
    orgId: string,
    cycleId: string,
    personIds: readonly string[] | null,
  ): Promise<ReviewRow[]> {
    return db.query(
      `SELECT ${REVIEW} FROM ${REVIEW_FROM}
        WHERE r.org_id = $1 AND r.cycle_id = $2 AND ($3::uuid[] IS NULL OR r.person_id = ANY($3))
        ORDER BY t.name NULLS LAST, p.name, p.id`,
      [orgId, cycleId, personIds],
    );
  }

  async review(db: EntityManager, orgId: string, id: string): Promise<ReviewRow | null> {
    const rows: ReviewRow[] = await db.query(`SELECT ${REVIEW} FROM ${REVIEW_FROM} WHERE r.org_id = $1 AND r.id = $2`, [
      orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** One person's reviews across cycles, newest quarter first. */
  reviewsOfPerson(db: EntityManager, orgId: string, personId: string): Promise<(ReviewRow & { quarter: string })[]> {
    return db.query(
      `SELECT ${REVIEW}, c.quarter FROM ${REVIEW_FROM} JOIN review_cycles c ON c.org_id = r.org_id AND c.id = r.cycle_id
        WHERE r.org_id = $1 AND r.person_id = $2 ORDER BY c.quarter DESC`,
      [orgId, personId],
    );
  }

  /** The stored packets of reviews (closed cycles only have them). */
  async snapshots(db: EntityManager, orgId: string, reviewIds: readonly string[]): Promise<Map<string, unknown>> {
    if (reviewIds.length === 0) return new Map();
    const rows: { id: string; snapshot: unknown }[] = await db.query(
      `SELECT id, snapshot FROM reviews WHERE org_id = $1 AND id = ANY($2::uuid[]) AND snapshot IS NOT NULL`,
      [orgId, reviewIds],
    );
    return new Map(rows.map((r) => [r.id, r.snapshot]));
  }

  /** False when the version is stale. */
  async write(db: EntityManager, orgId: string, id: string, version: number, w: ReviewWriting): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE reviews SET summary = $4, strengths = $5, focus = $6, readiness = $7, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, w.summary, w.strengths, w.focus, w.readiness],
    );
    return rows.length === 1;
  }

  async share(db: EntityManager, orgId: string, id: string, version: number, byName: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE reviews SET shared_at = now(), shared_by_name = $4, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, byName],
    );
    return rows.length === 1;
  }

  async reflect(db: EntityManager, orgId: string, id: string, version: number, reflection: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE reviews SET reflection = $4, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, reflection],
    );
    return rows.length === 1;
  }

  async acknowledge(db: EntityManager, orgId: string, id: string, version: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE reviews SET acknowledged_at = now(), version = version + 1, updated_at = now()
        WHERE org_id = $1 AND id = $2 AND version = $3 AND shared_at IS NOT NULL RETURNING id`,
      [orgId, id, version],
    );
    return rows.length === 1;
  }

  /** Links the draft goal made from the focus; false when one is linked already. */
  async linkFocusGoal(db: EntityManager, orgId: string, id: string, goalId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE reviews SET focus_goal_id = $3 WHERE org_id = $1 AND id = $2 AND focus_goal_id IS NULL RETURNING id`,
      [orgId, id, goalId],
    );
    return rows.length === 1;
  }

  async adjustReadiness(
    db: EntityManager,
    orgId: string,
    review: Pick<ReviewRow, 'id' | 'version' | 'readiness'>,
    to: ReviewReadinessValue,
    reason: string,
    byName: string,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE reviews SET readiness = $4, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, review.id, review.version, to],
    );
    if (rows.length !== 1) return false;
    await db.query(
      `INSERT INTO review_readiness_adjustments (org_id, review_id, from_readiness, to_readiness, reason, by_name)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [orgId, review.id, review.readiness, to, reason, byName],
    );
    return true;
  }

  adjustments(db: EntityManager, orgId: string, reviewIds: readonly string[]): Promise<AdjustmentRow[]> {
    if (reviewIds.length === 0) return Promise.resolve([]);
    return db.query(
      `SELECT review_id AS "reviewId", from_readiness AS "fromReadiness", to_readiness AS "toReadiness", reason,
              by_name AS "byName", at
         FROM review_readiness_adjustments WHERE org_id = $1 AND review_id = ANY($2::uuid[]) ORDER BY at`,
      [orgId, reviewIds],
    );
  }

  /** Stores every review's packet, then closes the cycle with the team's figures: after this nothing changes. */
  async close(
    db: EntityManager,
    orgId: string,
    cycle: Pick<CycleRow, 'id' | 'version'>,
    packets: ReadonlyMap<string, unknown>,
    teamSnapshot: unknown,
    byName: string,
  ): Promise<boolean> {
    const ids = [...packets.keys()];
    if (ids.length > 0) {
      await db.query(
        `UPDATE reviews r SET snapshot = s.snapshot
           FROM unnest($2::uuid[], $3::jsonb[]) AS s(id, snapshot)
          WHERE r.org_id = $1 AND r.id = s.id`,
        [orgId, ids, ids.map((id) => JSON.stringify(packets.get(id)))],
      );
    }
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE review_cycles SET status = 'closed', closed_at = now(), closed_by_name = $4, team_snapshot = $5,
              version = version + 1
        WHERE org_id = $1 AND id = $2 AND version = $3 AND status = 'open' RETURNING id`,
      [orgId, cycle.id, cycle.version, byName, JSON.stringify(teamSnapshot)],
    );
    return rows.length === 1;
  }

  /** True when someone among these people manages others: their manager is then a director. */
  async anyManages(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<boolean> {
    if (personIds.length === 0) return false;
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM people WHERE org_id = $1 AND active AND manager_id = ANY($2::uuid[]) LIMIT 1`,
      [orgId, personIds],
    );
    return rows.length > 0;
  }
}
