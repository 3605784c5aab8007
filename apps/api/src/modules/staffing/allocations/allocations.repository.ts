import { EntityManager } from 'typeorm';

export type WorkKindValue = 'delivery' | 'development' | 'support';
export type AllocationStatusValue = 'tentative' | 'confirmed';

export interface AllocationFields {
  projectId: string | null;
  needId: string | null;
  kind: WorkKindValue;
  percent: number;
  startDate: string;
  endDate: string;
  status: AllocationStatusValue;
  note: string;
}

/** What a scenario's draft row does to the plan of record. */
export type ScenarioChangeValue = 'added' | 'changed' | 'removed';

export interface AllocationRow extends AllocationFields {
  id: string;
  personId: string;
  projectName: string | null;
  version: number;
  /** What the work exercises: its need's competencies, else those of all its project's needs. */
  competencyKeys: string[];
  /** Null in the plan of record; a scenario's id on its draft rows. */
  scenarioId: string | null;
  /** The plan allocation a draft changes or removes, and its version when the scenario did. */
  replacesId: string | null;
  replacesVersion: number | null;
  /** A tombstone: the scenario removes `replacesId`. Never counted in any figure. */
  removed: boolean;
  /** Null on the plan of record's rows. */
  change: ScenarioChangeValue | null;
}

export interface StretchRow {
  allocationId: string;
  goalId: string;
  title: string;
}

const ALLOCATION = `a.id, a.person_id AS "personId", a.project_id AS "projectId", p.name AS "projectName",
  a.need_id AS "needId", a.kind, a.percent, to_char(a.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(a.end_date, 'YYYY-MM-DD') AS "endDate", a.status, a.note, a.version,
  a.scenario_id AS "scenarioId", a.replaces_id AS "replacesId", a.replaces_version AS "replacesVersion", a.removed,
  CASE WHEN a.scenario_id IS NULL THEN NULL WHEN a.removed THEN 'removed' WHEN a.replaces_id IS NOT NULL THEN 'changed'
    ELSE 'added' END AS "change",
  coalesce(CASE WHEN a.need_id IS NOT NULL THEN
      (SELECT array_agg(c.competency_key ORDER BY c.competency_key) FROM project_need_competencies c
        WHERE c.org_id = a.org_id AND c.need_id = a.need_id)
    ELSE
      (SELECT array_agg(DISTINCT c.competency_key) FROM project_needs n
         JOIN project_need_competencies c ON c.org_id = n.org_id AND c.need_id = n.id
        WHERE n.org_id = a.org_id AND n.project_id = a.project_id)
    END, '{}') AS "competencyKeys"`;
export const FROM_ALLOCATIONS = `FROM allocations a LEFT JOIN projects p ON p.org_id = a.org_id AND p.id = a.project_id`;
export const ALLOCATION_COLUMNS = ALLOCATION;

/**
 * The rows a plan is made of, as a condition on the allocations aliased `alias`: the plan of
 * record (no scenario), or, given the parameter that holds a scenario's id, the plan as that
 * scenario leaves it: its drafts (tombstones included, which no figure counts) and the plan's
 * allocations it does not change or remove.
 */
export function inPlan(alias: string, scenarioParam: string | null): string {
  if (!scenarioParam) return `${alias}.scenario_id IS NULL`;
  return `(${alias}.scenario_id = ${scenarioParam}::uuid OR ${alias}.scenario_id IS NULL AND NOT EXISTS (
    SELECT 1 FROM allocations d WHERE d.org_id = ${alias}.org_id AND d.scenario_id = ${scenarioParam}::uuid
      AND d.replaces_id = ${alias}.id))`;
}

/**
 * Every query of allocations in the plan of record (no scenario), scoped by organization; reads
 * may ask for the plan as a scenario leaves it (the scenario's own writes are in ScenariosRepository).
 */
export class AllocationsRepository {
  /** The allocations of these people that overlap [from, to]. */
  forPeople(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    from: string,
    to: string,
    scenarioId: string | null = null,
  ): Promise<AllocationRow[]> {
    return db.query(
      `SELECT ${ALLOCATION} ${FROM_ALLOCATIONS}
       WHERE a.org_id = $1 AND ${inPlan('a', scenarioId ? '$5' : null)} AND a.person_id = ANY($2::uuid[])
         AND a.start_date <= $4 AND a.end_date >= $3
       ORDER BY a.start_date, a.id`,
      scenarioId ? [orgId, personIds, from, to, scenarioId] : [orgId, personIds, from, to],
    );
  }

  async byId(db: EntityManager, orgId: string, id: string): Promise<AllocationRow | null> {
    const rows: AllocationRow[] = await db.query(
      `SELECT ${ALLOCATION} ${FROM_ALLOCATIONS} WHERE a.org_id = $1 AND a.id = $2 AND a.scenario_id IS NULL`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  /**
   * Holds the person's row to the end of the transaction: every write of a person's allocations
   * takes it first, so two planners never both see room for the same week.
   */
  async lockPerson(db: EntityManager, orgId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT id FROM people WHERE org_id = $1 AND id = $2 FOR UPDATE`, [
      orgId,
      personId,
    ]);
    return rows.length > 0;
  }

  async insert(
    db: EntityManager,
    orgId: string,
    personId: string,
    fields: AllocationFields,
    userId: string,
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO allocations (org_id, person_id, project_id, need_id, kind, percent, start_date, end_date, status,
         note, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        orgId,
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
      ],
    );
    return rows[0].id;
  }

  /** False when the allocation was changed since `version` (or is gone). */
  async update(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    fields: AllocationFields,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE allocations SET project_id = $4, need_id = $5, kind = $6, percent = $7, start_date = $8, end_date = $9,
         status = $10, note = $11, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 AND scenario_id IS NULL RETURNING id`,
      [
        orgId,
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
      ],
    );
    return rows.length > 0;
  }

  async delete(db: EntityManager, orgId: string, id: string, version: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `DELETE FROM allocations WHERE org_id = $1 AND id = $2 AND version = $3 AND scenario_id IS NULL RETURNING id`,
      [orgId, id, version],
    );
    return rows.length > 0;
  }

  stretchesOf(db: EntityManager, orgId: string, allocationIds: readonly string[]): Promise<StretchRow[]> {
    return db.query(
      `SELECT ag.allocation_id AS "allocationId", g.id AS "goalId", g.title
       FROM allocation_goals ag JOIN goals g ON g.org_id = ag.org_id AND g.id = ag.goal_id
       WHERE ag.org_id = $1 AND ag.allocation_id = ANY($2::uuid[]) ORDER BY g.title`,
      [orgId, allocationIds],
    );
  }

  async replaceStretches(db: EntityManager, orgId: string, allocationId: string, goalIds: readonly string[]) {
    await db.query(`DELETE FROM allocation_goals WHERE org_id = $1 AND allocation_id = $2`, [orgId, allocationId]);
    if (goalIds.length === 0) return;
    await db.query(`INSERT INTO allocation_goals (org_id, allocation_id, goal_id) SELECT $1, $2, unnest($3::uuid[])`, [
      orgId,
      allocationId,
      goalIds,
    ]);
  }
}
