import { Injectable } from '@nestjs/common';
import {
  calibration,
  packetGaps,
  teamReport,
  type ReadinessCall,
  type ReviewPacket as PacketFigures,
} from '@trellis/domain';
import { stringify } from 'csv-stringify/sync';
import { Policy } from '../../../authz/policy';
import { forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { QuarterClockService } from '../../directory/organizations/quarter-clock.service';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { ReviewCalibration, ReviewTeamReport, TeamReportRow } from '../models/review-report.model';
import { toPerson } from '../reviews.mapping';
import { ReviewsService } from '../reviews.service';
import { ReviewReadiness } from '../reviews.enums';
import { CycleRow, ReviewRow, ReviewsRepository } from '../reviews.repository';

const READINESS_WORDS: Record<ReviewReadiness, string> = {
  [ReviewReadiness.NOT_YET]: 'not yet',
  [ReviewReadiness.SOON]: 'soon',
  [ReviewReadiness.READY]: 'ready',
};

/** Quarters a team report looks back over, the chosen one included. */
export const REPORT_QUARTERS = 4;

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * Calibration and the team report: a manager's reach across its reviews, from the closed quarters'
 * snapshots and the open quarter's live packets. Growth records of many people, so for managers
 * over the people they reach (a director's reach is their whole organization), never for admins.
 */
@Injectable()
export class ReviewReportsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly reviewsService: ReviewsService,
    private readonly quarters: QuarterClockService,
    private readonly organizations: OrganizationsService,
  ) {}

  async calibration(ctx: RequestContext, cycleId: string): Promise<ReviewCalibration> {
    const { cycle, rows, policy } = await this.reach(ctx, cycleId);
    const packets = await this.reviewsService.fullPackets(ctx, cycle, rows);
    const figures = calibration(
      rows.map((r) => ({
        managerId: r.managerId,
        managerName: r.managerName ?? 'No manager',
        teamName: r.teamName ?? 'No team',
        readiness: r.readiness as ReadinessCall | null,
        gaps: packetGaps(packets.get(r.personId) ?? { ratings: [] }),
      })),
    );
    const director = await this.reviews.anyManages(ctx.db, ctx.orgId, policy.reachedPersonIds());
    return {
      cycleId: cycle.id,
      quarterLabel: (await this.quarters.clock(ctx)).toQuarter(cycle.quarter).label,
      ...figures,
      reviews: rows.map((r) => {
        const packet = packets.get(r.personId);
        return {
          reviewId: r.id,
          person: toPerson(r),
          readiness: r.readiness as ReviewReadiness | null,
          readinessShare: packet?.readiness.nextLevelName ? packet.readiness.now : null,
          averageGap: mean(packet ? packetGaps(packet) : []),
          version: r.version,
        };
      }),
      canAdjust: director && cycle.status === 'open',
    };
  }

  async teamReport(ctx: RequestContext, cycleId: string): Promise<ReviewTeamReport> {
    const { cycle, rows, policy } = await this.reach(ctx, cycleId);
    const clock = await this.quarters.clock(ctx);
    const earlier = (await this.reviews.cycles(ctx.db, ctx.orgId))
      .filter((c) => c.quarter < cycle.quarter)
      .slice(0, REPORT_QUARTERS - 1);
    const reach = policy.reachedPersonIds();
    const quarters = await Promise.all(
      [cycle, ...earlier].map(async (c) => {
        const reviews = c.id === cycle.id ? rows : await this.reviews.reviewsOfCycle(ctx.db, ctx.orgId, c.id, reach);
        const packets = await this.reviewsService.fullPackets(ctx, c, reviews);
        return {
          quarter: c.quarter,
          label: clock.toQuarter(c.quarter).label,
          frozen: c.status === 'closed',
          people: reviews.flatMap((r) => {
            const packet = packets.get(r.personId);
            return packet
              ? [{ personId: r.personId, name: r.personName, readiness: r.readiness as ReadinessCall | null, packet }]
              : [];
          }),
        };
      }),
    );
    const report = teamReport(quarters);
    const current = new Map(quarters[0].people.map((p) => [p.personId, p.packet]));
    return {
      cycleId: cycle.id,
      quarterLabel: clock.toQuarter(cycle.quarter).label,
      developmentTarget: (await this.organizations.staffingRules(ctx)).developmentTarget,
      ...report,
      people: rows.flatMap((r) => {
        const packet = current.get(r.personId);
        return packet ? [toRow(r, packet)] : [];
      }),
    };
  }

  /** The team report's per-person figures as CSV (a spreadsheet's first row names the columns). */
  async csv(ctx: RequestContext, cycleId: string): Promise<{ quarter: string; text: string }> {
    const report = await this.teamReport(ctx, cycleId);
    const percent = (share: number | null) => (share === null ? '' : String(Math.round(share * 100)));
    const text = stringify(
      report.people.map((p) => ({
        name: p.person.name,
        team: p.person.teamName ?? '',
        manager: p.person.managerName ?? '',
        ratings_up: p.ratingsImproved,
        ratings_down: p.ratingsDeclined,
        below_level: p.belowLevel,
        goals_finished: p.goalsFinished,
        evidence: p.evidence,
        one_on_ones_held: p.oneOnOnesHeld,
        one_on_ones_expected: p.oneOnOnesExpected,
        development_percent: percent(p.developmentShare),
        meets_development_target: p.meetsDevelopmentTarget ? 'yes' : 'no',
        readiness_percent: percent(p.readinessShare),
        readiness_change_points: p.readinessChange === null ? '' : String(Math.round(p.readinessChange * 100)),
        readiness_call: p.readiness ? READINESS_WORDS[p.readiness] : '',
      })),
      // Cells that a spreadsheet would run as formulas start with a quote.
      { header: true, cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) } },
    );
    return { quarter: report.quarterLabel, text };
  }

  /** The cycle and the reviews of the people the viewer manages, or FORBIDDEN for anyone else. */
  private async reach(
    ctx: RequestContext,
    cycleId: string,
  ): Promise<{ cycle: CycleRow; rows: ReviewRow[]; policy: Policy }> {
    requireId('cycleId', cycleId);
    const policy = await ctx.policy();
    if (policy.viewer.role !== 'manager') {
      throw forbidden('Calibration and team reports are for managers, over the people they reach.');
    }
    const cycle = await this.reviews.cycle(ctx.db, ctx.orgId, cycleId);
    if (!cycle) throw notFound('Review cycle');
    const rows = await this.reviews.reviewsOfCycle(ctx.db, ctx.orgId, cycle.id, policy.reachedPersonIds());
    return { cycle, rows, policy };
  }
}

function toRow(r: ReviewRow, p: PacketFigures): TeamReportRow {
  return {
    reviewId: r.id,
    person: toPerson(r),
    ratingsImproved: p.ratingSummary.improved,
    ratingsDeclined: p.ratingSummary.declined,
    belowLevel: p.ratingSummary.belowLevel,
    goalsFinished: p.goals.finished.length,
    evidence: p.evidence.total,
    oneOnOnesHeld: p.oneOnOnes.held,
    oneOnOnesExpected: p.oneOnOnes.expected,
    developmentShare: p.time.developmentShare,
    meetsDevelopmentTarget: p.time.meetsTarget,
    readinessShare: p.readiness.nextLevelName ? p.readiness.now : null,
    readinessChange: p.readiness.change,
    readiness: r.readiness as ReviewReadiness | null,
  };
}
