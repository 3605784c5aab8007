import { EntityManager } from 'typeorm';
import {
  ALLOCATION_COLUMNS,
  AllocationFields,
  AllocationRow,
  FROM_ALLOCATIONS,
} from '../allocations/allocations.repository';
import { StaffedPersonRow } from '../timeline/timeline.repository';

export type ScenarioStatusValue = 'draft' | 'applied' | 'discarded';

export interface ScenarioRow {
  id: string;
  name: string;
  status: ScenarioStatusValue;
  version: number;
  authorUserId: string | null;
  /** The author's name (their person's), else their email; null once the account is gone. */
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  added: number;
  changed: number;
  removed: number;
}

/** What the plan allocation a scenario changes or removes was when the scenario did. */
export interface AllocationBase {
  projectName: string | null;
  percent: number;
  startDate: string;
  endDate: string;
}

export interface DraftRow extends AllocationRow {
  base: AllocationBase | null;
  personName: string;
}

export interface PlanVersionRow {
  id: string;
  version: number;
  personId: string;
  personName: string;
  projectName: string | null;
  percent: number;
  startDate: string;
  endDate: string;
}

const SCENARIO = `s.id, s.name, s.status, s.version, s.created_by_user_id AS "authorUserId",
  coalesce(pe.name, u.email) AS "authorName", s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  s.closed_at AS "closedAt",
  count(a.id) FILTER (WHERE a.replaces_id IS NULL)::int AS added,
  count(a.id) FILTER (WHERE a.replaces_id IS NOT NULL AND NOT a.removed)::int AS changed,
  count(a.id) FILTER (WHERE a.removed)::int AS removed`;
const FROM_SCENARIOS = `FROM scenarios s
  LEFT JOIN users u ON u.org_id = s.org_id AND u.id = s.created_by_user_id
  LEFT JOIN people pe ON pe.org_id = u.org_id AND pe.id = u.person_id
  LEFT JOIN allocations a ON a.org_id = s.org_id AND a.scenario_id = s.id`;

/** Scenarios and their draft rows (allocations with the scenario's id), scoped by organization. */
export class ScenariosRepository {
  /** Drafts first, newest first; everyone's (null) or one author's; closed ones only when asked. */
  list(db: EntityManager, orgId: string, authorUserId: string | null, includeClosed: boolean): Promise<ScenarioRow[]> {
    return db.query(
      `SELECT ${SCENARIO} ${FROM_SCENARIOS}
       WHERE s.org_id = $1 AND ($2::uuid IS NULL OR s.created_by_user_id = $2) AND ($3 OR s.status = 'draft')
       GROUP BY s.id, pe.name, u.email
       ORDER BY s.status = 'draft' DESC, coalesce(s.closed_at, s.updated_at) DESC, s.id
       LIMIT 200`,
      [orgId, authorUserId, includeClosed],
    );
  }

  async byId(db: EntityManager, orgId: string, id: string): Promise<ScenarioRow | null> {
    const rows: ScenarioRow[] = await db.query(
      `SELECT ${SCENARIO} ${FROM_SCENARIOS} WHERE s.org_id = $1 AND s.id = $2 GROUP BY s.id, pe.name, u.email`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  /** Holds the scenario's row to the end of the transaction: its writes go one after another. */
  async lock(db: EntityManager, orgId: string, id: string): Promise<{ status: ScenarioStatusValue } | null> {
    const rows: { status: ScenarioStatusValue }[] = await db.query(
      `SELECT status FROM scenarios WHERE org_id = $1 AND id = $2 FOR UPDATE`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  async insert(db: EntityManager, orgId: string, name: string, userId: string): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO scenarios (org_id, name, created_by_user_id) VALUES ($1, $2, $3) RETURNING id`,
      [orgId, name, userId],
    );
    return rows[0].id;
  }

  /** False when the scenario was changed since `version` (or is closed). */
  async rename(db: EntityManager, orgId: string, id: string, version: number, name: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE scenarios SET name = $4, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 AND status = 'draft' RETURNING id`,
      [orgId, id, version, name],
    );
    return rows.length > 0;
  }

  /** A change to a draft's contents: a newer version, so that applying names what it saw. */
  async touch(db: EntityManager, orgId: string, id: string): Promise<void> {
    await db.query(`UPDATE scenarios SET version = version + 1, updated_at = now() WHERE org_id = $1 AND id = $2`, [
      orgId,
      id,
    ]);
  }

  /** Closes a draft (applied or discarded); false when it changed since `version` or is closed. */
  async close(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    status: 'applied' | 'discarded',
    userId: string,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE scenarios SET status = $4, version = version + 1, updated_at = now(), closed_at = now(),
         closed_by_user_id = $5
       WHERE org_id = $1 AND id = $2 AND version = $3 AND status = 'draft' RETURNING id`,
      [orgId, id, version, status, userId],
    );
    return rows.length > 0;
  }

  /** Every draft row of the scenario, tombstones included. */
  drafts(db: EntityManager, orgId: string, scenarioId: string): Promise<DraftRow[]> {
    return db.query(
      `SELECT ${ALLOCATION_COLUMNS}, a.base, pe.name AS "personName" ${FROM_ALLOCATIONS}
         JOIN people pe ON pe.org_id = a.org_id AND pe.id = a.person_id
       WHERE a.org_id = $1 AND a.scenario_id = $2 ORDER BY pe.name, a.start_date, a.id`,
      [orgId, scenarioId],
    );
  }

  /** These people, as the capacity maths reads them (active or not). */
  people(db: EntityManager, orgId: string, ids: readonly string[]): Promise<StaffedPersonRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.query(
      `SELECT p.id, p.name, p.title, p.team_id AS "teamId", t.name AS "teamName", p.track,
         p.working_days::int[] AS "workingDays", p.holiday_calendar_id AS "holidayCalendarId", hc.name AS "holidayCalendarName"
       FROM people p LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.team_id
         LEFT JOIN holiday_calendars hc ON hc.org_id = p.org_id AND hc.id = p.holiday_calendar_id
       WHERE p.org_id = $1 AND p.id = ANY($2::uuid[]) ORDER BY p.name, p.id`,
      [orgId, ids],
    );
  }

  /** Holds these people's rows, in one order (by id) so that two writers never wait on each other in a circle. */
  async lockPeople(db: EntityManager, orgId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await db.query(`SELECT id FROM people WHERE org_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`, [
      orgId,
      ids,
    ]);
  }

  /** A row the scenario may edit: a plan allocation, or one of its own drafts. */
  async editable(db: EntityManager, orgId: string, scenarioId: string, id: string): Promise<AllocationRow | null> {
    const rows: AllocationRow[] = await db.query(
      `SELECT ${ALLOCATION_COLUMNS} ${FROM_ALLOCATIONS}
       WHERE a.org_id = $1 AND a.id = $2 AND (a.scenario_id IS NULL OR a.scenario_id = $3)`,
      [orgId, id, scenarioId],
    );
    return rows[0] ?? null;
  }

  /** The scenario's draft of this plan allocation, if it has one. */
  async draftOf(db: EntityManager, orgId: string, scenarioId: string, planId: string): Promise<string | null> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM allocations WHERE org_id = $1 AND scenario_id = $2 AND replaces_id = $3`,
      [orgId, scenarioId, planId],
    );
    return rows[0]?.id ?? null;
  }

  /** The plan of record's allocations with these ids that still exist, with their people. */
  planVersions(db: EntityManager, orgId: string, ids: readonly string[]): Promise<PlanVersionRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.query(
      `SELECT a.id, a.version, a.person_id AS "personId", pe.name AS "personName", p.name AS "projectName", a.percent,
         to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.end_date, 'YYYY-MM-DD') AS "endDate"
       FROM allocations a JOIN people pe ON pe.org_id = a.org_id AND pe.id = a.person_id
         LEFT JOIN projects p ON p.org_id = a.org_id AND p.id = a.project_id
       WHERE a.org_id = $1 AND a.id = ANY($2::uuid[]) AND a.scenario_id IS NULL`,
      [orgId, ids],
    );
  }

  /** A draft that adds work (no plan allocation behind it). */
  async insertDraft(
    db: EntityManager,
    orgId: string,
    scenarioId: string,
    personId: string,
    fields: AllocationFields,
    userId: string,
    replaces: { id: string; version: number; removed: boolean; base: AllocationBase } | null,
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO allocations (org_id, scenario_id, person_id, project_id, need_id, kind, percent, start_date, end_date,
         status, note, created_by_user_id, replaces_id, replaces_version, removed, base)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        orgId,
        scenarioId,
        personId,
        fields.projectId,
        fields.needId,
        fields.kind,
        fields.percent,
        fields.startDate,
        fields.endDate,
        fields.status,
        fields.note,
        userId,
        replaces?.id ?? null,
        replaces?.version ?? null,
        replaces?.removed ?? false,
        replaces ? JSON.stringify(replaces.base) : null,
      ],
    );
    return rows[0].id;
  }

  /** False when the draft was changed since `version`. */
  async updateDraft(
    db: EntityManager,
    orgId: string,
    scenarioId: string,
    id: string,
    version: number,
    fields: AllocationFields,
    removed = false,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE allocations SET project_id = $5, need_id = $6, kind = $7, percent = $8, start_date = $9, end_date = $10,
         status = $11, note = $12, removed = $13, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND scenario_id = $2 AND id = $3 AND version = $4 RETURNING id`,
      [
        orgId,
        scenarioId,
        id,
        version,
        fields.projectId,
        fields.needId,
        fields.kind,
        fields.percent,
        fields.startDate,
        fields.endDate,
        fields.status,
        fields.note,
        removed,
      ],
    );
    return rows.length > 0;
  }

  /** Drops a draft (the plan shows through again); false when it changed since `version`. */
  async deleteDraft(
    db: EntityManager,
    orgId: string,
    scenarioId: string,
    id: string,
    version: number | null,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `DELETE FROM allocations WHERE org_id = $1 AND scenario_id = $2 AND id = $3 AND ($4::int IS NULL OR version = $4)
       RETURNING id`,
      [orgId, scenarioId, id, version],
    );
    return rows.length > 0;
  }

  /** The stretch goals of one allocation copied to another (a draft of it, or back to the plan). */
  async copyStretches(db: EntityManager, orgId: string, fromId: string, toId: string): Promise<void> {
    await db.query(
      `INSERT INTO allocation_goals (org_id, allocation_id, goal_id)
       SELECT org_id, $3, goal_id FROM allocation_goals WHERE org_id = $1 AND allocation_id = $2
       ON CONFLICT DO NOTHING`,
      [orgId, fromId, toId],
    );
  }

  /** Drops every draft of a scenario (discarded). */
  async deleteDrafts(db: EntityManager, orgId: string, scenarioId: string): Promise<void> {
    await db.query(`DELETE FROM allocations WHERE org_id = $1 AND scenario_id = $2`, [orgId, scenarioId]);
  }

  /**
   * Makes a scenario's drafts the plan, in six statements: changed plan allocations take their
   * draft's fields and goals (and a new version), removed ones go, the drafts of both go, and
   * added drafts become plan allocations (keeping their ids and goals). The caller has locked
   * the people and checked the versions.
   */
  async apply(db: EntityManager, orgId: string, scenarioId: string): Promise<void> {
    await db.query(
      `UPDATE allocations p SET project_id = d.project_id, need_id = d.need_id, kind = d.kind, percent = d.percent,
         start_date = d.start_date, end_date = d.end_date, status = d.status, note = d.note,
         version = p.version + 1, updated_at = now()
       FROM allocations d
       WHERE d.org_id = $1 AND d.scenario_id = $2 AND d.replaces_id IS NOT NULL AND NOT d.removed
         AND p.org_id = $1 AND p.id = d.replaces_id AND p.scenario_id IS NULL`,
      [orgId, scenarioId],
    );
    await db.query(
      `DELETE FROM allocation_goals g USING allocations d
       WHERE d.org_id = $1 AND d.scenario_id = $2 AND d.replaces_id IS NOT NULL AND NOT d.removed
         AND g.org_id = $1 AND g.allocation_id = d.replaces_id`,
      [orgId, scenarioId],
    );
    await db.query(
      `INSERT INTO allocation_goals (org_id, allocation_id, goal_id)
       SELECT $1, d.replaces_id, g.goal_id FROM allocations d
         JOIN allocation_goals g ON g.org_id = $1 AND g.allocation_id = d.id
       WHERE d.org_id = $1 AND d.scenario_id = $2 AND d.replaces_id IS NOT NULL AND NOT d.removed`,
      [orgId, scenarioId],
    );
    await db.query(
      `DELETE FROM allocations p USING allocations d
       WHERE d.org_id = $1 AND d.scenario_id = $2 AND d.removed AND p.org_id = $1 AND p.id = d.replaces_id
         AND p.scenario_id IS NULL`,
      [orgId, scenarioId],
    );
    await db.query(`DELETE FROM allocations WHERE org_id = $1 AND scenario_id = $2 AND replaces_id IS NOT NULL`, [
      orgId,
      scenarioId,
    ]);
    await db.query(
      `UPDATE allocations SET scenario_id = NULL, updated_at = now() WHERE org_id = $1 AND scenario_id = $2`,
      [orgId, scenarioId],
    );
  }
}
