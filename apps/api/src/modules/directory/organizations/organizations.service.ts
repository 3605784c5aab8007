import { Injectable } from '@nestjs/common';
import { fiscalQuarterOf } from '@trellis/domain';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { AuditRepository } from '../audit/audit.repository';
import { UpdateOrganizationSettingsInput } from './dto/organization.inputs';
import { Organization, OverAllocationRule } from './models/organization.model';

import { OrganizationRow, OrganizationsRepository, SettingsChanges } from './organizations.repository';

function toOrganization(o: OrganizationRow, today: string): Organization {
  return {
    id: o.id,
    name: o.name,
    version: o.version,
    currentQuarter: fiscalQuarterOf(today, o.fiscalQuarterStartMonth),
    settings: {
      fiscalQuarterStartMonth: o.fiscalQuarterStartMonth,
      defaultWeeklyCapacityHours: o.defaultWeeklyCapacityHours,
      targetDevelopmentShare: o.targetDevelopmentShare,
      staleGoalDays: o.staleGoalDays,
      overAllocation: o.overAllocation as OverAllocationRule,
      idleBelow: o.idleBelow,
    },
  };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The settings the staffing figures read, once per request. */
  async staffingRules(
    ctx: RequestContext,
  ): Promise<{ developmentTarget: number; idleBelow: number; overAllocation: 'warn' | 'refuse' }> {
    const org = await ctx.loader(this.organizationLoader).load();
    return {
      developmentTarget: org?.targetDevelopmentShare ?? 0.2,
      idleBelow: org?.idleBelow ?? 0.8,
      overAllocation: org?.overAllocation ?? 'warn',
    };
  }

  private readonly organizationLoader = (ctx: RequestContext) => {
    let org: Promise<OrganizationRow | null> | null = null;
    return { load: () => (org ??= this.organizations.findById(ctx.db, ctx.orgId)) };
  };

  async current(ctx: RequestContext): Promise<Organization> {
    const org = await this.organizations.findById(ctx.db, ctx.orgId);
    if (!org) throw notFound('Organization');
    return toOrganization(org, ctx.today);
  }

  async updateSettings(ctx: RequestContext, input: UpdateOrganizationSettingsInput): Promise<Organization> {
    if (!(await ctx.policy()).canEditOrganization())
      throw forbidden('Only admins can change the organization settings.');
    // Held first: a rating being filed under a quarter key holds the row too (FOR SHARE).
    await this.organizations.lockForUpdate(ctx.db, ctx.orgId);
    const before = await this.current(ctx);
    if (input.version !== undefined && input.version !== before.version) {
      throw conflict('Someone else changed the settings since you opened them. Reload to see theirs, then try again.');
    }
    const changes: SettingsChanges = {};
    if (
      input.fiscalQuarterStartMonth !== undefined &&
      input.fiscalQuarterStartMonth !== before.settings.fiscalQuarterStartMonth
    ) {
      await this.refuseIfQuartersInUse(ctx);
      changes.fiscalQuarterStartMonth = input.fiscalQuarterStartMonth;
    }
    if (input.defaultWeeklyCapacityHours !== undefined)
      changes.defaultWeeklyCapacityHours = input.defaultWeeklyCapacityHours;
    if (input.targetDevelopmentShare !== undefined) changes.targetDevelopmentShare = input.targetDevelopmentShare;
    if (input.staleGoalDays !== undefined) changes.staleGoalDays = input.staleGoalDays;
    if (input.overAllocation !== undefined) changes.overAllocation = input.overAllocation;
    if (input.idleBelow !== undefined) changes.idleBelow = input.idleBelow;
    const updated = toOrganization(await this.organizations.updateSettings(ctx.db, ctx.orgId, changes), ctx.today);
    await this.audit.record(
      ctx.db,
      ctx.requireViewer(),
      'organization_settings_changed',
      { type: 'organization', id: updated.id, label: updated.name },
      { before: before.settings, after: updated.settings },
    );
    return updated;
  }

  /** Whether quarterly records pin the fiscal year's start month. */
  fiscalYearStartLocked(ctx: RequestContext): Promise<boolean> {
    return this.organizations.hasQuarterRecords(ctx.db, ctx.orgId);
  }

  private async refuseIfQuartersInUse(ctx: RequestContext): Promise<void> {
    const { ratings, sharedQuarters, goals } = await this.organizations.quarterRecords(ctx.db, ctx.orgId);
    const count = (n: number, one: string, many: string) =>
      n ? `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}` : '';
    const counted = [
      count(ratings, 'rating', 'ratings'),
      count(sharedQuarters, 'shared quarter of ratings', 'shared quarters of ratings'),
      count(goals, 'goal', 'goals'),
    ].filter(Boolean);
    if (counted.length === 0) return;
    const listed = counted.length === 1 ? counted[0] : `${counted.slice(0, -1).join(', ')} and ${counted.at(-1)}`;
    throw badInput(
      'fiscalQuarterStartMonth',
      `The fiscal year's start month can no longer change: ${listed} are filed under its quarters, and would move to other months.`,
    );
  }
}
