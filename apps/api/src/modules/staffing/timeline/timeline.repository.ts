import { EntityManager } from 'typeorm';
import { inPlan } from '../allocations/allocations.repository';

/** A person with what the capacity maths reads of them. */
export interface StaffedPersonRow {
  id: string;
  name: string;
  title: string;
  teamId: string | null;
  teamName: string | null;
  track: string;
  workingDays: number[];
  holidayCalendarId: string | null;
  holidayCalendarName: string | null;
}

export interface PeopleFilter {
  /** The people the viewer may see, or null for everyone. */
  ids: string[] | null;
  teamIds: string[] | null;
  /** Only people with an allocation on this project in [from, to]. */
  projectId: string | null;
  kind: string | null;
  from: string;
  to: string;
  /** Read allocations as this scenario leaves the plan (the project and kind filters). */
  scenarioId?: string | null;
}

/** The people and calendars the staffing views read, scoped by organization. */
export class TimelineRepository {
  /** Active people matching the filter, by team then name, a page at a time, with the total. */
  async people(
    db: EntityManager,
    orgId: string,
    filter: PeopleFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: StaffedPersonRow[]; total: number }> {
    const rows: (StaffedPersonRow & { total: number })[] = await db.query(
      `SELECT p.id, p.name, p.title, p.team_id AS "teamId", t.name AS "teamName", p.track,
         p.working_days::int[] AS "workingDays", p.holiday_calendar_id AS "holidayCalendarId", hc.name AS "holidayCalendarName",
         count(*) OVER ()::int AS total
       FROM people p LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.team_id
         LEFT JOIN holiday_calendars hc ON hc.org_id = p.org_id AND hc.id = p.holiday_calendar_id
       WHERE p.org_id = $1 AND p.active
         AND ($2::uuid[] IS NULL OR p.id = ANY($2))
         AND ($3::uuid[] IS NULL OR p.team_id = ANY($3))
         AND ($4::uuid IS NULL AND $5::text IS NULL OR EXISTS (
           SELECT 1 FROM allocations a WHERE a.org_id = p.org_id AND a.person_id = p.id
             AND ${inPlan('a', filter.scenarioId ? '$10' : null)}${filter.scenarioId ? ' AND NOT a.removed' : ''}
             AND ($4::uuid IS NULL OR a.project_id = $4) AND ($5::text IS NULL OR a.kind = $5)
             AND a.start_date <= $7 AND a.end_date >= $6))
       ORDER BY t.name NULLS LAST, p.name, p.id
       OFFSET $8 LIMIT $9`,
      [
        orgId,
        filter.ids,
        filter.teamIds,
        filter.projectId,
        filter.kind,
        filter.from,
        filter.to,
        offset,
        limit,
        ...(filter.scenarioId ? [filter.scenarioId] : []),
      ],
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }

  async personById(db: EntityManager, orgId: string, id: string): Promise<StaffedPersonRow | null> {
    const rows: StaffedPersonRow[] = await db.query(
      `SELECT p.id, p.name, p.title, p.team_id AS "teamId", t.name AS "teamName", p.track,
         p.working_days::int[] AS "workingDays", p.holiday_calendar_id AS "holidayCalendarId", hc.name AS "holidayCalendarName"
       FROM people p LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.team_id
         LEFT JOIN holiday_calendars hc ON hc.org_id = p.org_id AND hc.id = p.holiday_calendar_id
       WHERE p.org_id = $1 AND p.id = $2`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  /** The holidays of these calendars in [from, to]. */
  holidays(
    db: EntityManager,
    orgId: string,
    calendarIds: readonly string[],
    from: string,
    to: string,
  ): Promise<{ calendarId: string; date: string }[]> {
    if (calendarIds.length === 0) return Promise.resolve([]);
    return db.query(
      `SELECT calendar_id AS "calendarId", to_char(date, 'YYYY-MM-DD') AS date FROM holidays
       WHERE org_id = $1 AND calendar_id = ANY($2::uuid[]) AND date BETWEEN $3 AND $4`,
      [orgId, calendarIds, from, to],
    );
  }
}
