import { EntityManager } from 'typeorm';

/** An allocation of the plan of record as its offer of evidence needs it. */
export interface EndedWorkRow {
  allocationId: string;
  personId: string;
  personName: string;
  projectId: string | null;
  projectName: string | null;
  projectStatus: string | null;
  needRole: string | null;
  kind: string;
  percent: number;
  startDate: string;
  endDate: string;
  status: string;
  note: string;
  /** What the work exercised: its need's competencies and those of the goals it stretched toward. */
  competencyKeys: string[];
  /** The person's goals the allocation stretched toward. */
  goals: { id: string; title: string }[];
  /** The evidence entry logged from it, if any. */
  evidenceId: string | null;
  dismissed: boolean;
}

const COLUMNS = `a.id AS "allocationId", a.person_id AS "personId", pe.name AS "personName",
  a.project_id AS "projectId", p.name AS "projectName", p.status AS "projectStatus", n.role AS "needRole",
  a.kind, a.percent, to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.end_date, 'YYYY-MM-DD') AS "endDate",
  a.status, a.note,
  ARRAY(
    SELECT k FROM (
      SELECT c.competency_key AS k FROM project_need_competencies c
      WHERE c.org_id = a.org_id AND c.need_id = a.need_id
      UNION
      SELECT unnest(g.competency_keys) FROM allocation_goals ag
      JOIN goals g ON g.org_id = ag.org_id AND g.id = ag.goal_id AND g.person_id = a.person_id
      WHERE ag.org_id = a.org_id AND ag.allocation_id = a.id
    ) exercised ORDER BY k
  ) AS "competencyKeys",
  (
    SELECT coalesce(json_agg(json_build_object('id', g.id, 'title', g.title) ORDER BY g.title), '[]'::json)
    FROM allocation_goals ag
    JOIN goals g ON g.org_id = ag.org_id AND g.id = ag.goal_id AND g.person_id = a.person_id
    WHERE ag.org_id = a.org_id AND ag.allocation_id = a.id
  ) AS goals,
  (SELECT e.id FROM evidence e WHERE e.org_id = a.org_id AND e.allocation_id = a.id) AS "evidenceId",
  EXISTS (
    SELECT 1 FROM staffing_evidence_dismissals d WHERE d.org_id = a.org_id AND d.allocation_id = a.id
  ) AS dismissed`;

const FROM = `FROM allocations a
  JOIN people pe ON pe.org_id = a.org_id AND pe.id = a.person_id
  LEFT JOIN projects p ON p.org_id = a.org_id AND p.id = a.project_id
  LEFT JOIN project_needs n ON n.org_id = a.org_id AND n.id = a.need_id`;

/** Staffing history: ended allocations, the evidence logged from them and the offers dismissed. */
export class StaffingHistoryRepository {
  /**
   * Confirmed allocations of the plan of record that ended in [since, before), not on a cancelled
   * project, with no evidence logged from them and not dismissed: newest end first.
   */
  openOffers(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    since: string,
    before: string,
  ): Promise<EndedWorkRow[]> {
    return db.query(
      `SELECT * FROM (
         SELECT ${COLUMNS} ${FROM}
         WHERE a.org_id = $1 AND a.person_id = ANY($2::uuid[]) AND a.scenario_id IS NULL AND a.status = 'confirmed'
           AND a.end_date >= $3::date AND a.end_date < $4::date
           AND (p.status IS NULL OR p.status <> 'cancelled')
       ) w
       WHERE cardinality(w."competencyKeys") > 0 AND w."evidenceId" IS NULL AND NOT w.dismissed
       ORDER BY w."endDate" DESC, w."personName", w."projectName" NULLS LAST, w."allocationId"`,
      [orgId, personIds, since, before],
    );
  }

  /**
   * One allocation of the plan of record, its row locked until the end of the transaction so that
   * accepting and dismissing its offer are serialized.
   */
  async lockedWork(db: EntityManager, orgId: string, allocationId: string): Promise<EndedWorkRow | null> {
    const locked: unknown[] = await db.query(
      `SELECT 1 FROM allocations WHERE org_id = $1 AND id = $2 AND scenario_id IS NULL FOR UPDATE`,
      [orgId, allocationId],
    );
    if (locked.length === 0) return null;
    const rows: EndedWorkRow[] = await db.query(`SELECT ${COLUMNS} ${FROM} WHERE a.org_id = $1 AND a.id = $2`, [
      orgId,
      allocationId,
    ]);
    return rows[0] ?? null;
  }

  async dismiss(db: EntityManager, orgId: string, allocationId: string, userId: string): Promise<void> {
    await db.query(
      `INSERT INTO staffing_evidence_dismissals (org_id, allocation_id, dismissed_by_user_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [orgId, allocationId, userId],
    );
  }
}
