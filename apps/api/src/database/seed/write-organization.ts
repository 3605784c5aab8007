import { defaultFramework } from '@trellis/domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/directory/auth/password';
import { resolveLevelKey } from '../../modules/directory/people/people.service';
import { inTenantTransaction } from '../tenant-transaction';
import { GrowthPlan } from './growth-plan';
import { OneOnOnesPlan } from './one-on-ones-plan';
import { OrganizationPlan } from './organization-plan';
import { ReviewsPlan } from './reviews-plan';
import { sharedNoteDocument } from './shared-note-document';
import { StaffingPlan } from './staffing-plan';

const CHUNK = 500;

async function insertRows(db: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Writes a planned organization in one transaction, as the app role inside that organization,
 * so row-level security checks the seed like any other write.
 */
export async function writeOrganization(dataSource: DataSource, plan: OrganizationPlan): Promise<void> {
  // Plans name levels as people say them; the database keeps the framework's keys.
  const framework = defaultFramework();
  const hashes = await Promise.all(plan.users.map((u) => hashPassword(u.password)));
  await inTenantTransaction(dataSource, 'trellis_app', plan.id, async (db) => {
    await db.query(`INSERT INTO organizations (id, name) VALUES ($1, $2)`, [plan.id, plan.name]);
    await db.query(`INSERT INTO frameworks (org_id, document) VALUES ($1, $2::jsonb)`, [
      plan.id,
      JSON.stringify(framework),
    ]);
    await insertRows(
      db,
      'teams',
      ['id', 'org_id', 'name', 'parent_id'],
      plan.teams.map((t) => [t.id, plan.id, t.name, null]),
    );
    await insertRows(
      db,
      'people',
      [
        'id',
        'org_id',
        'name',
        'title',
        'track',
        'level',
        'team_id',
        'manager_id',
        'start_date',
        'weekly_capacity_hours',
      ],
      plan.people.map((p) => [
        p.id,
        plan.id,
        p.name,
        p.title,
        p.track,
        resolveLevelKey(framework, p.track, p.level),
        p.teamId,
        p.managerId,
        p.startDate,
        p.weeklyCapacityHours,
      ]),
    );
    for (const t of plan.teams) {
      if (t.leadId || t.parentId) {
        await db.query(`UPDATE teams SET lead_id = $2, parent_id = $3 WHERE org_id = $1 AND id = $4`, [
          plan.id,
          t.leadId,
          t.parentId,
          t.id,
        ]);
      }
    }
    await insertRows(
      db,
      'users',
      ['org_id', 'email', 'password_hash', 'role', 'person_id'],
      plan.users.map((u, i) => [plan.id, u.email.toLowerCase(), hashes[i], u.role, u.personId]),
    );
    let goals: GrowthPlan['goals'] = [];
    if (plan.growth) {
      const levels = new Map(plan.people.map((p) => [p.id, resolveLevelKey(framework, p.track, p.level)]));
      const growth = plan.growth(framework, (p) => levels.get(p.id) ?? p.level);
      await writeGrowth(db, plan.id, growth);
      goals = growth.goals;
    }
    if (plan.staffing) await writeStaffing(db, plan.id, plan.staffing(goals));
    if (plan.oneOnOnes) await writeOneOnOnes(db, plan.id, plan.oneOnOnes(goals));
    if (plan.reviews) await writeReviews(db, plan.id, plan.reviews());
  });
}

/** The open cycle with a review for every active person, and the planned reviews' writing. */
async function writeReviews(db: EntityManager, orgId: string, plan: ReviewsPlan): Promise<void> {
  const [cycle]: { id: string }[] = await db.query(
    `INSERT INTO review_cycles (org_id, quarter, opened_by_name) VALUES ($1, $2, $3) RETURNING id`,
    [orgId, plan.openQuarter, plan.openedBy],
  );
  await db.query(
    `INSERT INTO reviews (org_id, cycle_id, person_id) SELECT org_id, $2, id FROM people WHERE org_id = $1 AND active`,
    [orgId, cycle.id],
  );
  for (const r of plan.reviews) {
    await db.query(
      `UPDATE reviews SET summary = $3, strengths = $4, focus = $5, readiness = $6, reflection = $7,
              shared_at = CASE WHEN $8::text IS NULL THEN NULL ELSE now() - interval '2 days' END, shared_by_name = $8,
              acknowledged_at = CASE WHEN $9 THEN now() - interval '1 day' END
        WHERE org_id = $1 AND cycle_id = $2 AND person_id = $10`,
      [
        orgId,
        cycle.id,
        r.summary,
        r.strengths,
        r.focus,
        r.readiness,
        r.reflection,
        r.sharedBy,
        r.acknowledged,
        r.personId,
      ],
    );
  }
  for (const a of plan.adjustments) {
    await db.query(
      `WITH changed AS (
         UPDATE reviews r SET readiness = $4 FROM reviews old
          WHERE r.org_id = $1 AND r.cycle_id = $2 AND r.person_id = $3 AND old.id = r.id
          RETURNING r.id, old.readiness AS before)
       INSERT INTO review_readiness_adjustments (org_id, review_id, from_readiness, to_readiness, reason, by_name)
       SELECT $1, id, before, $4, $5, $6 FROM changed`,
      [orgId, cycle.id, a.personId, a.to, a.reason, a.byName],
    );
  }
}

/** Ratings, releases, goals (with milestones and check-ins) and evidence, in a few statements. */
async function writeGrowth(db: EntityManager, orgId: string, growth: GrowthPlan): Promise<void> {
  await insertRows(
    db,
    'assessments',
    ['org_id', 'person_id', 'competency_key', 'quarter', 'source', 'rating', 'comment', 'author_name'],
    growth.assessments.map((a) => [
      orgId,
      a.personId,
      a.competencyKey,
      a.quarter,
      a.source,
      a.rating,
      a.comment,
      a.authorName,
    ]),
  );
  await insertRows(
    db,
    'assessment_releases',
    ['org_id', 'person_id', 'quarter'],
    growth.releases.map((r) => [orgId, r.personId, r.quarter]),
  );
  await insertRows(
    db,
    'goals',
    [
      'id',
      'org_id',
      'person_id',
      'title',
      'description',
      'competency_keys',
      'target_level',
      'due_quarter',
      'status',
      'start_date',
      'created_at',
    ],
    growth.goals.map((g) => [
      g.id,
      orgId,
      g.personId,
      g.title,
      g.description,
      g.competencyKeys,
      g.targetLevel,
      g.dueQuarter,
      g.status,
      g.startDate,
      g.startDate,
    ]),
  );
  await insertRows(
    db,
    'goal_milestones',
    ['org_id', 'goal_id', 'title', 'done', 'position'],
    growth.goals.flatMap((g) => g.milestones.map((m, i) => [orgId, g.id, m.title, m.done, i])),
  );
  await insertRows(
    db,
    'goal_check_ins',
    ['org_id', 'goal_id', 'date', 'progress', 'confidence', 'note', 'created_at'],
    growth.goals.flatMap((g) => g.checkIns.map((c) => [orgId, g.id, c.date, c.progress, c.confidence, c.note, c.date])),
  );
  await insertRows(
    db,
    'evidence',
    [
      'id',
      'org_id',
      'person_id',
      'date',
      'kind',
      'title',
      'link',
      'impact',
      'competency_keys',
      'incident_role',
      'incident_severity',
      'learning_format',
      'created_by_name',
    ],
    growth.evidence.map((e) => [
      e.id,
      orgId,
      e.personId,
      e.date,
      e.kind,
      e.title,
      e.link,
      e.impact,
      e.competencyKeys,
      e.incidentRole,
      e.incidentSeverity,
      e.learningFormat,
      e.createdByName,
    ]),
  );
  await insertRows(
    db,
    'evidence_goals',
    ['org_id', 'evidence_id', 'goal_id'],
    growth.evidence.flatMap((e) => e.goalIds.map((goalId) => [orgId, e.id, goalId])),
  );
}

/** Calendars, working time, projects with their needs, scenarios, allocations and time off. */
async function writeStaffing(db: EntityManager, orgId: string, staffing: StaffingPlan): Promise<void> {
  await insertRows(
    db,
    'holiday_calendars',
    ['id', 'org_id', 'name'],
    staffing.holidayCalendars.map((c) => [c.id, orgId, c.name]),
  );
  await insertRows(
    db,
    'holidays',
    ['org_id', 'calendar_id', 'date', 'name'],
    staffing.holidayCalendars.flatMap((c) => c.holidays.map((h) => [orgId, c.id, h.date, h.name])),
  );
  for (const w of staffing.workingTime) {
    await db.query(`UPDATE people SET working_days = $3, holiday_calendar_id = $4 WHERE org_id = $1 AND id = $2`, [
      orgId,
      w.personId,
      w.workingDays,
      w.holidayCalendarId,
    ]);
  }
  await insertRows(
    db,
    'projects',
    ['id', 'org_id', 'name', 'kind', 'status', 'priority', 'start_date', 'end_date', 'team_id', 'description'],
    staffing.projects.map((p) => [
      p.id,
      orgId,
      p.name,
      p.kind,
      p.status,
      p.priority,
      p.startDate,
      p.endDate,
      p.teamId,
      p.description,
    ]),
  );
  const needs = staffing.projects.flatMap((p) => p.needs.map((n) => ({ projectId: p.id, ...n })));
  await insertRows(
    db,
    'project_needs',
    ['id', 'org_id', 'project_id', 'role', 'percent', 'start_date', 'end_date'],
    needs.map((n) => [n.id, orgId, n.projectId, n.role, n.percent, n.startDate, n.endDate]),
  );
  await insertRows(
    db,
    'project_need_competencies',
    ['org_id', 'need_id', 'competency_key', 'min_level'],
    needs.flatMap((n) => n.competencies.map((c) => [orgId, n.id, c.key, c.minLevel])),
  );
  await insertRows(
    db,
    'scenarios',
    ['id', 'org_id', 'name'],
    staffing.scenarios.map((s) => [s.id, orgId, s.name]),
  );
  for (const s of staffing.scenarios) {
    if (!s.authorPersonId) continue;
    await db.query(
      `UPDATE scenarios s SET created_by_user_id = u.id FROM users u
       WHERE s.org_id = $1 AND s.id = $2 AND u.org_id = $1 AND u.person_id = $3`,
      [orgId, s.id, s.authorPersonId],
    );
  }
  await insertRows(
    db,
    'allocations',
    [
      'id',
      'org_id',
      'person_id',
      'project_id',
      'need_id',
      'scenario_id',
      'kind',
      'percent',
      'start_date',
      'end_date',
      'status',
      'note',
      'replaces_id',
      'replaces_version',
      'base',
    ],
    staffing.allocations.map((a) => {
      const plan = a.replaces ? staffing.allocations.find((p) => p.id === a.replaces?.id) : undefined;
      const base = plan && {
        projectName: staffing.projects.find((p) => p.id === plan.projectId)?.name ?? null,
        percent: plan.percent,
        startDate: plan.startDate,
        endDate: plan.endDate,
      };
      return [
        a.id,
        orgId,
        a.personId,
        a.projectId,
        a.needId,
        a.scenarioId,
        a.kind,
        a.percent,
        a.startDate,
        a.endDate,
        a.status,
        a.note,
        a.replaces?.id ?? null,
        a.replaces?.version ?? null,
        base ? JSON.stringify(base) : null,
      ];
    }),
  );
  await insertRows(
    db,
    'allocation_goals',
    ['org_id', 'allocation_id', 'goal_id'],
    staffing.allocations.flatMap((a) => a.goalIds.map((g) => [orgId, a.id, g])),
  );
  await insertRows(
    db,
    'staffing_evidence_dismissals',
    ['org_id', 'allocation_id'],
    staffing.allocations.filter((a) => a.evidenceDismissed).map((a) => [orgId, a.id]),
  );
  await insertRows(
    db,
    'time_off',
    ['org_id', 'person_id', 'start_date', 'end_date', 'percent', 'category', 'note'],
    staffing.timeOff.map((t) => [orgId, t.personId, t.startDate, t.endDate, t.percent, t.category, t.note]),
  );
}

/**
 * Series, meetings, agendas, action items, shared notes (real Yjs documents), the links of
 * check-ins to the meetings they were made in, and private notes: each written with
 * `app.user_id` set to its author's account, since the row policy admits nothing else.
 */
async function writeOneOnOnes(db: EntityManager, orgId: string, plan: OneOnOnesPlan): Promise<void> {
  await insertRows(
    db,
    'one_on_one_templates',
    ['org_id', 'name', 'points'],
    plan.templates.map((t) => [orgId, t.name, t.points]),
  );
  await insertRows(
    db,
    'one_on_one_series',
    [
      'id',
      'org_id',
      'kind',
      'lead_id',
      'partner_id',
      'started_by_id',
      'cadence',
      'weekday',
      'start_time',
      'duration_minutes',
      'time_zone',
      'created_at',
    ],
    plan.series.map((s) => [
      s.id,
      orgId,
      s.kind,
      s.leadId,
      s.partnerId,
      s.leadId,
      s.cadence,
      s.weekday,
      s.startTime,
      s.durationMinutes,
      s.timeZone,
      s.createdAt,
    ]),
  );
  await insertRows(
    db,
    'meetings',
    [
      'id',
      'org_id',
      'series_id',
      'scheduled_at',
      'duration_minutes',
      'status',
      'completed_at',
      'completed_by_id',
      'mood',
    ],
    plan.meetings.map((m) => [
      m.id,
      orgId,
      m.seriesId,
      m.scheduledAt,
      m.durationMinutes,
      m.status,
      m.completedAt,
      m.completedById,
      m.mood,
    ]),
  );
  await insertRows(
    db,
    'meeting_points',
    ['org_id', 'meeting_id', 'author_id', 'text', 'position', 'discussed', 'carried_from_meeting_id', 'tags'],
    plan.points.map((p) => [
      orgId,
      p.meetingId,
      p.authorId,
      p.text,
      p.position,
      p.discussed,
      p.carriedFromMeetingId,
      p.tags,
    ]),
  );
  await insertRows(
    db,
    'meeting_action_items',
    ['org_id', 'series_id', 'meeting_id', 'agreed_in_meeting_id', 'text', 'owner_id', 'due_date', 'done', 'done_at'],
    plan.actionItems.map((a) => [
      orgId,
      a.seriesId,
      a.meetingId,
      a.agreedInMeetingId,
      a.text,
      a.ownerId,
      a.dueDate,
      a.doneAt !== null,
      a.doneAt,
    ]),
  );
  await insertRows(
    db,
    'meeting_shared_notes',
    ['org_id', 'meeting_id', 'document', 'plain_text', 'tags'],
    plan.sharedNotes.map((n) => {
      const { document, plainText } = sharedNoteDocument(n.paragraphs);
      return [orgId, n.meetingId, Buffer.from(document), plainText, n.tags];
    }),
  );
  for (const link of plan.checkInLinks) {
    await db.query(`UPDATE goal_check_ins SET meeting_id = $4 WHERE org_id = $1 AND goal_id = $2 AND date = $3`, [
      orgId,
      link.goalId,
      link.date,
      link.meetingId,
    ]);
  }
  for (const note of plan.privateNotes) {
    const [author]: { id: string }[] = await db.query(`SELECT id FROM users WHERE org_id = $1 AND person_id = $2`, [
      orgId,
      note.authorPersonId,
    ]);
    if (!author) continue;
    await db.query(`SELECT set_config('app.user_id', $1, true)`, [author.id]);
    await db.query(
      `INSERT INTO meeting_private_notes (org_id, meeting_id, author_user_id, body) VALUES ($1, $2, $3, $4)`,
      [orgId, note.meetingId, author.id, note.body],
    );
    await db.query(`SELECT set_config('app.user_id', '', true)`);
  }
}
