import { Injectable } from '@nestjs/common';
import {
  personTotals,
  planCalendar,
  sumTotals,
  type PlanCalendar,
  type TimeTotals,
  type Weekday,
} from '@trellis/domain';
import { Policy } from '../../../authz/policy';
import { groupBy } from '../../../common/group-by';
import { RequestContext } from '../../../context/request-context';
import { GoalsService, type OpenGoalRow } from '../../growth/goals/goals.service';
import { AllocationRow, AllocationsRepository, StretchRow } from '../allocations/allocations.repository';
import { Allocation } from '../allocations/models/allocation.model';
import { AllocationStatus, ScenarioChangeKind, TimeOffCategory, WorkKind } from '../staffing.enums';
import { TimeOff } from '../time-off/models/time-off.model';
import { TimeOffRepository, TimeOffRow } from '../time-off/time-off.repository';
import { StaffedPersonRow, TimelineRepository } from './timeline.repository';

/** A person's time over a range, and the stretch assignments in it. */
export interface RangeTotals {
  totals: TimeTotals;
  stretches: { projectName: string | null; goalTitles: string[]; from: string; to: string }[];
}

/** What the capacity maths needs of a set of people over a range, read in a fixed number of statements. */
export interface PlanData {
  allocations: Map<string, AllocationRow[]>;
  timeOff: Map<string, TimeOffRow[]>;
  holidays: Map<string, Set<string>>;
  /** Competencies of each person's open goals, for the people whose growth the viewer sees. */
  goalKeys: Map<string, Set<string>>;
  /** The goals each allocation stretches toward, for the people whose growth the viewer sees. */
  stretches: Map<string, StretchRow[]>;
  /** The open goals of the people whose growth the viewer sees. */
  goals: Map<string, OpenGoalRow[]>;
}

/** Reads a plan and feeds it to the domain's capacity maths; every figure is worked out there. */
@Injectable()
export class CapacityService {
  constructor(
    private readonly allocations: AllocationsRepository,
    private readonly timeOff: TimeOffRepository,
    private readonly timeline: TimelineRepository,
    private readonly goals: GoalsService,
  ) {}

  /** Six statements at most, whatever the number of people. */
  async load(
    ctx: RequestContext,
    people: StaffedPersonRow[],
    from: string,
    to: string,
    policy: Pick<Policy, 'canSeeStretch'>,
    /** Read the plan as this scenario leaves it (the caller has checked the viewer may). */
    scenarioId: string | null = null,
  ): Promise<PlanData> {
    const ids = people.map((p) => p.id);
    const growthIds = ids.filter((id) => policy.canSeeStretch(id));
    const calendarIds = [...new Set(people.flatMap((p) => (p.holidayCalendarId ? [p.holidayCalendarId] : [])))];
    const [allocations, timeOff, holidays, goals] = await Promise.all([
      ids.length ? this.allocations.forPeople(ctx.db, ctx.orgId, ids, from, to, scenarioId) : Promise.resolve([]),
      ids.length ? this.timeOff.forPeople(ctx.db, ctx.orgId, ids, from, to) : Promise.resolve([]),
      this.timeline.holidays(ctx.db, ctx.orgId, calendarIds, from, to),
      this.goals.openGoals(ctx, growthIds),
    ]);
    const growthSet = new Set(growthIds);
    const stretchIds = allocations.filter((a) => growthSet.has(a.personId)).map((a) => a.id);
    const stretches = stretchIds.length ? await this.allocations.stretchesOf(ctx.db, ctx.orgId, stretchIds) : [];
    const goalKeys = new Map<string, Set<string>>(growthIds.map((id) => [id, new Set<string>()]));
    for (const g of goals) for (const key of g.competencyKeys) goalKeys.get(g.personId)?.add(key);
    const holidaySets = new Map<string, Set<string>>();
    for (const h of holidays) {
      if (!holidaySets.has(h.calendarId)) holidaySets.set(h.calendarId, new Set());
      holidaySets.get(h.calendarId)?.add(h.date);
    }
    return {
      allocations: groupBy(allocations, (a) => a.personId),
      timeOff: groupBy(timeOff, (t) => t.personId),
      holidays: holidaySets,
      goalKeys,
      stretches: groupBy(stretches, (s) => s.allocationId),
      goals: groupBy(goals, (g) => g.personId),
    };
  }

  /**
   * Each active person's time over a range, summed, with the allocations in it that stretch toward
   * a goal (for those the policy lets see growth); people not found are left out.
   */
  async rangeTotals(
    ctx: RequestContext,
    personIds: readonly string[],
    from: string,
    to: string,
    policy: Pick<Policy, 'canSeeStretch'>,
  ): Promise<Map<string, RangeTotals>> {
    if (personIds.length === 0) return new Map();
    const { rows } = await this.timeline.people(
      ctx.db,
      ctx.orgId,
      { ids: [...personIds], teamIds: null, projectId: null, kind: null, from, to },
      0,
      personIds.length,
    );
    const data = await this.load(ctx, rows, from, to, policy);
    const calendar = planCalendar(from, to);
    return new Map(
      rows.map((person) => [
        person.id,
        {
          totals: sumTotals(this.totals(calendar, person, data)),
          stretches: (data.allocations.get(person.id) ?? []).flatMap((a) => {
            const goals = data.stretches.get(a.id) ?? [];
            if (a.removed || goals.length === 0) return [];
            return [
              { projectName: a.projectName, goalTitles: goals.map((g) => g.title), from: a.startDate, to: a.endDate },
            ];
          }),
        },
      ]),
    );
  }

  /** A person's time per period of the calendar. */
  totals(calendar: PlanCalendar, person: StaffedPersonRow, data: PlanData): TimeTotals[] {
    return personTotals(calendar, {
      working: {
        workingDays: person.workingDays as Weekday[],
        holidays: person.holidayCalendarId ? data.holidays.get(person.holidayCalendarId) : undefined,
      },
      // A scenario's tombstones are shown, never counted.
      allocations: (data.allocations.get(person.id) ?? []).flatMap((a) =>
        a.removed
          ? []
          : [
              {
                start: a.startDate,
                end: a.endDate,
                percent: a.percent,
                kind: a.kind,
                status: a.status,
                competencyKeys: a.competencyKeys,
              },
            ],
      ),
      timeOff: (data.timeOff.get(person.id) ?? []).map((t) => ({
        start: t.startDate,
        end: t.endDate,
        percent: t.percent,
      })),
      goalCompetencyKeys: data.goalKeys.get(person.id),
    });
  }
}

/** An allocation as the API shows it: stretch goals and growth fit only to those who see growth. */
export function toAllocation(row: AllocationRow, data: Pick<PlanData, 'goalKeys' | 'stretches'> | null): Allocation {
  const goalKeys = data?.goalKeys.get(row.personId);
  return {
    id: row.id,
    personId: row.personId,
    projectId: row.projectId,
    projectName: row.projectName,
    needId: row.needId,
    kind: row.kind as WorkKind,
    percent: row.percent,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status as AllocationStatus,
    note: row.note,
    version: row.version,
    stretchGoals: goalKeys ? (data?.stretches.get(row.id) ?? []).map((s) => ({ id: s.goalId, title: s.title })) : [],
    growthAligned: goalKeys ? row.kind === 'delivery' && row.competencyKeys.some((k) => goalKeys.has(k)) : null,
    scenarioChange: row.change ? (row.change.toUpperCase() as ScenarioChangeKind) : null,
    replacesId: row.replacesId,
  };
}

/** Time off as the API shows it: its note only to the person and their manager chain. */
export function toTimeOff(row: TimeOffRow, policy: Policy): TimeOff {
  return {
    id: row.id,
    personId: row.personId,
    startDate: row.startDate,
    endDate: row.endDate,
    percent: row.percent,
    category: row.category as TimeOffCategory,
    note: policy.canReadTimeOffNote(row.personId) ? row.note : null,
    version: row.version,
  };
}
