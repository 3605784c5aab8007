import { EntityManager } from 'typeorm';

/** What a person's entry says; the API validates it before it is written. */
export interface EvidenceFields {
  date: string;
  kind: string;
  title: string;
  link: string | null;
  impact: string;
  competencyKeys: string[];
  incidentRole: string | null;
  incidentSeverity: string | null;
  learningFormat: string | null;
}

export interface EvidenceRow extends EvidenceFields {
  id: string;
  personId: string;
  /** The allocation it was logged from (staffing history), or null for an entry written by hand. */
  allocationId: string | null;
  createdByName: string | null;
  version: number;
}

const COLUMNS = `id, person_id AS "personId", to_char(date, 'YYYY-MM-DD') AS date, kind, title, link, impact,
  competency_keys AS "competencyKeys", incident_role AS "incidentRole", incident_severity AS "incidentSeverity",
  learning_format AS "learningFormat", created_by_name AS "createdByName", allocation_id AS "allocationId", version`;

/** Every query of evidence and its goal links, scoped by organization. */
export class EvidenceRepository {
  /** Newest first; only entries tagged with the competency when one is given. */
  forPeople(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    competencyKey: string | null,
  ): Promise<EvidenceRow[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM evidence
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND ($3::text IS NULL OR $3 = ANY(competency_keys))
       ORDER BY date DESC, created_at DESC`,
      [orgId, personIds, competencyKey],
    );
  }

  async byId(db: EntityManager, orgId: string, id: string): Promise<EvidenceRow | null> {
    const rows: EvidenceRow[] = await db.query(`SELECT ${COLUMNS} FROM evidence WHERE org_id = $1 AND id = $2`, [
      orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  goalLinks(
    db: EntityManager,
    orgId: string,
    evidenceIds: readonly string[],
  ): Promise<{ evidenceId: string; goalId: string; title: string }[]> {
    return db.query(
      `SELECT l.evidence_id AS "evidenceId", g.id AS "goalId", g.title FROM evidence_goals l
       JOIN goals g ON g.org_id = l.org_id AND g.id = l.goal_id
       WHERE l.org_id = $1 AND l.evidence_id = ANY($2::uuid[]) ORDER BY g.title`,
      [orgId, evidenceIds],
    );
  }

  async insert(
    db: EntityManager,
    orgId: string,
    personId: string,
    f: EvidenceFields,
    author: { userId: string; name: string },
    allocationId: string | null = null,
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO evidence (org_id, person_id, date, kind, title, link, impact, competency_keys, incident_role,
         incident_severity, learning_format, created_by_user_id, created_by_name, allocation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        orgId,
        personId,
        f.date,
        f.kind,
        f.title,
        f.link,
        f.impact,
        f.competencyKeys,
        f.incidentRole,
        f.incidentSeverity,
        f.learningFormat,
        author.userId,
        author.name,
        allocationId,
      ],
    );
    return rows[0].id;
  }

  async update(db: EntityManager, orgId: string, id: string, version: number, f: EvidenceFields): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE evidence SET date = $4, kind = $5, title = $6, link = $7, impact = $8, competency_keys = $9,
         incident_role = $10, incident_severity = $11, learning_format = $12, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        orgId,
        id,
        version,
        f.date,
        f.kind,
        f.title,
        f.link,
        f.impact,
        f.competencyKeys,
        f.incidentRole,
        f.incidentSeverity,
        f.learningFormat,
      ],
    );
    return rows.length > 0;
  }

  async setGoals(db: EntityManager, orgId: string, evidenceId: string, goalIds: string[]): Promise<void> {
    await db.query(`DELETE FROM evidence_goals WHERE org_id = $1 AND evidence_id = $2`, [orgId, evidenceId]);
    if (goalIds.length) {
      await db.query(`INSERT INTO evidence_goals (org_id, evidence_id, goal_id) SELECT $1, $2, unnest($3::uuid[])`, [
        orgId,
        evidenceId,
        goalIds,
      ]);
    }
  }

  async delete(db: EntityManager, orgId: string, id: string): Promise<void> {
    await db.query(`DELETE FROM evidence WHERE org_id = $1 AND id = $2`, [orgId, id]);
  }
}
