import { EntityManager } from 'typeorm';

export interface GoalRow extends GoalFields {
  id: string;
  personId: string;
  startDate: string;
  version: number;
  updatedAt: Date;
}

export interface OpenGoalRow {
  id: string;
  personId: string;
  title: string;
  competencyKeys: string[];
}

export interface MilestoneRow {
  id: string;
  goalId: string;
  title: string;
  done: boolean;
  position: number;
}

export interface MeetingCheckInRow {
  meetingId: string;
  goalId: string;
  goalTitle: string;
  date: string;
  progress: number;
  confidence: string;
  note: string;
  authorName: string;
}

export interface CheckInRow {
  id: string;
  goalId: string;
  date: string;
  progress: number;
  confidence: 'on_track' | 'at_risk' | 'off_track';
  note: string;
  authorName: string | null;
  createdAt: Date;
}

export interface GoalHealthFacts {
  id: string;
  personId: string;
  title: string;
  status: 'active' | 'at_risk';
  dueQuarter: string | null;
  startDate: string;
  checkIns: { date: string; progress: number; confidence: 'on_track' | 'at_risk' | 'off_track' }[];
}

export interface GoalFields {
  title: string;
  description: string;
  competencyKeys: string[];
  targetLevel: string | null;
  dueQuarter: string | null;
  status: 'draft' | 'active' | 'at_risk' | 'done' | 'dropped';
}

const GOAL = `id, person_id AS "personId", title, description, competency_keys AS "competencyKeys",
  target_level AS "targetLevel", due_quarter AS "dueQuarter", status, to_char(start_date, 'YYYY-MM-DD') AS "startDate",
  version, updated_at AS "updatedAt"`;

/** Every query of goals, milestones and check-ins, scoped by organization. */
export class GoalsRepository {
  forPeople(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<GoalRow[]> {
    return db.query(
      `SELECT ${GOAL} FROM goals WHERE org_id = $1 AND person_id = ANY($2::uuid[])
       ORDER BY CASE status WHEN 'at_risk' THEN 0 WHEN 'active' THEN 1 WHEN 'draft' THEN 2 WHEN 'done' THEN 3 ELSE 4 END,
         due_quarter NULLS LAST, created_at`,
      [orgId, personIds],
    );
  }

  /**
   * The open (active or at-risk) goals of these people with what their health is worked out
   * from (dates and check-ins, oldest first), in `forPeople`'s order: one statement for Home.
   */
  openGoalHealthFacts(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<GoalHealthFacts[]> {
    return db.query(
      `SELECT g.id, g.person_id AS "personId", g.title, g.status, g.due_quarter AS "dueQuarter",
         to_char(g.start_date, 'YYYY-MM-DD') AS "startDate",
         coalesce((SELECT json_agg(json_build_object('date', to_char(c.date, 'YYYY-MM-DD'), 'progress', c.progress,
             'confidence', c.confidence) ORDER BY c.date, c.created_at)
            FROM goal_check_ins c WHERE c.org_id = g.org_id AND c.goal_id = g.id), '[]') AS "checkIns"
       FROM goals g WHERE g.org_id = $1 AND g.person_id = ANY($2::uuid[]) AND g.status IN ('active', 'at_risk')
       ORDER BY CASE g.status WHEN 'at_risk' THEN 0 ELSE 1 END, g.due_quarter NULLS LAST, g.created_at`,
      [orgId, personIds],
    );
  }

  /** The open (active or at-risk) goals of these people, in brief: what staffing reads of growth. */
  openGoals(db: EntityManager, orgId: string, personIds: readonly string[]): Promise<OpenGoalRow[]> {
    return db.query(
      `SELECT id, person_id AS "personId", title, competency_keys AS "competencyKeys" FROM goals
       WHERE org_id = $1 AND person_id = ANY($2::uuid[]) AND status IN ('active', 'at_risk') ORDER BY created_at`,
      [orgId, personIds],
    );
  }

  byIds(db: EntityManager, orgId: string, ids: readonly string[]): Promise<GoalRow[]> {
    return db.query(`SELECT ${GOAL} FROM goals WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, ids]);
  }

  milestones(db: EntityManager, orgId: string, goalIds: readonly string[]): Promise<MilestoneRow[]> {
    return db.query(
      `SELECT id, goal_id AS "goalId", title, done, position FROM goal_milestones
       WHERE org_id = $1 AND goal_id = ANY($2::uuid[]) ORDER BY position`,
      [orgId, goalIds],
    );
  }

  checkIns(db: EntityManager, orgId: string, goalIds: readonly string[]): Promise<CheckInRow[]> {
    return db.query(
      `SELECT id, goal_id AS "goalId", to_char(date, 'YYYY-MM-DD') AS date, progress, confidence, note,
         author_name AS "authorName", created_at AS "createdAt"
       FROM goal_check_ins WHERE org_id = $1 AND goal_id = ANY($2::uuid[]) ORDER BY date DESC, created_at DESC`,
      [orgId, goalIds],
    );
  }

  async evidenceCounts(db: EntityManager, orgId: string, goalIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { goalId: string; n: number }[] = await db.query(
      `SELECT goal_id AS "goalId", count(*)::int AS n FROM evidence_goals
       WHERE org_id = $1 AND goal_id = ANY($2::uuid[]) GROUP BY goal_id`,
      [orgId, goalIds],
    );
    return new Map(rows.map((r) => [r.goalId, r.n]));
  }

  async insert(
    db: EntityManager,
    orgId: string,
    personId: string,
    fields: GoalFields,
    userId: string,
    startDate: string,
  ): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO goals (org_id, person_id, title, description, competency_keys, target_level, due_quarter, status,
         created_by_user_id, start_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        orgId,
        personId,
        fields.title,
        fields.description,
        fields.competencyKeys,
        fields.targetLevel,
        fields.dueQuarter,
        fields.status,
        userId,
        startDate,
      ],
    );
    return rows[0].id;
  }

  /** Writes the fields if the goal is still at `version`; false when someone else changed it. */
  async update(db: EntityManager, orgId: string, id: string, version: number, fields: GoalFields): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE goals SET title = $4, description = $5, competency_keys = $6, target_level = $7, due_quarter = $8,
         status = $9, version = version + 1, updated_at = now()
       WHERE org_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        orgId,
        id,
        version,
        fields.title,
        fields.description,
        fields.competencyKeys,
        fields.targetLevel,
        fields.dueQuarter,
        fields.status,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Bumps the version; with a status (from a check-in), only while the goal is still open, so a
   * check-in never reopens a goal closed meanwhile. False when nothing was updated.
   */
  async touch(db: EntityManager, orgId: string, id: string, status?: 'active' | 'at_risk'): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE goals SET version = version + 1, updated_at = now(), status = coalesce($3, status)
       WHERE org_id = $1 AND id = $2 AND ($3::text IS NULL OR status IN ('active', 'at_risk')) RETURNING id`,
      [orgId, id, status ?? null],
    );
    return rows.length > 0;
  }

  /** Replaces the milestones with `list`, keeping the ids of those that stay. */
  async replaceMilestones(
    db: EntityManager,
    orgId: string,
    goalId: string,
    list: { id: string | null; title: string; done: boolean }[],
  ): Promise<void> {
    const keep = list.flatMap((m) => (m.id ? [m.id] : []));
    await db.query(`DELETE FROM goal_milestones WHERE org_id = $1 AND goal_id = $2 AND NOT (id = ANY($3::uuid[]))`, [
      orgId,
      goalId,
      keep,
    ]);
    for (const [position, m] of list.entries()) {
      if (m.id) {
        await db.query(
          `UPDATE goal_milestones SET title = $4, done = $5, position = $6,
             done_at = CASE WHEN $5 THEN coalesce(done_at, now()) END
           WHERE org_id = $1 AND goal_id = $2 AND id = $3`,
          [orgId, goalId, m.id, m.title, m.done, position],
        );
      } else {
        await db.query(
          `INSERT INTO goal_milestones (org_id, goal_id, title, done, position, done_at)
           VALUES ($1, $2, $3, $4, $5, CASE WHEN $4 THEN now() END)`,
          [orgId, goalId, m.title, m.done, position],
        );
      }
    }
  }

  async milestoneById(db: EntityManager, orgId: string, id: string): Promise<MilestoneRow | null> {
    const rows: MilestoneRow[] = await db.query(
      `SELECT id, goal_id AS "goalId", title, done, position FROM goal_milestones WHERE org_id = $1 AND id = $2`,
      [orgId, id],
    );
    return rows[0] ?? null;
  }

  /** False when the milestone is no longer there. */
  async setMilestoneDone(db: EntityManager, orgId: string, id: string, done: boolean): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE goal_milestones SET done = $3, done_at = CASE WHEN $3 THEN coalesce(done_at, now()) END
       WHERE org_id = $1 AND id = $2 RETURNING id`,
      [orgId, id, done],
    );
    return rows.length > 0;
  }

  async addCheckIn(
    db: EntityManager,
    orgId: string,
    goalId: string,
    checkIn: { date: string; progress: number; confidence: string; note: string; meetingId?: string | null },
    author: { userId: string; name: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO goal_check_ins (org_id, goal_id, date, progress, confidence, note, author_user_id, author_name, meeting_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        orgId,
        goalId,
        checkIn.date,
        checkIn.progress,
        checkIn.confidence,
        checkIn.note,
        author.userId,
        author.name,
        checkIn.meetingId ?? null,
      ],
    );
  }

  /** Check-ins made in these meetings, with their goal's title; newest first. */
  checkInsOfMeetings(db: EntityManager, orgId: string, meetingIds: readonly string[]): Promise<MeetingCheckInRow[]> {
    return db.query(
      `SELECT c.meeting_id AS "meetingId", c.goal_id AS "goalId", g.title AS "goalTitle",
              to_char(c.date, 'YYYY-MM-DD') AS date, c.progress, c.confidence, c.note, c.author_name AS "authorName"
         FROM goal_check_ins c JOIN goals g ON g.org_id = c.org_id AND g.id = c.goal_id
        WHERE c.org_id = $1 AND c.meeting_id = ANY($2::uuid[])
        ORDER BY c.created_at DESC`,
      [orgId, meetingIds],
    );
  }
}
