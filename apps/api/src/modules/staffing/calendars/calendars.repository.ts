import { EntityManager } from 'typeorm';

export interface HolidayCalendarRow {
  id: string;
  name: string;
  holidayCount: number;
  peopleCount: number;
  /** The years that have holidays, in order. */
  years: number[];
  version: number;
}

export interface HolidayRow {
  date: string;
  name: string;
}

const CALENDAR_COLUMNS = `c.id, c.name, c.version,
  (SELECT count(*) FROM holidays h WHERE h.org_id = c.org_id AND h.calendar_id = c.id)::int AS "holidayCount",
  (SELECT count(*) FROM people p WHERE p.org_id = c.org_id AND p.holiday_calendar_id = c.id AND p.active)::int
    AS "peopleCount",
  ARRAY(
    SELECT DISTINCT extract(year FROM h.date)::int FROM holidays h
    WHERE h.org_id = c.org_id AND h.calendar_id = c.id ORDER BY 1
  ) AS years`;

/** Every query of holiday calendars and their holidays, scoped by organization. */
export class CalendarsRepository {
  list(db: EntityManager, orgId: string): Promise<HolidayCalendarRow[]> {
    return db.query(`SELECT ${CALENDAR_COLUMNS} FROM holiday_calendars c WHERE c.org_id = $1 ORDER BY lower(c.name)`, [
      orgId,
    ]);
  }

  async byId(db: EntityManager, orgId: string, id: string): Promise<HolidayCalendarRow | null> {
    const rows: HolidayCalendarRow[] = await db.query(
      `SELECT ${CALENDAR_COLUMNS} FROM holiday_calendars c WHERE c.org_id = $1 AND c.id = $2`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  /** The calendar's row, locked until commit: holiday changes of one calendar are serialized. */
  async lock(db: EntityManager, orgId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM holiday_calendars WHERE org_id = $1 AND id = $2 FOR UPDATE`, [
      orgId,
      id,
    ]);
    return rows.length > 0;
  }

  async exists(db: EntityManager, orgId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM holiday_calendars WHERE org_id = $1 AND id = $2`, [
      orgId,
      id,
    ]);
    return rows.length > 0;
  }

  /** Another calendar of the organization with this name (case aside), if any. */
  async nameTaken(db: EntityManager, orgId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM holiday_calendars WHERE org_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)`,
      [orgId, name, exceptId],
    );
    return rows.length > 0;
  }

  async insert(db: EntityManager, orgId: string, name: string): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO holiday_calendars (org_id, name) VALUES ($1, $2) RETURNING id`,
      [orgId, name],
    );
    return rows[0].id;
  }

  async rename(db: EntityManager, orgId: string, id: string, version: number, name: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE holiday_calendars SET name = $4, version = version + 1 WHERE org_id = $1 AND id = $2 AND version = $3
       RETURNING id`,
      [orgId, id, version, name],
    );
    return rows.length > 0;
  }

  async delete(db: EntityManager, orgId: string, id: string): Promise<void> {
    await db.query(`DELETE FROM holiday_calendars WHERE org_id = $1 AND id = $2`, [orgId, id]);
  }

  /** A calendar's holidays by date, of one year or (null) all. */
  holidays(db: EntityManager, orgId: string, calendarId: string, year: number | null): Promise<HolidayRow[]> {
    return db.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays
       WHERE org_id = $1 AND calendar_id = $2 AND ($3::int IS NULL OR extract(year FROM date)::int = $3)
       ORDER BY date`,
      [orgId, calendarId, year],
    );
  }

  /** The holidays of the calendar on any of the dates. */
  onDates(db: EntityManager, orgId: string, calendarId: string, dates: readonly string[]): Promise<HolidayRow[]> {
    return db.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays
       WHERE org_id = $1 AND calendar_id = $2 AND date = ANY($3::date[]) ORDER BY date`,
      [orgId, calendarId, dates],
    );
  }

  /** Adds holidays in one statement; the dates are new to the calendar (checked under its lock). */
  async insertHolidays(db: EntityManager, orgId: string, calendarId: string, holidays: readonly HolidayRow[]) {
    if (holidays.length === 0) return;
    await db.query(
      `INSERT INTO holidays (org_id, calendar_id, date, name)
       SELECT $1, $2, d, n FROM unnest($3::date[], $4::text[]) AS t(d, n)`,
      [orgId, calendarId, holidays.map((h) => h.date), holidays.map((h) => h.name)],
    );
  }

  async removeHoliday(db: EntityManager, orgId: string, calendarId: string, date: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `DELETE FROM holidays WHERE org_id = $1 AND calendar_id = $2 AND date = $3 RETURNING date`,
      [orgId, calendarId, date],
    );
    return rows.length > 0;
  }

  async assign(db: EntityManager, orgId: string, personId: string, calendarId: string | null): Promise<void> {
    await db.query(
      `UPDATE people SET holiday_calendar_id = $3, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2`,
      [orgId, personId, calendarId],
    );
  }
}
