import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CadenceValue, SeriesKindValue, SeriesStatusValue } from '../meetings/meetings.repository';

export interface OneOnOnePersonRow {
  id: string;
  name: string;
  title: string | null;
  active: boolean;
  managerId: string | null;
}

export interface SeriesRow {
  id: string;
  kind: SeriesKindValue;
  leadId: string;
  partnerId: string;
  cadence: CadenceValue;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  status: SeriesStatusValue;
  templateId: string | null;
  version: number;
  /** The day the series was created (UTC). */
  startedOn: string;
}

export interface SeriesFields {
  cadence: CadenceValue;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
}

export interface TemplateRow {
  id: string;
  name: string;
  points: string[];
  version: number;
}

const SERIES = `s.id, s.kind, s.lead_id AS "leadId", s.partner_id AS "partnerId", s.cadence, s.weekday,
  to_char(s.start_time, 'HH24:MI') AS "startTime", s.duration_minutes AS "durationMinutes", s.time_zone AS "timeZone",
  s.status, s.template_id AS "templateId", s.version, to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "startedOn"`;

/** Series and templates: every statement scoped by organization. */
@Injectable()
export class SeriesRepository {
  async people(db: EntityManager, orgId: string, ids: readonly string[]): Promise<OneOnOnePersonRow[]> {
    if (ids.length === 0) return [];
    return db.query(
      `SELECT id, name, nullif(title, '') AS title, active, manager_id AS "managerId"
         FROM people WHERE org_id = $1 AND id = ANY($2::uuid[])`,
      [orgId, [...new Set(ids)]],
    );
  }

  async byId(db: EntityManager, orgId: string, id: string, lock = false): Promise<SeriesRow | null> {
    const rows: SeriesRow[] = await db.query(
      `SELECT ${SERIES} FROM one_on_one_series s WHERE s.org_id = $1 AND s.id = $2${lock ? ' FOR UPDATE' : ''}`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  /** Series in which any of the people takes part (as lead or partner). */
  async involving(db: EntityManager, orgId: string, personIds: readonly string[] | null): Promise<SeriesRow[]> {
    return db.query(
      `SELECT ${SERIES} FROM one_on_one_series s
        WHERE s.org_id = $1 AND ($2::uuid[] IS NULL OR s.lead_id = ANY($2::uuid[]) OR s.partner_id = ANY($2::uuid[]))
        ORDER BY s.status, s.created_at`,
      [orgId, personIds],
    );
  }

  async insert(
    db: EntityManager,
    orgId: string,
    series: SeriesFields & {
      kind: SeriesKindValue;
      leadId: string;
      partnerId: string;
      startedById: string;
      templateId: string | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO one_on_one_series (org_id, kind, lead_id, partner_id, started_by_id, cadence, weekday, start_time,
         duration_minutes, time_zone, template_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        orgId,
        series.kind,
        series.leadId,
        series.partnerId,
        series.startedById,
        series.cadence,
        series.weekday,
        series.startTime,
        series.durationMinutes,
        series.timeZone,
        series.templateId,
      ],
    );
    return rows[0].id;
  }

  async update(db: EntityManager, orgId: string, id: string, version: number, fields: SeriesFields): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE one_on_one_series SET cadence = $4, weekday = $5, start_time = $6, duration_minutes = $7, time_zone = $8,
         version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, fields.cadence, fields.weekday, fields.startTime, fields.durationMinutes, fields.timeZone],
    );
    return rows.length > 0;
  }

  async setStatus(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    status: SeriesStatusValue,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE one_on_one_series SET status = $4, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, status],
    );
    return rows.length > 0;
  }

  async templates(db: EntityManager, orgId: string): Promise<TemplateRow[]> {
    return db.query(
      `SELECT id, name, points, version FROM one_on_one_templates WHERE org_id = $1 ORDER BY lower(name)`,
      [orgId],
    );
  }

  async template(db: EntityManager, orgId: string, id: string): Promise<TemplateRow | null> {
    const rows: TemplateRow[] = await db.query(
      `SELECT id, name, points, version FROM one_on_one_templates WHERE org_id = $1 AND id = $2`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  async insertTemplate(db: EntityManager, orgId: string, name: string, points: string[]): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO one_on_one_templates (org_id, name, points) VALUES ($1, $2, $3) RETURNING id`,
      [orgId, name, points],
    );
    return rows[0].id;
  }

  async updateTemplate(
    db: EntityManager,
    orgId: string,
    id: string,
    version: number,
    name: string,
    points: string[],
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE one_on_one_templates SET name = $4, points = $5, version = version + 1
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version, name, points],
    );
    return rows.length > 0;
  }

  async deleteTemplate(db: EntityManager, orgId: string, id: string, version: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `DELETE FROM one_on_one_templates WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [orgId, id, version],
    );
    return rows.length > 0;
  }
}
