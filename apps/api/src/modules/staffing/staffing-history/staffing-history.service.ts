import { Injectable } from '@nestjs/common';
import { addDays } from '@trellis/domain';
import { growthSubject, growthWriter } from '../../../authz/record-access';
import { badInput, conflict, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { QuarterClockService } from '../../directory/organizations/quarter-clock.service';
import { currentFramework } from '../../frameworks/framework.loader';
import { CreateEvidenceInput } from '../../growth/evidence/dto/evidence.inputs';
import { EvidenceService } from '../../growth/evidence/evidence.service';
import { Evidence } from '../../growth/evidence/models/evidence.model';
import { activeCompetency, competencyRefs } from '../../growth/growth-mapping';
import { EvidenceKind } from '../../growth/growth.enums';
import { readableDate } from '../staffing-rules';
import { WorkKind } from '../staffing.enums';
import { AcceptStaffingEvidenceInput } from './dto/staffing-history.inputs';
import { StaffingEvidenceOffer } from './models/staffing-evidence-offer.model';
import { offerTitle } from './offer-text';
import { EndedWorkRow, StaffingHistoryRepository } from './staffing-history.repository';

/** Work that ended longer ago than this is no longer offered: the record starts from recent history. */
export const OFFER_WINDOW_DAYS = 365;
/** An evidence entry holds at most this many competencies. */
const MAX_COMPETENCIES = 10;

/**
 * Staffing history as evidence: an allocation that ended and exercised competencies (through the
 * need it filled or the goals it stretched toward) is offered to the person and their manager
 * chain as an evidence entry, until someone accepts it (once) or dismisses it (for good).
 * Computed when read: nothing runs on a schedule.
 */
@Injectable()
export class StaffingHistoryService {
  constructor(
    private readonly history: StaffingHistoryRepository,
    private readonly evidence: EvidenceService,
    private readonly quarters: QuarterClockService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Open offers for one person (whose growth the viewer reads), or, without a person, for the
   * viewer and everyone whose growth they read (a manager's reach).
   */
  async offers(ctx: RequestContext, personId: string | null): Promise<StaffingEvidenceOffer[]> {
    let personIds: string[];
    if (personId !== null) {
      await growthSubject(ctx, personId);
      personIds = [personId];
    } else {
      const policy = await ctx.policy();
      const own = ctx.requireViewer().personId;
      personIds = [...(own ? [own] : []), ...policy.reachedPersonIds()].filter((id) => policy.canReadGrowth(id));
    }
    if (personIds.length === 0) return [];
    const today = (await this.quarters.clock(ctx)).today;
    const rows = await this.history.openOffers(ctx.db, ctx.orgId, personIds, addDays(today, -OFFER_WINDOW_DAYS), today);
    const framework = (await currentFramework(ctx)).document;
    return rows.flatMap((row) => {
      const keys = row.competencyKeys.filter((key) => activeCompetency(framework, key)).slice(0, MAX_COMPETENCIES);
      if (keys.length === 0) return [];
      return [
        {
          allocationId: row.allocationId,
          personId: row.personId,
          personName: row.personName,
          projectId: row.projectId,
          projectName: row.projectName,
          role: row.needRole,
          kind: row.kind as WorkKind,
          percent: row.percent,
          startDate: row.startDate,
          endDate: row.endDate,
          title: offerTitle(row),
          evidenceKind: evidenceKindOf(row),
          competencies: competencyRefs(framework, keys),
          goals: row.goals,
        },
      ];
    });
  }

  /** Logs the work as an evidence entry of the person, as proposed or as edited. */
  async accept(ctx: RequestContext, input: AcceptStaffingEvidenceInput): Promise<Evidence> {
    const work = await this.openWork(ctx, input.allocationId);
    const framework = (await currentFramework(ctx)).document;
    const exercised = work.competencyKeys.filter((key) => activeCompetency(framework, key)).slice(0, MAX_COMPETENCIES);
    const entry: CreateEvidenceInput = {
      personId: work.personId,
      date: work.endDate,
      kind: evidenceKindOf(work),
      title: input.title?.trim() ?? offerTitle(work),
      link: null,
      impact: input.impact ?? '',
      competencyKeys: input.competencyKeys ?? exercised,
      goalIds: work.goals.map((g) => g.id),
      incidentRole: null,
      incidentSeverity: null,
      learningFormat: null,
    };
    return this.evidence.create(ctx, entry, work.allocationId);
  }

  /** Never offers the work again, to anyone: the person and their manager chain share one record. */
  async dismiss(ctx: RequestContext, allocationId: string): Promise<string> {
    const work = await this.openWork(ctx, allocationId);
    await this.history.dismiss(ctx.db, ctx.orgId, work.allocationId, ctx.requireViewer().userId);
    await this.audit.record(ctx, 'staffing_evidence_dismissed', {
      type: 'allocation',
      id: work.allocationId,
      // Growth records are not the admins' to read: the label names whose, not what.
      label: `Staffing history of ${work.personName}`,
    });
    return work.allocationId;
  }

  /**
   * The allocation, locked, if its offer is open and the viewer may write the person's growth:
   * NOT_FOUND, then FORBIDDEN, then CONFLICT (logged or dismissed already), then BAD_USER_INPUT
   * (not ended yet, or nothing to offer).
   */
  private async openWork(ctx: RequestContext, allocationId: string): Promise<EndedWorkRow> {
    requireId('allocationId', allocationId);
    const work = await this.history.lockedWork(ctx.db, ctx.orgId, allocationId);
    if (!work) throw notFound('Allocation');
    await growthWriter(ctx, work.personId);
    const what = work.projectName ?? 'This development time';
    if (work.evidenceId) throw conflict(`${what} is logged as evidence already.`);
    if (work.dismissed) throw conflict(`${what} was dismissed from ${work.personName}’s staffing history already.`);
    const today = (await this.quarters.clock(ctx)).today;
    if (work.endDate >= today) {
      throw badInput(
        'allocationId',
        `${what} runs until ${readableDate(work.endDate)}: log it as evidence once it has ended.`,
      );
    }
    if (work.status !== 'confirmed' || work.projectStatus === 'cancelled') {
      throw badInput('allocationId', `${what} was not confirmed work: there is nothing to log.`);
    }
    const framework = (await currentFramework(ctx)).document;
    if (!work.competencyKeys.some((key) => activeCompetency(framework, key))) {
      throw badInput('allocationId', `${what} exercised no competency of the framework: add evidence by hand instead.`);
    }
    return work;
  }
}

/** Delivery and support are delivered work; development time is logged as other work. */
function evidenceKindOf(row: Pick<EndedWorkRow, 'kind'>): EvidenceKind {
  return row.kind === WorkKind.DEVELOPMENT ? EvidenceKind.OTHER : EvidenceKind.DELIVERY;
}
