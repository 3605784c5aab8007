import { EntityManager } from 'typeorm';
import { inPlan } from '../allocations/allocations.repository';

export type ProjectKindValue = 'delivery' | 'support' | 'development';
export type ProjectStatusValue = 'proposed' | 'active' | 'done' | 'cancelled';

export interface ProjectFields {
  name: string;
  kind: ProjectKindValue;
  status: ProjectStatusValue;
  priority: number;
  startDate: string;
  endDate: string;
  teamId: string | null;
  description: string;
}

export interface ProjectRow extends ProjectFields {
  id: string;
  teamName: string | null;
  version: number;
}

export interface NeedFields {
  role: string;
  percent: number;
  startDate: string;
  endDate: string;
  competencies: { key: string; minLevel: string }[];
}

export interface NeedRow extends NeedFields {
  id: string;
  projectId: string;
  version: number;
}

/** Who works on a project, at what share, in the plan of record. */
export interface RosterRow {
  allocationId: string;
  projectId: string;
  needId: string | null;
  personId: string;
  personName: string;
  percent: number;
  kind: 'delivery' | 'development' | 'support';
  status: 'tentative' | 'confirmed';
  startDate: string;
  endDate: string;
}

const PROJECT = `p.id, p.name, p.kind, p.status, p.priority, to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(p.end_date, 'YYYY-MM-DD') AS "endDate", p.team_id AS "teamId", t.name AS "teamName", p.description, p.version`;
const FROM_PROJECTS = `FROM projects p LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.team_id`;
const NEED = `n.id, n.project_id AS "projectId", n.role, n.percent, to_char(n.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(n.end_date, 'YYYY-MM-DD') AS "endDate", n.version,
  coalesce((SELECT json_agg(json_build_object('key', c.competency_key, 'minLevel', c.min_level) ORDER BY c.competency_key)
     FROM project_need_competencies c WHERE c.org_id = n.org_id AND c.need_id = n.id), '[]') AS competencies`;

/** Every query of projects, their needs and rosters, scoped by organization. */
export class ProjectsRepository {
  list(
    db: EntityManager,
    orgId: string,
    filter: { statuses: string[] | null; teamIds: string[] | null },
  ): Promise<ProjectRow[]> {
    return db.query(
      `SELECT ${PROJECT} ${FROM_PROJECTS}
       WHERE p.org_id = $1 AND ($2::text[] IS NULL OR p.status = ANY($2)) AND ($3::uuid[] IS NULL OR p.team_id = ANY($3))
       ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 WHEN 'done' THEN 2 ELSE 3 END,
         p.priority, lower(p.name)`,
      [orgId, filter.statuses, filter.teamIds],
    );
  }

  byIds(db: EntityManager, orgId: string, ids: readonly string[]): Promise<ProjectRow[]> {
    return db.query(`SELECT ${PROJECT} ${FROM_PROJECTS} WHERE p.org_id = $1 AND p.id = ANY($2::uuid[])`, [orgId, ids]);
  }

  needsOf(db: EntityManager, orgId: string, projectIds: readonly string[]): Promise<NeedRow[]> {
    return db.query(
      `SELECT ${NEED} FROM project_needs n WHERE n.org_id = $1 AND n.project_id = ANY($2::uuid[])
       ORDER BY n.start_date, n.created_at`,
      [orgId, projectIds],
    );
  }

  needsByIds(db: EntityManager, orgId: string, ids: readonly string[]): Promise<NeedRow[]> {
    return db.query(`SELECT ${NEED} FROM project_needs n WHERE n.org_id = $1 AND n.id = ANY($2::uuid[])`, [orgId, ids]);
  }

  /** Needs of active or proposed projects overlapping [from, to] with a share still open: one statement. */
  openNeeds(
    db: EntityManager,
    orgId: string,
    from: string,
    to: string,
    projectId: string | null,
    /** Filled as this scenario leaves the plan. */
    scenarioId: string | null = null,
    /** Every need of the range, filled or not. */
    all = false,
  ): Promise<(NeedRow & { projectName: string; openPercent: number })[]> {
    return db.query(
      `SELECT ${NEED}, p.name AS "projectName", greatest(0, n.percent - coalesce(f.filled, 0))::int AS "openPercent"
       FROM project_needs n
       JOIN projects p ON p.org_id = n.org_id AND p.id = n.project_id
       LEFT JOIN (SELECT a.need_id, sum(a.percent) AS filled FROM allocations a
                   WHERE a.org_id = $1 AND ${inPlan('a', scenarioId ? '$5' : null)}${scenarioId ? ' AND NOT a.removed' : ''}
                     AND a.need_id IS NOT NULL GROUP BY a.need_id) f
         ON f.need_id = n.id
       WHERE n.org_id = $1 AND p.status IN ('active', 'proposed') AND n.start_date <= $3 AND n.end_date >= $2
         AND ($4::uuid IS NULL OR n.project_id = $4)${all ? '' : ' AND n.percent > coalesce(f.filled, 0)'}
       ORDER BY p.priority, n.start_date, n.id`,
      scenarioId ? [orgId, from, to, projectId, scenarioId] : [orgId, from, to, projectId],
    );
  }

  rosterOf(db: EntityManager, orgId: string, projectIds: readonly string[]): Promise<RosterRow[]> {
    return db.query(
      `SELECT a.id AS "allocationId", a.project_id AS "projectId", a.need_id AS "needId", a.person_id AS "personId",
         pe.name AS "personName", a.percent, a.kind, a.status,
         to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.end_date, 'YYYY-MM-DD') AS "endDate"
       FROM allocations a JOIN people pe ON pe.org_id = a.org_id AND pe.id = a.person_id
       WHERE a.org_id = $1 AND a.scenario_id IS NULL AND a.project_id = ANY($2::uuid[])
       ORDER BY a.start_date, pe.name`,
      [orgId, projectIds],
    );
  }

  async insert(db: EntityManager, orgId: string, fields: ProjectFields): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO projects (org_id, name, kind, status, priority, start_date, end_date, team_id, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        orgId,
        fields.name,
        fields.kind,
        fields.status,
        fields.priority,
        fields.startDate,
        fields.endDate,
        fields.teamId,
        fields.description,
      ],
    );
    return rows[0].id;
  }

  /** False when the project was changed since `version`. */
  async update(db: EntityManager, orgId: string, id: string, version: number, fields: ProjectFields): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE projects SET name = $4, kind = $5, status = $6, priority = $7, start_date = $8, end_date = $9,
         team_id = $10, description = $11, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        orgId,
        id,
        version,
        fields.name,
        fields.kind,
        fields.status,
        fields.priority,
        fields.startDate,
        fields.endDate,
        fields.teamId,
        fields.description,
      ],
    );
    return rows.length > 0;
  }

  async nameTaken(db: EntityManager, orgId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM projects WHERE org_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)`,
      [orgId, name, exceptId],
    );
    return rows.length > 0;
  }

  async insertNeed(db: EntityManager, orgId: string, projectId: string, fields: NeedFields): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO project_needs (org_id, project_id, role, percent, start_date, end_date)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [orgId, projectId, fields.role, fields.percent, fields.startDate, fields.endDate],
    );
    await this.replaceCompetencies(db, orgId, rows[0].id, fields.competencies);
    return rows[0].id;
  }

  async updateNeed(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    fields: NeedFields,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE project_needs SET role = $4, percent = $5, start_date = $6, end_date = $7, version = version + 1
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, fields.role, fields.percent, fields.startDate, fields.endDate],
    );
    if (rows.length === 0) return false;
    await this.replaceCompetencies(db, orgId, id, fields.competencies);
    return true;
  }

  async deleteNeed(db: EntityManager, orgId: string, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `DELETE FROM project_needs WHERE org_id = $1 AND id = $2 RETURNING id`,
      [orgId, id],
    );
    return rows.length > 0;
  }

  private async replaceCompetencies(
    db: EntityManager,
    orgId: string,
    needId: string,
    competencies: NeedFields['competencies'],
  ): Promise<void> {
    await db.query(`DELETE FROM project_need_competencies WHERE org_id = $1 AND need_id = $2`, [orgId, needId]);
    if (competencies.length === 0) return;
    await db.query(
      `INSERT INTO project_need_competencies (org_id, need_id, competency_key, min_level)
       SELECT $1, $2, c.key, c.level FROM unnest($3::text[], $4::text[]) AS c(key, level)`,
      [orgId, needId, competencies.map((c) => c.key), competencies.map((c) => c.minLevel)],
    );
  }
}
