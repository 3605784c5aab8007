import { EntityManager } from 'typeorm';

export interface HolidayCalendarRow {
  id: string;
  name: string;
  holidayCount: number;
  peopleCount: number;
}

/** Every query of holiday calendars, scoped by organization. */
export class CalendarsRepository {
  list(db: EntityManager, orgId: string): Promise<HolidayCalendarRow[]> {
    return db.query(
      `SELECT c.id, c.name,
         (SELECT count(*) FROM holidays h WHERE h.org_id = c.org_id AND h.calendar_id = c.id)::int AS "holidayCount",
         (SELECT count(*) FROM people p WHERE p.org_id = c.org_id AND p.holiday_calendar_id = c.id AND p.active)::int
           AS "peopleCount"
       FROM holiday_calendars c WHERE c.org_id = $1 ORDER BY lower(c.name)`,
      [orgId],
    );
  }

  async exists(db: EntityManager, orgId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM holiday_calendars WHERE org_id = $1 AND id = $2`, [
      orgId,
      id,
    ]);
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
