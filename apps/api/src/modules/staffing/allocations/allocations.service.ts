import { Injectable } from '@nestjs/common';
import { addDays, balanceOf, isoWeekOf, mondayOf, planCalendar } from '@trellis/domain';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { GoalsService } from '../../growth/goals/goals.service';
import { ProjectsService } from '../projects/projects.service';
import { checkRange, readableDate } from '../staffing-rules';
import { CapacityService, toAllocation } from '../timeline/capacity.service';
import { StaffedPersonRow, TimelineRepository } from '../timeline/timeline.repository';
import { AllocationFields, AllocationRow, AllocationsRepository } from './allocations.repository';
import { CreateAllocationInput, UpdateAllocationInput } from './dto/allocation.inputs';
import { AllocationResult, OverAllocatedWeek } from './models/allocation.model';

/**
 * Planning people's time. Every write takes the person's row lock first, so writes of one
 * person's allocations happen one after the other and each sees the others' result.
 */
@Injectable()
export class AllocationsService {
  constructor(
    private readonly allocations: AllocationsRepository,
    private readonly timeline: TimelineRepository,
    private readonly capacity: CapacityService,
    private readonly projects: ProjectsService,
    private readonly goals: GoalsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateAllocationInput): Promise<AllocationResult> {
    const person = await this.plannable(ctx, input.personId, 'personId');
    const fields = await this.createdFields(ctx, input);
    await this.checkStretch(ctx, person, input.goalIds);
    await this.allocations.lockPerson(ctx.db, ctx.orgId, person.id);
    const before = await this.loadBefore(ctx, person, [fields]);
    const id = await this.allocations.insert(ctx.db, ctx.orgId, person.id, fields, ctx.requireViewer().userId);
    if (input.goalIds.length) await this.allocations.replaceStretches(ctx.db, ctx.orgId, id, input.goalIds);
    const result = await this.result(ctx, person, id, [fields], before);
    await this.audit.record(
      ctx,
      'allocation_created',
      { type: 'person', id: person.id, label: person.name },
      {
        allocationId: id,
      },
    );
    return result;
  }

  async update(ctx: RequestContext, id: string, input: UpdateAllocationInput): Promise<AllocationResult> {
    const row = await this.find(ctx, id);
    const person = await this.plannable(ctx, row.personId, 'id');
    const fields = await this.updatedFields(ctx, row, input);
    if (input.goalIds) await this.checkStretch(ctx, person, input.goalIds);
    await this.allocations.lockPerson(ctx.db, ctx.orgId, person.id);
    const before = await this.loadBefore(ctx, person, [row, fields]);
    if (!(await this.allocations.update(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict(
        `This allocation of ${person.name} was changed by someone else since you opened it. Reload and try again.`,
      );
    }
    if (input.goalIds) await this.allocations.replaceStretches(ctx.db, ctx.orgId, id, input.goalIds);
    const result = await this.result(ctx, person, id, [row, fields], before);
    await this.audit.record(
      ctx,
      'allocation_updated',
      { type: 'person', id: person.id, label: person.name },
      {
        allocationId: id,
      },
    );
    return result;
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const row = await this.find(ctx, id);
    const person = await this.plannable(ctx, row.personId, 'id');
    await this.allocations.lockPerson(ctx.db, ctx.orgId, person.id);
    if (!(await this.allocations.delete(ctx.db, ctx.orgId, id, version))) {
      throw conflict(
        `This allocation of ${person.name} was changed by someone else since you opened it. Reload and try again.`,
      );
    }
    await this.audit.record(
      ctx,
      'allocation_deleted',
      { type: 'person', id: person.id, label: person.name },
      {
        allocationId: id,
      },
    );
    return id;
  }

  private async find(ctx: RequestContext, id: string): Promise<AllocationRow> {
    requireId('id', id);
    ctx.requireViewer();
    const row = await this.allocations.byId(ctx.db, ctx.orgId, id);
    if (!row) throw notFound('Allocation');
    return row;
  }

  /** An allocation's fields after an edit, checked: what the edit leaves out stays as it was. */
  updatedFields(ctx: RequestContext, row: AllocationFields, input: UpdateAllocationInput): Promise<AllocationFields> {
    const projectChanged = input.projectId !== undefined && input.projectId !== row.projectId;
    return this.checkFields(ctx, {
      projectId: input.projectId === undefined ? row.projectId : input.projectId,
      // A new project leaves the old project's need behind unless another is named.
      needId: input.needId !== undefined ? input.needId : projectChanged ? null : row.needId,
      kind: input.kind ?? (projectChanged ? null : row.kind),
      percent: input.percent ?? row.percent,
      startDate: input.startDate ?? row.startDate,
      endDate: input.endDate ?? row.endDate,
      status: input.status ?? row.status,
      note: input.note?.trim() ?? row.note,
    });
  }

  /** A new allocation's fields, checked (the project's kind when none is given). */
  createdFields(ctx: RequestContext, input: CreateAllocationInput): Promise<AllocationFields> {
    return this.checkFields(ctx, {
      projectId: input.projectId ?? null,
      needId: input.needId ?? null,
      kind: input.kind ?? null,
      percent: input.percent,
      startDate: input.startDate,
      endDate: input.endDate,
      status: input.status,
      note: input.note.trim(),
    });
  }

  /** The person, if the viewer plans their time. */
  async plannable(ctx: RequestContext, personId: string, field: string): Promise<StaffedPersonRow> {
    requireId(field, personId);
    const policy = await ctx.policy();
    const person = await this.timeline.personById(ctx.db, ctx.orgId, personId);
    if (!person) throw notFound('Person');
    if (!policy.canAllocate(personId)) {
      throw forbidden(
        policy.viewer.role === 'manager'
          ? `You plan the time of the people who report to you; ${person.name} does not.`
          : 'Managers plan the time of the people who report to them, and admins anyone’s.',
      );
    }
    return person;
  }

  private async checkFields(
    ctx: RequestContext,
    f: Omit<AllocationFields, 'kind'> & { kind: AllocationFields['kind'] | null },
  ): Promise<AllocationFields> {
    checkRange(f.startDate, f.endDate, 'The allocation');
    let projectId = f.projectId;
    if (f.needId) {
      const need = await this.projects.findNeed(ctx, f.needId);
      if (projectId && need.projectId !== projectId) {
        throw badInput('needId', `The need “${need.role}” belongs to another project.`);
      }
      projectId = need.projectId;
    }
    if (!projectId) {
      if (f.kind && f.kind !== 'development') {
        throw badInput('kind', 'Time without a project is development time: choose a project for delivery or support.');
      }
      return { ...f, projectId: null, kind: 'development' };
    }
    const project = await this.projects.find(ctx, projectId, 'projectId');
    if (project.status === 'done' || project.status === 'cancelled') {
      throw badInput('projectId', `“${project.name}” is ${project.status}: reopen it to plan time on it.`);
    }
    if (f.startDate > project.endDate || f.endDate < project.startDate) {
      throw badInput(
        'startDate',
        `“${project.name}” runs from ${readableDate(project.startDate)} to ${readableDate(project.endDate)}: plan time within it.`,
      );
    }
    return { ...f, projectId, kind: f.kind ?? project.kind };
  }

  async checkStretch(ctx: RequestContext, person: StaffedPersonRow, goalIds: readonly string[]): Promise<void> {
    if (goalIds.length === 0) return;
    if (!(await ctx.policy()).canLinkStretch(person.id)) {
      throw forbidden(`Only ${person.name}’s manager chain links their work to their goals.`);
    }
    const open = new Set((await this.goals.openGoals(ctx, [person.id])).map((g) => g.id));
    const index = goalIds.findIndex((id) => !open.has(id));
    if (index >= 0) throw badInput(`goalIds[${index}]`, `That is not an open goal of ${person.name}.`);
  }

  /**
   * Confirmed work per week over the ranges a change touches, read under the person's lock before
   * the write, when the organization refuses over-allocation (null otherwise: nothing to compare).
   */
  private async loadBefore(
    ctx: RequestContext,
    person: StaffedPersonRow,
    ranges: Pick<AllocationFields, 'startDate' | 'endDate'>[],
  ): Promise<Map<string, number> | null> {
    if ((await this.organizations.staffingRules(ctx)).overAllocation !== 'refuse') return null;
    const { from, to } = weeksOf(ranges);
    const data = await this.capacity.load(ctx, [person], from, to, await ctx.policy());
    const calendar = planCalendar(from, to);
    const totals = this.capacity.totals(calendar, person, data);
    return new Map(calendar.periods.map((p, i) => [p.key, totals[i].allocatedDays]));
  }

  /**
   * The saved allocation, and the weeks of its range where the person's confirmed work is above
   * capacity: a warning, or (when the organization says so) a refusal that rolls the write back.
   */
  async result(
    ctx: RequestContext,
    person: StaffedPersonRow,
    id: string,
    ranges: Pick<AllocationFields, 'startDate' | 'endDate'>[],
    before: Map<string, number> | null,
    /** A draft in a scenario: the plan it leaves, with a warning only (the refusal waits for applying). */
    scenarioId: string | null = null,
  ): Promise<AllocationResult> {
    const { from, to } = weeksOf(ranges);
    const policy = await ctx.policy();
    const [data, rules] = await Promise.all([
      this.capacity.load(ctx, [person], from, to, policy, scenarioId),
      this.organizations.staffingRules(ctx),
    ]);
    const calendar = planCalendar(from, to);
    const totals = this.capacity.totals(calendar, person, data);
    const over: OverAllocatedWeek[] = [];
    calendar.periods.forEach((period, i) => {
      const balance = balanceOf(totals[i]);
      if (balance.overAllocated) {
        over.push({
          week: period.key,
          monday: period.start,
          allocatedPercent: Math.round(balance.allocatedShare * 100),
        });
      }
    });
    const weeks = describeWeeks(over);
    // Refused: a week the change leaves above 100% with more work than before. A change that
    // lightens an overloaded week (or leaves it as it was) is always let through.
    const worse = over.filter((w) => {
      const i = calendar.periods.findIndex((p) => p.key === w.week);
      return before === null || totals[i].allocatedDays > (before.get(w.week) ?? 0) + 1e-9;
    });
    if (worse.length && rules.overAllocation === 'refuse' && !scenarioId) {
      throw badInput(
        'percent',
        `This would put ${person.name} above 100% in ${describeWeeks(worse)}. Lower the share or move other work first.`,
      );
    }
    const row = (data.allocations.get(person.id) ?? []).find((a) => a.id === id);
    if (!row) throw notFound('Allocation');
    return {
      allocation: toAllocation(row, data),
      overAllocatedWeeks: over,
      warning: over.length ? `${person.name} is above 100% in ${weeks}.` : null,
    };
  }
}

/** The whole weeks (Monday to Sunday) that cover every range. */
export function weeksOf(ranges: Pick<AllocationFields, 'startDate' | 'endDate'>[]): { from: string; to: string } {
  const first = ranges.reduce((min, r) => (r.startDate < min ? r.startDate : min), ranges[0].startDate);
  const last = ranges.reduce((max, r) => (r.endDate > max ? r.endDate : max), ranges[0].endDate);
  return { from: mondayOf(first), to: addDays(mondayOf(last), 6) };
}

/** "week 10 (2 Mar 2026, 120%)" or "weeks 10 to 12 (up to 130%)". */
export function describeWeeks(over: OverAllocatedWeek[]): string {
  if (over.length === 0) return '';
  const peak = Math.max(...over.map((w) => w.allocatedPercent));
  const number = (w: OverAllocatedWeek) => isoWeekOf(w.monday).week;
  if (over.length === 1) return `the week of ${readableDate(over[0].monday)} (${peak}%)`;
  return `${over.length} weeks from ${readableDate(over[0].monday)} (week ${number(over[0])}) to week ${number(over[over.length - 1])}, up to ${peak}%`;
}
