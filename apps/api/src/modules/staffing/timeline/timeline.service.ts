import { Injectable } from '@nestjs/common';
import {
  addDays,
  balanceOf,
  developmentDrought,
  mondayOf,
  planCalendar,
  sumTotals,
  type Balance,
  type TimeTotals,
} from '@trellis/domain';
import { badInput, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { quarterArgument, QuarterClockService } from '../../directory/organizations/quarter-clock.service';
import { TeamsService } from '../../directory/teams/teams.service';
import { ProjectsService } from '../projects/projects.service';
import { WorkKind } from '../staffing.enums';
import { CapacityService, toAllocation, toTimeOff } from './capacity.service';
import {
  BalanceFigures,
  PersonBalance,
  PersonWeek,
  PersonWeekSeries,
  StaffedPerson,
  StaffingBalance,
  StaffingTimeline,
  TeamBalance,
} from './models/timeline.model';
import { readableScenario } from '../scenarios/scenario-access';
import { ScenariosRepository } from '../scenarios/scenarios.repository';
import { StaffedPersonRow, TimelineRepository } from './timeline.repository';

export const MAX_TIMELINE_WEEKS = 53;
export const MAX_TIMELINE_PEOPLE = 500;

export interface TimelineArgs {
  from: string;
  weeks: number;
  teamId?: string | null;
  personId?: string | null;
  projectId?: string | null;
  kind?: WorkKind | null;
  offset: number;
  limit: number;
  /** Read the plan as this scenario leaves it (its author and admins only). */
  scenarioId?: string | null;
}

export const toStaffedPerson = (p: StaffedPersonRow): StaffedPerson => ({
  id: p.id,
  name: p.name,
  title: p.title,
  teamId: p.teamId,
  teamName: p.teamName,
  workingDays: p.workingDays,
  holidayCalendarId: p.holidayCalendarId,
  holidayCalendarName: p.holidayCalendarName,
});

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A row's weeks as one object each, from its parallel lists. */
export function weeksOf(keys: readonly string[], l: PersonWeekSeries): PersonWeek[] {
  return keys.map((week, i) => ({
    week,
    workingDays: l.workingDays[i],
    capacityDays: l.capacityDays[i],
    allocatedShare: l.allocatedShare[i],
    tentativeShare: l.tentativeShare[i],
    deliveryShare: l.deliveryShare[i],
    developmentShare: l.developmentShare[i],
    supportShare: l.supportShare[i],
    overAllocated: l.overAllocated[i],
    idle: l.idle[i],
    away: l.away[i],
  }));
}

/** The staffing views: who works on what, week by week, and how each person's time balances. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly staffed: TimelineRepository,
    private readonly capacity: CapacityService,
    private readonly projects: ProjectsService,
    private readonly teams: TeamsService,
    private readonly organizations: OrganizationsService,
    private readonly quarters: QuarterClockService,
    private readonly scenarios: ScenariosRepository,
  ) {}

  async timeline(ctx: RequestContext, args: TimelineArgs): Promise<StaffingTimeline> {
    if (!Number.isInteger(args.weeks) || args.weeks < 1 || args.weeks > MAX_TIMELINE_WEEKS) {
      throw badInput('weeks', `Show between 1 and ${MAX_TIMELINE_WEEKS} weeks.`);
    }
    if (args.offset < 0) throw badInput('offset', 'The offset cannot be negative.');
    if (args.limit < 1 || args.limit > MAX_TIMELINE_PEOPLE) {
      throw badInput('limit', `Show between 1 and ${MAX_TIMELINE_PEOPLE} people at a time.`);
    }
    const from = mondayOf(args.from);
    const to = addDays(from, args.weeks * 7 - 1);
    const policy = await ctx.policy();
    const scenarioId = args.scenarioId
      ? (await readableScenario(ctx, this.scenarios, args.scenarioId, 'scenarioId')).id
      : null;
    const { ids, teamIds } = await this.scope(ctx, args.personId, args.teamId);
    if (args.projectId) await this.projects.find(ctx, args.projectId, 'projectId');
    const [{ rows: people, total }, rules, openNeeds] = await Promise.all([
      this.staffed.people(
        ctx.db,
        ctx.orgId,
        { ids, teamIds, projectId: args.projectId ?? null, kind: args.kind ?? null, from, to, scenarioId },
        args.offset,
        args.limit,
      ),
      this.organizations.staffingRules(ctx),
      this.projects.openNeeds(ctx, from, to, args.projectId ?? null, scenarioId),
    ]);
    const data = await this.capacity.load(ctx, people, from, to, policy, scenarioId);
    const calendar = planCalendar(from, to);
    const weekKeys = calendar.periods.map((p) => p.key);
    return {
      from,
      to,
      weeks: calendar.periods.map((p) => ({ key: p.key, monday: p.start })),
      offset: args.offset,
      limit: args.limit,
      totalCount: total,
      openNeeds,
      rows: people.map((person) => {
        const totals = this.capacity.totals(calendar, person, data);
        const n = totals.length;
        const load: PersonWeekSeries = {
          workingDays: new Array<number>(n),
          capacityDays: new Array<number>(n),
          allocatedShare: new Array<number>(n),
          tentativeShare: new Array<number>(n),
          deliveryShare: new Array<number>(n),
          developmentShare: new Array<number>(n),
          supportShare: new Array<number>(n),
          overAllocated: new Array<boolean>(n),
          idle: new Array<boolean>(n),
          away: new Array<boolean>(n),
        };
        for (let i = 0; i < n; i++) {
          const t = totals[i];
          const b = balanceOf(t, rules);
          const share = (days: number) => (t.capacityDays > 0 ? round(days / t.capacityDays) : 0);
          load.workingDays[i] = round(t.workingDays);
          load.capacityDays[i] = round(t.capacityDays);
          load.allocatedShare[i] = round(b.allocatedShare);
          load.tentativeShare[i] = round(b.tentativeShare);
          load.deliveryShare[i] = share(t.deliveryDays);
          load.developmentShare[i] = share(t.developmentDays);
          load.supportShare[i] = share(t.supportDays);
          load.overAllocated[i] = b.overAllocated;
          load.idle[i] = b.idle;
          load.away[i] = b.away;
        }
        return {
          person: toStaffedPerson(person),
          canAllocate: policy.canAllocate(person.id),
          load,
          // One object per week only for a reader that asks for them (the deprecated `weeks`).
          get weeks() {
            return weeksOf(weekKeys, load);
          },
          allocations: (data.allocations.get(person.id) ?? []).map((a) => toAllocation(a, data)),
          timeOff: (data.timeOff.get(person.id) ?? []).map((t) => toTimeOff(t, policy)),
        };
      }),
    };
  }

  /** Delivery, development and support per person and team for a fiscal quarter. */
  async balance(
    ctx: RequestContext,
    quarterArg: string | null | undefined,
    teamId: string | null | undefined,
    scenarioArg: string | null = null,
  ): Promise<StaffingBalance> {
    const policy = await ctx.policy();
    const scenarioId = scenarioArg ? (await readableScenario(ctx, this.scenarios, scenarioArg, 'scenarioId')).id : null;
    const clock = await this.quarters.clock(ctx);
    const quarter = clock.toQuarter(quarterArgument(clock, quarterArg));
    const { ids, teamIds } = await this.scope(ctx, null, teamId);
    const from = quarter.start;
    const to = quarter.end;
    const [{ rows: people }, rules] = await Promise.all([
      this.staffed.people(
        ctx.db,
        ctx.orgId,
        { ids, teamIds, projectId: null, kind: null, from, to },
        0,
        MAX_TIMELINE_PEOPLE,
      ),
      this.organizations.staffingRules(ctx),
    ]);
    const data = await this.capacity.load(ctx, people, from, to, policy, scenarioId);
    const calendar = planCalendar(from, to);
    const seesGrowth = (id: string) => data.goalKeys.has(id);
    const figures = (t: TimeTotals, weeks: TimeTotals[], growth: boolean): BalanceFigures => {
      const b: Balance = balanceOf(t, rules);
      return {
        capacityDays: round(t.capacityDays, 2),
        allocatedShare: round(b.allocatedShare),
        tentativeShare: round(b.tentativeShare),
        deliveryShare: round(b.deliveryShare),
        developmentShare: round(b.developmentShare),
        supportShare: round(b.supportShare),
        growthAlignedShare: growth ? round(b.growthAlignedShare) : null,
        developmentShortfall: round(b.developmentShortfall),
        overAllocatedWeeks: weeks.filter((w) => balanceOf(w).overAllocated).length,
      };
    };
    const perPerson: PersonBalance[] = [];
    const byTeam = new Map<
      string,
      { name: string; id: string | null; totals: TimeTotals[]; weeks: TimeTotals[]; growth: boolean }
    >();
    const all: TimeTotals[] = [];
    for (const person of people) {
      const weeks = this.capacity.totals(calendar, person, data);
      const total = sumTotals(weeks);
      all.push(total);
      perPerson.push({
        person: toStaffedPerson(person),
        figures: figures(total, weeks, seesGrowth(person.id)),
        drought: developmentDrought(calendar.periods, weeks),
      });
      const key = person.teamId ?? '';
      const team = byTeam.get(key) ?? {
        name: person.teamName ?? 'No team',
        id: person.teamId,
        totals: [],
        weeks: [],
        growth: true,
      };
      team.totals.push(total);
      team.growth &&= seesGrowth(person.id);
      byTeam.set(key, team);
    }
    const teams: TeamBalance[] = [...byTeam.values()].map((t) => ({
      teamId: t.id,
      teamName: t.name,
      people: t.totals.length,
      figures: { ...figures(sumTotals(t.totals), [], t.growth), overAllocatedWeeks: 0 },
    }));
    for (const team of teams) {
      team.figures.overAllocatedWeeks = perPerson
        .filter((p) => p.person.teamId === team.teamId)
        .reduce((n, p) => n + p.figures.overAllocatedWeeks, 0);
    }
    const everyone = people.every((p) => seesGrowth(p.id));
    return {
      quarter,
      developmentTarget: rules.developmentTarget,
      people: perPerson,
      teams,
      total: {
        ...figures(sumTotals(all), [], everyone && people.length > 0),
        overAllocatedWeeks: perPerson.reduce((n, p) => n + p.figures.overAllocatedWeeks, 0),
      },
    };
  }

  /** Who the viewer may see, narrowed to one person or a team (with its sub-teams). */
  private async scope(
    ctx: RequestContext,
    personId: string | null | undefined,
    teamId: string | null | undefined,
  ): Promise<{ ids: string[] | null; teamIds: string[] | null }> {
    const policy = await ctx.policy();
    let ids = policy.timelinePersonIds();
    if (personId) {
      requireId('personId', personId);
      if (!(await this.staffed.personById(ctx.db, ctx.orgId, personId))) throw notFound('Person');
      if (!policy.canReadTimeline(personId)) {
        throw forbidden('A person’s plan is seen by them, their manager chain and admins.');
      }
      ids = [personId];
    }
    let teamIds: string[] | null = null;
    if (teamId) {
      requireId('teamId', teamId);
      teamIds = await this.teams.subteamIds(ctx, teamId);
      if (teamIds.length === 0) throw notFound('Team');
    }
    return { ids, teamIds };
  }
}
