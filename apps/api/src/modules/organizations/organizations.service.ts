import { Injectable } from '@nestjs/common';
import { fiscalQuarterOf } from '@trellis/domain';
import { badInput, forbidden, notFound } from '../../common/errors';
import { RequestContext } from '../../graphql/request-context';
import { AuditRepository } from '../audit/audit.repository';
import { UpdateOrganizationSettingsInput } from './dto/organization.inputs';
import { Organization } from './models/organization.model';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsRepository, SettingsChanges } from './organizations.repository';

function toOrganization(o: OrganizationEntity): Organization {
  return {
    id: o.id,
    name: o.name,
    version: o.version,
    currentQuarter: fiscalQuarterOf(new Date().toISOString().slice(0, 10), o.fiscalQuarterStartMonth),
    settings: {
      fiscalQuarterStartMonth: o.fiscalQuarterStartMonth,
      defaultWeeklyCapacityHours: o.defaultWeeklyCapacityHours,
      targetDevelopmentShare: o.targetDevelopmentShare,
      staleGoalDays: o.staleGoalDays,
    },
  };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditRepository,
  ) {}

  async current(ctx: RequestContext): Promise<Organization> {
    const org = await this.organizations.findById(ctx.db, ctx.orgId);
    if (!org) throw notFound('Organization');
    return toOrganization(org);
  }

  async updateSettings(ctx: RequestContext, input: UpdateOrganizationSettingsInput): Promise<Organization> {
    if (!(await ctx.policy()).canEditOrganization())
      throw forbidden('Only admins can change the organization settings.');
    const before = await this.current(ctx);
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
    const updated = toOrganization(await this.organizations.updateSettings(ctx.db, ctx.orgId, changes));
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
    const { ratings, goals } = await this.organizations.quarterRecords(ctx.db, ctx.orgId);
    if (ratings + goals === 0) return;
    const counted = [
      ratings ? `${ratings.toLocaleString('en-GB')} ${ratings === 1 ? 'rating' : 'ratings'}` : '',
      goals ? `${goals.toLocaleString('en-GB')} ${goals === 1 ? 'goal' : 'goals'}` : '',
    ].filter(Boolean);
    throw badInput(
      'fiscalQuarterStartMonth',
      `The fiscal year's start month can no longer change: ${counted.join(' and ')} are filed under quarters of the current fiscal year, and would move to other months.`,
    );
  }
}
