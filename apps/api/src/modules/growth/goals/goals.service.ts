import { Injectable } from '@nestjs/common';
import { goalHealth, needsAttention, nextQuarterKey, type Framework, type GoalHealthInput } from '@trellis/domain';
import { badInput, conflict, notFound } from '../../../common/errors';
import { groupBy } from '../../../common/group-by';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { currentFramework } from '../../frameworks/framework.loader';
import { PersonRow } from '../../directory/people/person-row';
import { CreateGoalInput, GoalCheckInInput, MilestoneInput, UpdateGoalInput } from './dto/goal.inputs';
import { growthSubject, growthWriter, viewerName } from '../../../authz/record-access';
import { QuarterClock, QuarterClockService, checkQuarter } from '../../directory/organizations/quarter-clock.service';
import { activeCompetency, competencyRefs, rungName } from '../growth-mapping';
import { CheckInConfidence, GoalHealthState, GoalStatus } from '../growth.enums';
import { GoalFields, GoalRow, GoalsRepository, MeetingCheckInRow, OpenGoalRow } from './goals.repository';
import { GoalMeetingLinks } from './goal-meeting-links';

export type { MeetingCheckInRow, OpenGoalRow } from './goals.repository';
import { Goal } from './models/goal.model';
import { scaleOf } from '../assessments/assessments.service';

@Injectable()
export class GoalsService {
  constructor(
    private readonly quarters: QuarterClockService,
    private readonly goals: GoalsRepository,
    private readonly audit: AuditService,
    private readonly meetingLinks: GoalMeetingLinks,
  ) {}

  async list(ctx: RequestContext, personId: string): Promise<Goal[]> {
    await growthSubject(ctx, personId);
    return this.hydrate(ctx, await this.goals.forPeople(ctx.db, ctx.orgId, [personId]));
  }

  async get(ctx: RequestContext, id: string): Promise<Goal> {
    const row = await this.find(ctx, id, 'id');
    await growthSubject(ctx, row.personId);
    return (await this.hydrate(ctx, [row]))[0];
  }

  /**
   * The open goals of these people that need a look (Home), in `forPeople`'s order, by the same
   * health as `forPeople` gives them; one statement (a goal's health needs no milestones or
   * evidence, and only active and at-risk goals can need a look).
   */
  async needingAttention(
    ctx: RequestContext,
    personIds: string[],
  ): Promise<{ id: string; personId: string; title: string; reason: string; stale: boolean }[]> {
    if (personIds.length === 0) return [];
    const [rows, clock] = await Promise.all([
      this.goals.openGoalHealthFacts(ctx.db, ctx.orgId, personIds),
      this.quarters.clock(ctx),
    ]);
    return rows.flatMap((row) => {
      const health = goalHealth(healthInput(clock, row, row.checkIns));
      return needsAttention(health, row.status)
        ? [{ id: row.id, personId: row.personId, title: row.title, reason: health.reason, stale: health.stale }]
        : [];
    });
  }

  /** Goals of many people, with milestones, check-ins and health: four statements in all. */
  async forPeople(ctx: RequestContext, personIds: string[]): Promise<Goal[]> {
    if (personIds.length === 0) return [];
    return this.hydrate(ctx, await this.goals.forPeople(ctx.db, ctx.orgId, personIds));
  }

  /**
   * The open goals of these people, in brief, for staffing (growth-aligned work, stretch links).
   * The caller decides who may see them; one statement for any number of people.
   */
  openGoals(ctx: RequestContext, personIds: readonly string[]): Promise<OpenGoalRow[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.goals.openGoals(ctx.db, ctx.orgId, personIds);
  }

  async create(ctx: RequestContext, input: CreateGoalInput): Promise<Goal> {
    const { person } = await growthWriter(ctx, input.personId);
    const clock = await this.quarters.clock(ctx, { forWrite: true });
    const dueQuarter = checkQuarter(clock, input.dueQuarter ?? nextQuarterKey(clock.current), 'dueQuarter');
    if (dueQuarter < clock.current) {
      throw badInput(
        'dueQuarter',
        `${clock.toQuarter(dueQuarter).label} has passed: choose this quarter or a later one.`,
      );
    }
    const fields = await this.checkFields(ctx, person, null, {
      title: input.title.trim(),
      description: input.description.trim(),
      competencyKeys: input.competencyKeys,
      targetLevel: input.targetLevelKey ?? null,
      dueQuarter,
      status: input.status,
    });
    const viewer = ctx.requireViewer();
    const id = await this.goals.insert(ctx.db, ctx.orgId, person.id, fields, viewer.userId, clock.today);
    if (input.milestones.length)
      await this.goals.replaceMilestones(ctx.db, ctx.orgId, id, this.milestones(input.milestones, []));
    await this.audit.record(
      ctx,
      'goal_created',
      // The log is read by admins, who do not see growth records: it names whose goal, not what.
      { type: 'goal', id, label: `Goal of ${person.name}` },
    );
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateGoalInput): Promise<Goal> {
    const row = await this.find(ctx, id, 'id');
    const { person } = await growthWriter(ctx, row.personId);
    let dueQuarter = row.dueQuarter;
    if (input.dueQuarter === null) throw badInput('dueQuarter', 'Choose the quarter the goal is due.');
    if (input.dueQuarter !== undefined && input.dueQuarter !== row.dueQuarter) {
      const clock = await this.quarters.clock(ctx, { forWrite: true });
      dueQuarter = checkQuarter(clock, input.dueQuarter, 'dueQuarter');
      if (dueQuarter < clock.current) {
        throw badInput(
          'dueQuarter',
          `${clock.toQuarter(dueQuarter).label} has passed: choose this quarter or a later one.`,
        );
      }
    }
    const fields = await this.checkFields(ctx, person, row, {
      title: input.title?.trim() ?? row.title,
      description: input.description?.trim() ?? row.description,
      competencyKeys: input.competencyKeys ?? row.competencyKeys,
      targetLevel: input.targetLevelKey === undefined ? row.targetLevel : input.targetLevelKey,
      dueQuarter,
      status: input.status ?? row.status,
    });
    if (!(await this.goals.update(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict(`“${row.title}” was changed by someone else since you opened it. Reload and try again.`);
    }
    if (input.milestones) {
      const existing = (await this.goals.milestones(ctx.db, ctx.orgId, [id])).map((m) => m.id);
      await this.goals.replaceMilestones(ctx.db, ctx.orgId, id, this.milestones(input.milestones, existing));
    }
    const changed = (Object.keys(fields) as (keyof GoalFields)[]).filter(
      (k) => JSON.stringify(fields[k]) !== JSON.stringify(row[k]),
    );
    if (input.milestones) changed.push('milestones' as keyof GoalFields);
    await this.audit.record(ctx, 'goal_updated', { type: 'goal', id, label: `Goal of ${person.name}` }, { changed });
    return this.get(ctx, id);
  }

  async checkIn(ctx: RequestContext, goalId: string, input: GoalCheckInInput): Promise<Goal> {
    const row = await this.find(ctx, goalId, 'goalId');
    const { person } = await growthWriter(ctx, row.personId);
    if (row.status === 'done' || row.status === 'dropped' || row.status === 'draft') {
      const word = row.status === 'draft' ? 'a draft: make it active' : `${row.status}: reopen it`;
      throw badInput('goalId', `“${row.title}” is ${word} to check in.`);
    }
    const clock = await this.quarters.clock(ctx);
    const date = input.date ?? clock.today;
    if (date > clock.today) throw badInput('date', 'A check-in cannot be dated in the future.');
    if (date < row.startDate)
      throw badInput('date', `The goal started on ${row.startDate}: date the check-in on or after it.`);
    if (input.meetingId) await this.meetingLinks.require(ctx, input.meetingId, row.personId);
    const viewer = ctx.requireViewer();
    await this.goals.addCheckIn(
      ctx.db,
      ctx.orgId,
      goalId,
      {
        date,
        progress: input.progress,
        confidence: input.confidence,
        note: input.note.trim(),
        meetingId: input.meetingId ?? null,
      },
      { userId: viewer.userId, name: await viewerName(ctx) },
    );
    // The latest confidence sets the status between active and at risk; done and dropped are a person's call.
    const status = input.confidence === CheckInConfidence.ON_TRACK ? 'active' : 'at_risk';
    if (!(await this.goals.touch(ctx.db, ctx.orgId, goalId, status))) {
      throw conflict(`“${row.title}” was closed by someone else meanwhile. Reload it to see its status.`);
    }
    await this.audit.record(ctx, 'goal_checked_in', {
      type: 'goal',
      id: goalId,
      label: `Goal of ${person.name}`,
    });
    return this.get(ctx, goalId);
  }

  /**
   * The check-ins made in these meetings. The caller (the one-on-ones feature) has checked that
   * the viewer takes part in every one of them: a meeting's check-ins are its participants' to see.
   */
  checkInsOfMeetings(ctx: RequestContext, meetingIds: readonly string[]): Promise<MeetingCheckInRow[]> {
    if (meetingIds.length === 0) return Promise.resolve([]);
    return this.goals.checkInsOfMeetings(ctx.db, ctx.orgId, meetingIds);
  }

  async setMilestoneDone(ctx: RequestContext, milestoneId: string, done: boolean): Promise<Goal> {
    requireId('milestoneId', milestoneId);
    const milestone = await this.goals.milestoneById(ctx.db, ctx.orgId, milestoneId);
    if (!milestone) throw notFound('Milestone');
    const row = await this.find(ctx, milestone.goalId, 'milestoneId');
    const { person } = await growthWriter(ctx, row.personId);
    // A closed goal is a record of how it ended: reopen it first, as for a check-in.
    if (row.status === 'done' || row.status === 'dropped') {
      throw badInput('milestoneId', `“${row.title}” is ${row.status}: reopen it to change its milestones.`);
    }
    if (!(await this.goals.setMilestoneDone(ctx.db, ctx.orgId, milestoneId, done))) {
      throw conflict(`That milestone was removed from “${row.title}” meanwhile. Reload the goal.`);
    }
    await this.goals.touch(ctx.db, ctx.orgId, row.id);
    await this.audit.record(ctx, done ? 'goal_milestone_done' : 'goal_milestone_reopened', {
      type: 'goal',
      id: row.id,
      label: `Goal of ${person.name}`,
    });
    return this.get(ctx, row.id);
  }

  private async find(ctx: RequestContext, id: string, field: string): Promise<GoalRow> {
    requireId(field, id);
    const [row] = await this.goals.byIds(ctx.db, ctx.orgId, [id]);
    if (!row) throw notFound('Goal');
    return row;
  }

  private milestones(list: MilestoneInput[], existing: string[]) {
    const seen = new Set<string>();
    return list.map((m, i) => {
      if (m.id && !existing.includes(m.id)) throw badInput(`milestones.${i}.id`, 'That milestone is not on this goal.');
      if (m.id && seen.has(m.id)) throw badInput(`milestones.${i}.id`, 'That milestone is in the list twice.');
      if (m.id) seen.add(m.id);
      return { id: m.id ?? null, title: m.title.trim(), done: m.done };
    });
  }

  /** Keys must point into the framework; what the goal already had stays acceptable (retired since). */
  private async checkFields(
    ctx: RequestContext,
    person: PersonRow,
    stored: GoalRow | null,
    fields: GoalFields,
  ): Promise<GoalFields> {
    const framework = (await currentFramework(ctx)).document;
    const keys = [...new Set(fields.competencyKeys)];
    if (keys.length === 0) throw badInput('competencyKeys', 'Tie the goal to at least one competency.');
    for (const key of keys) {
      if (!activeCompetency(framework, key) && !stored?.competencyKeys.includes(key)) {
        throw badInput('competencyKeys', `The framework has no competency "${key}".`);
      }
    }
    if (fields.targetLevel !== null && fields.targetLevel !== stored?.targetLevel) {
      const rung = scaleOf(framework, person.track).find((r) => r.key === fields.targetLevel && r.position > 0);
      if (!rung || rung.retired) {
        throw badInput('targetLevelKey', `"${fields.targetLevel}" is not a level of ${person.name}'s track.`);
      }
    }
    return { ...fields, competencyKeys: keys };
  }

  private async hydrate(ctx: RequestContext, rows: GoalRow[]): Promise<Goal[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [milestones, checkIns, evidence, framework, clock] = await Promise.all([
      this.goals.milestones(ctx.db, ctx.orgId, ids),
      this.goals.checkIns(ctx.db, ctx.orgId, ids),
      this.goals.evidenceCounts(ctx.db, ctx.orgId, ids),
      currentFramework(ctx),
      this.quarters.clock(ctx),
    ]);
    const milestonesOf = groupBy(milestones, (m) => m.goalId);
    const checkInsOf = groupBy(checkIns, (c) => c.goalId);
    return rows.map((row) =>
      toGoal(framework.document, clock, row, milestonesOf.get(row.id) ?? [], checkInsOf.get(row.id) ?? [], evidence),
    );
  }
}

/** What a goal's health is worked out from; check-ins oldest first. */
function healthInput(
  clock: QuarterClock,
  row: Pick<GoalRow, 'status' | 'startDate' | 'dueQuarter'>,
  checkIns: GoalHealthInput['checkIns'],
): GoalHealthInput {
  const due = clock.toQuarter(row.dueQuarter ?? clock.current).end;
  return {
    status: row.status,
    startDate: row.startDate,
    dueDate: due < row.startDate ? row.startDate : due,
    checkIns,
    today: clock.today,
    staleAfterDays: clock.staleGoalDays,
  };
}

function toGoal(
  framework: Framework,
  clock: QuarterClock,
  row: GoalRow,
  milestones: { id: string; title: string; done: boolean }[],
  checkIns: {
    id: string;
    date: string;
    progress: number;
    confidence: string;
    note: string;
    authorName: string | null;
  }[],
  evidence: Map<string, number>,
): Goal {
  const health = goalHealth(
    healthInput(
      clock,
      row,
      [...checkIns].reverse().map((c) => ({
        date: c.date,
        progress: c.progress,
        confidence: c.confidence as CheckInConfidence,
      })),
    ),
  );
  return {
    id: row.id,
    personId: row.personId,
    title: row.title,
    description: row.description,
    competencies: competencyRefs(framework, row.competencyKeys),
    targetLevelKey: row.targetLevel,
    targetLevelName: row.targetLevel ? rungName(framework, row.targetLevel) : null,
    dueQuarter: row.dueQuarter ? clock.toQuarter(row.dueQuarter) : null,
    status: row.status as GoalStatus,
    startDate: row.startDate,
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, done: m.done })),
    checkIns: checkIns.map((c) => ({ ...c, confidence: c.confidence as CheckInConfidence })),
    health: {
      ...health,
      state: health.state as GoalHealthState,
      needsAttention: needsAttention(health, row.status),
    },
    evidenceCount: evidence.get(row.id) ?? 0,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
