import { EntityManager } from 'typeorm';

export interface TimeOffFields {
  startDate: string;
  endDate: string;
  percent: number;
  category: 'leave' | 'other';
  note: string;
}

export interface TimeOffRow extends TimeOffFields {
  id: string;
  personId: string;
  version: number;
}

const TIME_OFF = `id, person_id AS "personId", to_char(start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(end_date, 'YYYY-MM-DD') AS "endDate", percent, category, note, version`;

/** Every query of time off, scoped by organization. */
export class TimeOffRepository {
  forPeople(
    db: EntityManager,
    orgId: string,
    personIds: readonly string[],
    from: string,
    to: string,
  ): Promise<TimeOffRow[]> {
    return db.query(
      `SELECT ${TIME_OFF} FROM time_off
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND start_date <= $4 AND end_date >= $3
       ORDER BY start_date`,
      [orgId, personIds, from, to],
    );
  }

  async byId(db: EntityManager, orgId: string, id: string): Promise<TimeOffRow | null> {
    const rows: TimeOffRow[] = await db.query(`SELECT ${TIME_OFF} FROM time_off WHERE org_id = $1 AND id = $2`, [
      orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  async insert(db: EntityManager, orgId: string, personId: string, fields: TimeOffFields): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO time_off (org_id, person_id, start_date, end_date, percent, category, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [orgId, personId, fields.startDate, fields.endDate, fields.percent, fields.category, fields.note],
    );
    return rows[0].id;
  }

  async update(db: EntityManager, orgId: string, id: string, version: number, fields: TimeOffFields): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE time_off SET start_date = $4, end_date = $5, percent = $6, category = $7, note = $8,
         version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, fields.startDate, fields.endDate, fields.percent, fields.category, fields.note],
    );
    return rows.length > 0;
  }

  async delete(db: EntityManager, orgId: string, id: string, version: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `DELETE FROM time_off WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version],
    );
    return rows.length > 0;
  }
}
