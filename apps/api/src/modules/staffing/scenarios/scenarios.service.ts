import { Injectable } from '@nestjs/common';
import {
  addDays,
  balanceOf,
  daysBetween,
  figureDeltas,
  mondayOf,
  planCalendar,
  planFigures,
  type PlanCalendar,
  type PlanFigures,
} from '@trellis/domain';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { AllocationFields, AllocationRow, AllocationsRepository } from '../allocations/allocations.repository';
import { AllocationsService, describeWeeks, weeksOf } from '../allocations/allocations.service';
import { CreateAllocationInput, UpdateAllocationInput } from '../allocations/dto/allocation.inputs';
import { AllocationResult, OverAllocatedWeek } from '../allocations/models/allocation.model';
import { OpenNeed } from '../timeline/models/timeline.model';
import { ProjectsService } from '../projects/projects.service';
import { readableDate } from '../staffing-rules';
import { ScenarioChangeKind, ScenarioStatus } from '../staffing.enums';
import { CapacityService, PlanData, toAllocation } from '../timeline/capacity.service';
import { StaffedPersonRow, TimelineRepository } from '../timeline/timeline.repository';
import { MAX_TIMELINE_PEOPLE, MAX_TIMELINE_WEEKS, toStaffedPerson } from '../timeline/timeline.service';
import { CreateScenarioInput, RenameScenarioInput } from './dto/scenario.inputs';
import { readableScenario } from './scenario-access';
import { PlanFiguresModel, Scenario, ScenarioChange, ScenarioComparison } from './models/scenario.model';
import { AllocationBase, DraftRow, PlanVersionRow, ScenarioRow, ScenariosRepository } from './scenarios.repository';

/** Weeks compared when a scenario changes nothing yet, or the caller names no range. */
export const DEFAULT_COMPARISON_WEEKS = 13;

const toScenario = (row: ScenarioRow): Scenario => ({
  id: row.id,
  name: row.name,
  status: row.status as ScenarioStatus,
  version: row.version,
  author: row.authorName,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  closedAt: row.closedAt,
  added: row.added,
  changed: row.changed,
  removed: row.removed,
});

const baseOf = (row: AllocationRow): AllocationBase => ({
  projectName: row.projectName,
  percent: row.percent,
  startDate: row.startDate,
  endDate: row.endDate,
});

const fieldsOf = (row: AllocationRow): AllocationFields => ({
  projectId: row.projectId,
  needId: row.needId,
  kind: row.kind,
  percent: row.percent,
  startDate: row.startDate,
  endDate: row.endDate,
  status: row.status,
  note: row.note,
});

/** "Luis Ortega’s 70% on Checkout reliability (2 Mar 2026 to 12 Apr 2026)". */
function nameAllocation(person: string, a: { projectName: string | null; percent: number } & AllocationBase): string {
  return `${person}’s ${a.percent}% on ${a.projectName ?? 'development time'} (${readableDate(a.startDate)} to ${readableDate(a.endDate)})`;
}

/** Why a draft can no longer be applied: its plan allocation changed or went since. Null when it can. */
function staleness(draft: DraftRow, current: Map<string, PlanVersionRow>): string | null {
  if (!draft.replacesId) return null;
  const now = current.get(draft.replacesId);
  if (!now) {
    const was = draft.base ?? baseOf(draft);
    return `${nameAllocation(draft.personName, was)} was removed from the plan since this scenario ${draft.removed ? 'removed' : 'changed'} it`;
  }
  if (now.version !== draft.replacesVersion) {
    return `${nameAllocation(now.personName, now)} was changed in the plan since this scenario ${draft.removed ? 'removed' : 'changed'} it`;
  }
  return null;
}

/**
 * Scenarios: a named draft of changes over the plan of record (add, change, remove an
 * allocation), read as "the plan and the scenario's changes", compared with today's plan, then
 * applied in one transaction or discarded. A scenario is its author's (a manager) and the admins'.
 */
@Injectable()
export class ScenariosService {
  constructor(
    private readonly scenarios: ScenariosRepository,
    private readonly allocations: AllocationsService,
    private readonly allocationRows: AllocationsRepository,
    private readonly capacity: CapacityService,
    private readonly timeline: TimelineRepository,
    private readonly projects: ProjectsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, includeClosed: boolean): Promise<Scenario[]> {
    const policy = await ctx.policy();
    if (!policy.canDraftScenarios()) throw forbidden('Managers and admins draft scenarios.');
    const viewer = ctx.requireViewer();
    const rows = await this.scenarios.list(ctx.db, ctx.orgId, policy.isAdmin ? null : viewer.userId, includeClosed);
    return rows.map(toScenario);
  }

  async get(ctx: RequestContext, id: string): Promise<Scenario> {
    return toScenario(await this.readable(ctx, id, 'id'));
  }

  /** The scenario, if the viewer may read it (its author or an admin): NOT_FOUND, then FORBIDDEN. */
  readable(ctx: RequestContext, id: string, field = 'scenarioId'): Promise<ScenarioRow> {
    return readableScenario(ctx, this.scenarios, id, field);
  }

  /** A draft the viewer may change, its row held to the end of the request. */
  private async draft(ctx: RequestContext, id: string, field = 'scenarioId'): Promise<ScenarioRow> {
    const row = await this.readable(ctx, id, field);
    const locked = await this.scenarios.lock(ctx.db, ctx.orgId, row.id);
    if (!locked) throw notFound('Scenario');
    if (locked.status !== 'draft') {
      throw conflict(`“${row.name}” was ${locked.status} and takes no more changes. Start a new scenario.`);
    }
    return row;
  }

  async create(ctx: RequestContext, input: CreateScenarioInput): Promise<Scenario> {
    const policy = await ctx.policy();
    if (!policy.canDraftScenarios()) throw forbidden('Managers and admins draft scenarios.');
    const name = checkName(input.name);
    const id = await this.scenarios.insert(ctx.db, ctx.orgId, name, ctx.requireViewer().userId);
    await this.audit.record(ctx, 'scenario_created', { type: 'scenario', id, label: name });
    return this.get(ctx, id);
  }

  async rename(ctx: RequestContext, id: string, input: RenameScenarioInput): Promise<Scenario> {
    const row = await this.draft(ctx, id, 'id');
    const name = checkName(input.name);
    if (!(await this.scenarios.rename(ctx.db, ctx.orgId, row.id, input.version, name))) {
      throw conflict(`“${row.name}” was changed since you opened it. Reload and try again.`);
    }
    await this.audit.record(ctx, 'scenario_renamed', { type: 'scenario', id: row.id, label: name }, { from: row.name });
    return this.get(ctx, row.id);
  }

  /** Closes the draft unapplied; its changes are dropped, the plan is as it was. */
  async discard(ctx: RequestContext, id: string, version: number): Promise<Scenario> {
    const row = await this.draft(ctx, id, 'id');
    if (!(await this.scenarios.close(ctx.db, ctx.orgId, row.id, version, 'discarded', ctx.requireViewer().userId))) {
      throw conflict(`“${row.name}” was changed since you opened it. Reload and try again.`);
    }
    await this.scenarios.deleteDrafts(ctx.db, ctx.orgId, row.id);
    await this.audit.record(
      ctx,
      'scenario_discarded',
      { type: 'scenario', id: row.id, label: row.name },
      { added: row.added, changed: row.changed, removed: row.removed },
    );
    return this.get(ctx, row.id);
  }

  /** New work in the scenario: the plan is untouched; the figures warn, never refuse. */
  async addAllocation(
    ctx: RequestContext,
    scenarioId: string,
    input: CreateAllocationInput,
  ): Promise<AllocationResult> {
    const scenario = await this.draft(ctx, scenarioId);
    const person = await this.allocations.plannable(ctx, input.personId, 'personId');
    const fields = await this.allocations.createdFields(ctx, input);
    await this.allocations.checkStretch(ctx, person, input.goalIds);
    const userId = ctx.requireViewer().userId;
    const id = await this.scenarios.insertDraft(ctx.db, ctx.orgId, scenario.id, person.id, fields, userId, null);
    if (input.goalIds.length) await this.allocationRows.replaceStretches(ctx.db, ctx.orgId, id, input.goalIds);
    await this.scenarios.touch(ctx.db, ctx.orgId, scenario.id);
    const result = await this.allocations.result(ctx, person, id, [fields], null, scenario.id);
    await this.edited(ctx, scenario, 'added', person, id);
    return result;
  }

  /**
   * Changes an allocation in the scenario: a plan allocation gets a draft copy that remembers
   * its id and version (so applying can tell whether the plan moved since); a draft is edited.
   */
  async changeAllocation(
    ctx: RequestContext,
    scenarioId: string,
    id: string,
    input: UpdateAllocationInput,
  ): Promise<AllocationResult> {
    const scenario = await this.draft(ctx, scenarioId);
    const { row, person } = await this.editable(ctx, scenario, id);
    if (row.removed) {
      throw badInput('id', `The scenario removes this allocation of ${person.name}: restore it first to change it.`);
    }
    const fields = await this.allocations.updatedFields(ctx, row, input);
    if (input.goalIds) await this.allocations.checkStretch(ctx, person, input.goalIds);
    let draftId = row.id;
    if (row.scenarioId === null) {
      await this.checkPlanRow(ctx, scenario, row, person, input.version);
      draftId = await this.scenarios.insertDraft(
        ctx.db,
        ctx.orgId,
        scenario.id,
        person.id,
        fields,
        ctx.requireViewer().userId,
        { id: row.id, version: row.version, removed: false, base: baseOf(row) },
      );
      if (!input.goalIds) await this.scenarios.copyStretches(ctx.db, ctx.orgId, row.id, draftId);
    } else if (!(await this.scenarios.updateDraft(ctx.db, ctx.orgId, scenario.id, row.id, input.version, fields))) {
      throw conflict(`This change to ${person.name}’s plan was changed since you opened it. Reload and try again.`);
    }
    if (input.goalIds) await this.allocationRows.replaceStretches(ctx.db, ctx.orgId, draftId, input.goalIds);
    await this.scenarios.touch(ctx.db, ctx.orgId, scenario.id);
    const result = await this.allocations.result(ctx, person, draftId, [row, fields], null, scenario.id);
    await this.edited(ctx, scenario, row.scenarioId === null ? 'changed' : (row.change ?? 'changed'), person, draftId);
    return result;
  }

  /**
   * Removes an allocation in the scenario: a plan allocation gets a tombstone (shown, never
   * counted); an added draft goes; a changed one becomes the tombstone of its plan allocation.
   * Returns the id the timeline now shows for it (the tombstone's), or the dropped draft's.
   */
  async removeAllocation(ctx: RequestContext, scenarioId: string, id: string, version: number): Promise<string> {
    const scenario = await this.draft(ctx, scenarioId);
    const { row, person } = await this.editable(ctx, scenario, id);
    const stale = () =>
      conflict(`This change to ${person.name}’s plan was changed since you opened it. Reload and try again.`);
    let result = row.id;
    if (row.scenarioId === null) {
      await this.checkPlanRow(ctx, scenario, row, person, version);
      result = await this.scenarios.insertDraft(
        ctx.db,
        ctx.orgId,
        scenario.id,
        person.id,
        fieldsOf(row),
        ctx.requireViewer().userId,
        { id: row.id, version: row.version, removed: true, base: baseOf(row) },
      );
    } else if (row.removed) {
      return row.id;
    } else if (!row.replacesId) {
      if (!(await this.scenarios.deleteDraft(ctx.db, ctx.orgId, scenario.id, row.id, version))) throw stale();
    } else {
      // The tombstone stands where the plan allocation is (or was), not where the draft moved it.
      const plan = await this.scenarios.editable(ctx.db, ctx.orgId, scenario.id, row.replacesId);
      const fields = plan && plan.scenarioId === null ? fieldsOf(plan) : fieldsOf(row);
      if (!(await this.scenarios.updateDraft(ctx.db, ctx.orgId, scenario.id, row.id, version, fields, true))) {
        throw stale();
      }
    }
    await this.scenarios.touch(ctx.db, ctx.orgId, scenario.id);
    await this.edited(ctx, scenario, 'removed', person, result);
    return result;
  }

  /** Drops the scenario's change to an allocation: the plan's shows through again. Returns the plan allocation's id (or the dropped addition's). */
  async restoreAllocation(ctx: RequestContext, scenarioId: string, id: string): Promise<string> {
    const scenario = await this.draft(ctx, scenarioId);
    const { row, person } = await this.editable(ctx, scenario, id);
    if (row.scenarioId === null)
      throw badInput('id', `The scenario does not change this allocation of ${person.name}.`);
    await this.scenarios.deleteDraft(ctx.db, ctx.orgId, scenario.id, row.id, null);
    await this.scenarios.touch(ctx.db, ctx.orgId, scenario.id);
    await this.edited(ctx, scenario, 'restored', person, row.replacesId ?? row.id);
    return row.replacesId ?? row.id;
  }

  /**
   * Applies every change in one transaction, under the row locks of the people it moves. If a
   * plan allocation it changes or removes was changed or deleted since, that is a CONFLICT
   * naming it, and nothing is applied; so is a week it would leave above 100% with more work,
   * when the organization refuses over-allocation.
   */
  async apply(ctx: RequestContext, id: string, version: number): Promise<Scenario> {
    const scenario = await this.draft(ctx, id, 'id');
    if (scenario.version !== version) {
      throw conflict(`“${scenario.name}” was changed since you compared it. Compare it again, then apply.`);
    }
    const drafts = await this.scenarios.drafts(ctx.db, ctx.orgId, scenario.id);
    const policy = await ctx.policy();
    const personIds = [...new Set(drafts.map((d) => d.personId))].sort();
    const people = await this.scenarios.people(ctx.db, ctx.orgId, personIds);
    const outOfReach = people.filter((p) => !policy.canAllocate(p.id));
    if (outOfReach.length) {
      throw forbidden(
        `This scenario changes the plan of ${outOfReach.map((p) => p.name).join(', ')}, whose time you do not plan.`,
      );
    }
    await this.scenarios.lockPeople(ctx.db, ctx.orgId, personIds);
    const replaced = drafts.flatMap((d) => (d.replacesId ? [d.replacesId] : []));
    const current = new Map(
      (await this.scenarios.planVersions(ctx.db, ctx.orgId, replaced)).map((row) => [row.id, row]),
    );
    const stale = drafts.flatMap((d) => staleness(d, current) ?? []);
    if (stale.length) {
      throw conflict(
        `Nothing was applied: ${stale.join('; ')}. Refresh the scenario and drop or redo ${stale.length === 1 ? 'that change' : 'those changes'}.`,
      );
    }

    const rules = await this.organizations.staffingRules(ctx);
    const ranges = [...drafts, ...[...current.values()]];
    const range = ranges.length ? weeksOf(ranges) : null;
    const refuse = rules.overAllocation === 'refuse' && range !== null;
    const calendar = range ? planCalendar(range.from, range.to) : null;
    const before = refuse && calendar && range ? await this.weekly(ctx, people, range, calendar) : null;
    await this.scenarios.apply(ctx.db, ctx.orgId, scenario.id);
    if (before && calendar && range) {
      const after = await this.weekly(ctx, people, range, calendar);
      for (const person of people) {
        const worse: OverAllocatedWeek[] = [];
        after.get(person.id)?.forEach((t, i) => {
          const b = balanceOf(t);
          if (b.overAllocated && t.allocatedDays > (before.get(person.id)?.[i].allocatedDays ?? 0) + 1e-9) {
            const period = calendar.periods[i];
            worse.push({
              week: period.key,
              monday: period.start,
              allocatedPercent: Math.round(b.allocatedShare * 100),
            });
          }
        });
        if (worse.length) {
          throw badInput(
            'id',
            `Nothing was applied: this would put ${person.name} above 100% in ${describeWeeks(worse)}, and the organization refuses plans above 100%. Lower the share in the scenario, or move other work first.`,
          );
        }
      }
    }
    if (!(await this.scenarios.close(ctx.db, ctx.orgId, scenario.id, version, 'applied', ctx.requireViewer().userId))) {
      throw conflict(`“${scenario.name}” was changed since you compared it. Compare it again, then apply.`);
    }
    await this.audit.record(
      ctx,
      'scenario_applied',
      { type: 'scenario', id: scenario.id, label: scenario.name },
      { added: scenario.added, changed: scenario.changed, removed: scenario.removed, people: personIds.length },
    );
    return this.get(ctx, scenario.id);
  }

  /**
   * Today's plan and the plan as the scenario leaves it, side by side, over the people whose plan
   * the viewer sees and the weeks the scenario touches (or those asked for).
   */
  async comparison(
    ctx: RequestContext,
    id: string,
    fromArg: string | null | undefined,
    weeksArg: number | null | undefined,
  ): Promise<ScenarioComparison> {
    const scenario = await this.readable(ctx, id, 'id');
    const drafts = await this.scenarios.drafts(ctx.db, ctx.orgId, scenario.id);
    const { from, to } = this.comparedRange(ctx, drafts, fromArg, weeksArg);
    const policy = await ctx.policy();
    const { rows: people } = await this.timeline.people(
      ctx.db,
      ctx.orgId,
      { ids: policy.timelinePersonIds(), teamIds: null, projectId: null, kind: null, from, to },
      0,
      MAX_TIMELINE_PEOPLE,
    );
    const open = drafts.length > 0 && scenario.status === 'draft';
    const [rules, planData, planNeeds] = await Promise.all([
      this.organizations.staffingRules(ctx),
      this.capacity.load(ctx, people, from, to, policy),
      this.projects.openNeeds(ctx, from, to, null, null, true),
    ]);
    const scenarioData = open ? await this.capacity.load(ctx, people, from, to, policy, scenario.id) : planData;
    const scenarioNeeds = open ? await this.projects.openNeeds(ctx, from, to, null, scenario.id, true) : planNeeds;
    const calendar = planCalendar(from, to);
    const figures = (data: PlanData, needs: OpenNeed[]) =>
      planFigures(
        people.map((p) => ({
          personId: p.id,
          weeks: this.capacity.totals(calendar, p, data),
          seesGrowth: data.goalKeys.has(p.id),
        })),
        needs.map((n) => ({ needId: n.id, percent: n.percent, filledPercent: n.percent - n.openPercent })),
        { developmentTarget: rules.developmentTarget },
      );
    const plan = figures(planData, planNeeds);
    const withScenario = figures(scenarioData, scenarioNeeds);
    const current = new Map(
      (
        await this.scenarios.planVersions(
          ctx.db,
          ctx.orgId,
          drafts.flatMap((d) => (d.replacesId ? [d.replacesId] : [])),
        )
      ).map((row) => [row.id, row]),
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    const needsById = new Map([...planNeeds, ...scenarioNeeds].map((n) => [n.id, n]));
    const model = (f: PlanFigures): PlanFiguresModel => ({
      overAllocatedPersonWeeks: f.overAllocatedPersonWeeks,
      overAllocated: f.overAllocated.flatMap((o) => {
        const person = byId.get(o.personId);
        return person
          ? [{ person: toStaffedPerson(person), weeks: o.weeks, peakPercent: Math.round(o.peakShare * 100) }]
          : [];
      }),
      allocatedShare: round(f.allocatedShare),
      developmentShare: round(f.developmentShare),
      developmentShortfall: round(f.developmentShortfall),
      growthAlignedShare: f.growthAlignedShare === null ? null : round(f.growthAlignedShare),
      demandPercent: f.demandPercent,
      openPercent: f.openPercent,
      unfilledShare: round(f.unfilledShare),
      unfilledNeeds: f.openNeeds.flatMap((n) => {
        const need = needsById.get(n.needId);
        return need
          ? [
              {
                needId: need.id,
                projectId: need.projectId,
                projectName: need.projectName,
                role: need.role,
                percent: n.percent,
                openPercent: n.openPercent,
              },
            ]
          : [];
      }),
    });
    const deltas = figureDeltas(plan, withScenario);
    return {
      scenario: toScenario(scenario),
      from,
      to,
      weeks: calendar.periods.length,
      people: people.length,
      developmentTarget: rules.developmentTarget,
      plan: model(plan),
      withScenario: model(withScenario),
      deltas: {
        ...deltas,
        allocatedShare: round(deltas.allocatedShare),
        developmentShare: round(deltas.developmentShare),
        developmentShortfall: round(deltas.developmentShortfall),
        growthAlignedShare: deltas.growthAlignedShare === null ? null : round(deltas.growthAlignedShare),
        unfilledShare: round(deltas.unfilledShare),
      },
      changes: drafts.map((d): ScenarioChange => ({
        kind: (d.change ?? 'added').toUpperCase() as ScenarioChangeKind,
        personId: d.personId,
        personName: d.personName,
        allocation: toAllocation(d, null),
        was: d.replacesId ? (d.base ?? null) : null,
        conflict: staleness(d, current),
      })),
    };
  }

  /** The weeks asked for, else the whole weeks the scenario's changes cover (13 from this week when none). */
  private comparedRange(
    ctx: RequestContext,
    drafts: DraftRow[],
    fromArg: string | null | undefined,
    weeksArg: number | null | undefined,
  ): { from: string; to: string } {
    if (weeksArg !== null && weeksArg !== undefined && (weeksArg < 1 || weeksArg > MAX_TIMELINE_WEEKS)) {
      throw badInput('weeks', `Compare between 1 and ${MAX_TIMELINE_WEEKS} weeks.`);
    }
    if (fromArg) {
      const from = mondayOf(fromArg);
      return { from, to: addDays(from, (weeksArg ?? DEFAULT_COMPARISON_WEEKS) * 7 - 1) };
    }
    const ranges = drafts.flatMap((d) => [d, ...(d.base ? [d.base] : [])]);
    if (ranges.length === 0) {
      const from = mondayOf(ctx.today);
      return { from, to: addDays(from, (weeksArg ?? DEFAULT_COMPARISON_WEEKS) * 7 - 1) };
    }
    const { from, to } = weeksOf(ranges);
    const longest = addDays(from, MAX_TIMELINE_WEEKS * 7 - 1);
    return { from, to: daysBetween(from, to) >= MAX_TIMELINE_WEEKS * 7 ? longest : to };
  }

  /** Each person's weekly totals over the range, as the plan of record has them now. */
  private async weekly(
    ctx: RequestContext,
    people: StaffedPersonRow[],
    range: { from: string; to: string },
    calendar: PlanCalendar,
  ) {
    const data = await this.capacity.load(ctx, people, range.from, range.to, await ctx.policy());
    return new Map(people.map((p) => [p.id, this.capacity.totals(calendar, p, data)]));
  }

  /** A row the scenario edits (a plan allocation, or its own draft), and the person, if the viewer plans their time. */
  private async editable(ctx: RequestContext, scenario: ScenarioRow, id: string) {
    requireId('id', id);
    const row = await this.scenarios.editable(ctx.db, ctx.orgId, scenario.id, id);
    if (!row) throw notFound('Allocation');
    const person = await this.allocations.plannable(ctx, row.personId, 'id');
    return { row, person };
  }

  /** A plan allocation the scenario is about to change or remove: as the planner saw it, and not changed yet. */
  private async checkPlanRow(
    ctx: RequestContext,
    scenario: ScenarioRow,
    row: AllocationRow,
    person: StaffedPersonRow,
    version: number,
  ): Promise<void> {
    if (row.version !== version) {
      throw conflict(
        `This allocation of ${person.name} was changed by someone else since you opened it. Reload and try again.`,
      );
    }
    if (await this.scenarios.draftOf(ctx.db, ctx.orgId, scenario.id, row.id)) {
      throw conflict(`“${scenario.name}” already changes this allocation of ${person.name}. Reload and try again.`);
    }
  }

  private edited(
    ctx: RequestContext,
    scenario: ScenarioRow,
    change: string,
    person: StaffedPersonRow,
    allocationId: string,
  ): Promise<void> {
    return this.audit.record(
      ctx,
      'scenario_edited',
      { type: 'scenario', id: scenario.id, label: scenario.name },
      { change, personId: person.id, person: person.name, allocationId },
    );
  }
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function checkName(raw: string): string {
  const name = raw.trim();
  if (!name) throw badInput('name', 'Give the scenario a name, such as “Luis moves to fraud rules”.');
  if (name.length > 120) throw badInput('name', 'Keep the name to 120 characters.');
  return name;
}
