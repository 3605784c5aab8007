import { Injectable } from '@nestjs/common';
import {
  nextQuarterKey,
  previousQuarterKey,
  teamReviewFigures,
  type ReviewPacket as PacketFigures,
} from '@trellis/domain';
import { Policy } from '../../authz/policy';
import { viewerName } from '../../authz/record-access';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { groupBy } from '../../common/group-by';
import { requireId } from '../../common/ids';
import { RequestContext } from '../../context/request-context';
import { AuditService } from '../directory/audit/audit.service';
import { RecordReadsService } from '../directory/record-reads/record-reads.service';
import { currentFramework } from '../frameworks/framework.loader';
import { GoalsService } from '../growth/goals/goals.service';
import { GoalStatus } from '../growth/growth.enums';
import { QuarterClockService, quarterArgument } from '../directory/organizations/quarter-clock.service';
import {
  AdjustReadinessInput,
  CloseReviewCycleInput,
  OpenReviewCycleInput,
  ReflectOnReviewInput,
  ReviewVersionInput,
  WriteReviewInput,
} from './dto/review.inputs';
import { ReviewPacket } from './models/review-packet.model';
import { Review, ReviewCycle, ReviewCyclesOverview } from './models/review.model';
import { PacketQuarter, PacketRepository } from './packet/packet.repository';
import { PacketService, PacketSubject } from './packet/packet.service';
import { ReviewCycleStatus, ReviewReadiness, ReviewState } from './reviews.enums';
import {
  focusCompetencies,
  ratingNames,
  stateOf,
  toPacketModel,
  toPerson,
  toSummary,
  type StoredPacket,
} from './reviews.mapping';
import { CycleRow, ReviewRow, ReviewsRepository } from './reviews.repository';

const stale = (what: string) =>
  conflict(`${what} was changed by someone else since you opened it. Reload and try again.`);
const closedCycle = () => conflict('This quarter’s reviews are closed: they no longer change.');

/**
 * Quarterly reviews: cycles per fiscal quarter, a review per person, its packet of figures (live
 * while open, from the snapshot once closed), the manager's writing, sharing, the person's
 * reflection and acknowledgement, a director's calibration, and closing.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly packets: PacketService,
    private readonly packetFacts: PacketRepository,
    private readonly quarters: QuarterClockService,
    private readonly audit: AuditService,
    private readonly goals: GoalsService,
    private readonly reads: RecordReadsService,
  ) {}

  // ---- reads --------------------------------------------------------------------------------------

  async overview(ctx: RequestContext): Promise<ReviewCyclesOverview> {
    const policy = await ctx.policy();
    const [clock, rows, director] = await Promise.all([
      this.quarters.clock(ctx),
      this.reviews.cycles(ctx.db, ctx.orgId),
      this.isDirector(ctx, policy),
    ]);
    // People who joined since a cycle opened get their review (and see it) from their first look.
    for (const row of rows) if (row.status === 'open') await this.reviews.ensureReviews(ctx.db, ctx.orgId, row.id);
    const cycles = await Promise.all(rows.map((row) => this.toCycle(ctx, policy, row, director)));
    return {
      cycles,
      currentQuarter: clock.current,
      currentQuarterLabel: clock.toQuarter(clock.current).label,
      canOpen: policy.canManageReviewCycles(director) && !rows.some((r) => r.quarter === clock.current),
    };
  }

  async cycle(ctx: RequestContext, id: string): Promise<ReviewCycle> {
    requireId('id', id);
    const policy = await ctx.policy();
    const row = await this.reviews.cycle(ctx.db, ctx.orgId, id);
    if (!row) throw notFound('Review cycle');
    // People who joined since the cycle opened get their review on the next look.
    if (row.status === 'open') await this.reviews.ensureReviews(ctx.db, ctx.orgId, row.id);
    return this.toCycle(ctx, policy, row, await this.isDirector(ctx, policy));
  }

  async review(ctx: RequestContext, id: string): Promise<Review> {
    const { row, cycle, policy } = await this.readable(ctx, id);
    // The person sees who else read their review (their own reads are not listed).
    await this.reads.record(ctx, 'review', [row.personId], row.id);
    return this.toReview(ctx, policy, row, cycle);
  }

  // ---- cycles -------------------------------------------------------------------------------------

  async open(ctx: RequestContext, input: OpenReviewCycleInput): Promise<ReviewCycle> {
    const policy = await ctx.policy();
    const director = await this.isDirector(ctx, policy);
    if (!policy.canManageReviewCycles(director)) {
      throw forbidden('Review cycles are opened by admins and directors.');
    }
    const clock = await this.quarters.clock(ctx);
    const quarter = quarterArgument(clock, input.quarter);
    if (quarter > clock.current) {
      throw badInput(
        'quarter',
        `${clock.toQuarter(quarter).label} has not begun: open the current quarter or one before it.`,
      );
    }
    const id = await this.reviews.insertCycle(ctx.db, ctx.orgId, quarter, await viewerName(ctx));
    if (!id) throw badInput('quarter', `${clock.toQuarter(quarter).label} has a review cycle already.`);
    await this.reviews.ensureReviews(ctx.db, ctx.orgId, id);
    await this.audit.record(ctx, 'review_cycle_opened', { type: 'review_cycle', id, label: quarter });
    return this.cycle(ctx, id);
  }

  /**
   * Freezes the quarter: every review's packet (as the manager and as the person see it) and the
   * team's figures are stored, and nothing of the cycle changes afterwards. Refused while reviews
   * are unshared, unless the closer confirms.
   */
  async close(ctx: RequestContext, input: CloseReviewCycleInput): Promise<ReviewCycle> {
    const policy = await ctx.policy();
    const director = await this.isDirector(ctx, policy);
    if (!policy.canManageReviewCycles(director)) throw forbidden('Review cycles are closed by admins and directors.');
    const cycle = await this.reviews.cycle(ctx.db, ctx.orgId, input.id);
    if (!cycle) throw notFound('Review cycle');
    if (cycle.status === 'closed') throw closedCycle();
    if (cycle.version !== input.version) throw stale('The review cycle');
    await this.reviews.ensureReviews(ctx.db, ctx.orgId, cycle.id);
    const all = await this.reviews.reviewsOfCycle(ctx.db, ctx.orgId, cycle.id, null);
    const unshared = all.filter((r) => !r.sharedAt).length;
    if (unshared > 0 && !input.confirmUnshared) {
      throw badInput(
        'confirmUnshared',
        `${unshared} of ${all.length} reviews are not shared yet. Close anyway to freeze them as they are.`,
      );
    }
    const [full, personal] = await Promise.all([
      this.packetsOfReviews(ctx, cycle, all, true),
      this.packetsOfReviews(ctx, cycle, all, false),
    ]);
    const stored = new Map<string, StoredPacket>();
    for (const r of all) {
      const f = full.get(r.personId);
      const p = personal.get(r.personId);
      if (f && p) stored.set(r.id, { full: f, personal: p });
    }
    const byTeam = groupBy(all, (r) => r.teamName ?? 'No team');
    const team = {
      overall: teamReviewFigures([...stored.values()].map((s) => s.full)),
      teams: [...byTeam.entries()].map(([name, reviews]) => ({
        name,
        figures: teamReviewFigures(reviews.flatMap((r) => (stored.get(r.id) ? [stored.get(r.id)!.full] : []))),
      })),
    };
    const byName = await viewerName(ctx);
    if (!(await this.reviews.close(ctx.db, ctx.orgId, cycle, stored, team, byName))) throw stale('The review cycle');
    await this.audit.record(
      ctx,
      'review_cycle_closed',
      { type: 'review_cycle', id: cycle.id, label: cycle.quarter },
      { reviews: all.length, unshared },
    );
    return this.cycle(ctx, cycle.id);
  }

  /** Every packet of an open cycle, full figures, by person (for whoever may close it: seeding the demo). */
  async cyclePackets(ctx: RequestContext, cycleId: string): Promise<Map<string, PacketFigures>> {
    const policy = await ctx.policy();
    if (!policy.canManageReviewCycles(await this.isDirector(ctx, policy))) throw forbidden();
    const cycle = await this.reviews.cycle(ctx.db, ctx.orgId, cycleId);
    if (!cycle) throw notFound('Review cycle');
    return this.packetsOfReviews(
      ctx,
      cycle,
      await this.reviews.reviewsOfCycle(ctx.db, ctx.orgId, cycle.id, null),
      true,
    );
  }

  /**
   * Full figures by person for reviews of a cycle: the stored snapshot of a closed cycle, computed
   * live for an open one (calibration and the team report; the caller has checked the viewer).
   */
  async fullPackets(
    ctx: RequestContext,
    cycle: CycleRow,
    rows: readonly ReviewRow[],
  ): Promise<Map<string, PacketFigures>> {
    if (cycle.status === 'open') return this.packetsOfReviews(ctx, cycle, rows, true);
    const stored = await this.reviews.snapshots(
      ctx.db,
      ctx.orgId,
      rows.map((r) => r.id),
    );
    return new Map(
      rows.flatMap((r) => {
        const s = stored.get(r.id) as StoredPacket | undefined;
        return s ? [[r.personId, s.full] as const] : [];
      }),
    );
  }

  private async packetsOfReviews(
    ctx: RequestContext,
    cycle: CycleRow,
    rows: readonly ReviewRow[],
    managerFigures: boolean,
  ): Promise<Map<string, PacketFigures>> {
    const subjects: PacketSubject[] = rows.map((r) => ({
      personId: r.personId,
      track: r.track,
      level: r.level,
      managerFigures,
    }));
    return this.packets.packetsOf(ctx, subjects, await this.packetQuarter(ctx, cycle.quarter));
  }

  // ---- writing ------------------------------------------------------------------------------------

  async write(ctx: RequestContext, input: WriteReviewInput): Promise<Review> {
    const { row, cycle, policy } = await this.readable(ctx, input.id);
    if (!policy.canWriteReview(row.personId)) throw forbidden('Only the manager chain writes the review.');
    if (cycle.status === 'closed') throw closedCycle();
    const writing = {
      summary: input.summary.trim(),
      strengths: input.strengths.trim(),
      focus: input.focus.trim(),
      readiness: input.readiness ?? null,
    };
    if (!(await this.reviews.write(ctx.db, ctx.orgId, row.id, input.version, writing))) throw stale('The review');
    await this.audit.record(ctx, 'review_written', this.target(row));
    return this.review(ctx, row.id);
  }

  async share(ctx: RequestContext, input: ReviewVersionInput): Promise<Review> {
    const { row, cycle, policy } = await this.readable(ctx, input.id);
    if (!policy.canWriteReview(row.personId)) throw forbidden('Only the manager chain shares the review.');
    if (cycle.status === 'closed') throw closedCycle();
    if (row.sharedAt) throw badInput('id', `${row.personName}’s review is shared already.`);
    if (!row.summary.trim()) throw badInput('summary', 'Write a summary before sharing the review.');
    if (!(await this.reviews.share(ctx.db, ctx.orgId, row.id, input.version, await viewerName(ctx)))) {
      throw stale('The review');
    }
    await this.audit.record(ctx, 'review_shared', this.target(row));
    return this.review(ctx, row.id);
  }

  async reflect(ctx: RequestContext, input: ReflectOnReviewInput): Promise<Review> {
    const { row, cycle, policy } = await this.readable(ctx, input.id);
    if (!policy.canReflectOnReview(row.personId)) throw forbidden('Only the person writes their reflection.');
    if (cycle.status === 'closed') throw closedCycle();
    if (row.acknowledgedAt) throw badInput('reflection', 'The review is acknowledged: the reflection is final.');
    if (!(await this.reviews.reflect(ctx.db, ctx.orgId, row.id, input.version, input.reflection.trim()))) {
      throw stale('The review');
    }
    await this.audit.record(ctx, 'review_reflected', this.target(row));
    return this.review(ctx, row.id);
  }

  async acknowledge(ctx: RequestContext, input: ReviewVersionInput): Promise<Review> {
    const { row, cycle, policy } = await this.readable(ctx, input.id);
    if (!policy.canReflectOnReview(row.personId)) throw forbidden('Only the person acknowledges their review.');
    if (cycle.status === 'closed') throw closedCycle();
    if (!row.sharedAt) throw badInput('id', 'The review is not shared with you yet.');
    if (row.acknowledgedAt) throw badInput('id', 'You acknowledged this review already.');
    if (!(await this.reviews.acknowledge(ctx.db, ctx.orgId, row.id, input.version))) throw stale('The review');
    await this.audit.record(ctx, 'review_acknowledged', this.target(row));
    return this.review(ctx, row.id);
  }

  /**
   * One click on the review page: the focus for next quarter becomes a draft goal of the person,
   * due next quarter (its first line is the title), once per review.
   */
  async draftGoalFromFocus(ctx: RequestContext, id: string): Promise<Review> {
    const { row, cycle, policy } = await this.readable(ctx, id);
    if (!policy.canWriteReview(row.personId)) throw forbidden('Only the manager chain turns the focus into a goal.');
    if (cycle.status === 'closed') throw closedCycle();
    const focus = row.focus.trim();
    if (!focus) throw badInput('focus', 'Write and save a focus for next quarter first.');
    if (row.focusGoalId) throw badInput('focus', 'The focus is a draft goal already: edit it on the Goals tab.');
    const clock = await this.quarters.clock(ctx);
    const next = nextQuarterKey(cycle.quarter);
    const firstLine = focus.split('\n')[0].trim();
    // A goal names competencies: those rated furthest below the level (edited on the Goals tab).
    const quarter = await this.packetQuarter(ctx, cycle.quarter);
    const packet = (
      await this.packets.packetsOf(
        ctx,
        [{ personId: row.personId, track: row.track, level: row.level, managerFigures: true }],
        quarter,
      )
    ).get(row.personId);
    const competencyKeys = focusCompetencies(packet?.ratings ?? []);
    const goal = await this.goals.create(ctx, {
      personId: row.personId,
      title: [...firstLine].length > 200 ? `${[...firstLine].slice(0, 199).join('')}…` : firstLine,
      description: focus,
      competencyKeys,
      targetLevelKey: null,
      dueQuarter: next > clock.current ? next : clock.current,
      status: GoalStatus.DRAFT,
      milestones: [],
    });
    if (!(await this.reviews.linkFocusGoal(ctx.db, ctx.orgId, row.id, goal.id))) throw stale('The review');
    return this.review(ctx, row.id);
  }

  /** Calibration: a director changes a readiness, with the reason, which is kept. */
  async adjustReadiness(ctx: RequestContext, input: AdjustReadinessInput): Promise<Review> {
    const { row, cycle, policy } = await this.readable(ctx, input.id);
    const director = await this.isDirector(ctx, policy);
    if (!policy.canCalibrateReadiness(row.personId, director)) {
      throw forbidden('Readiness is calibrated by a director over the people they reach.');
    }
    if (cycle.status === 'closed') throw closedCycle();
    if (row.version !== input.version) throw stale('The review');
    const to = input.readiness as ReviewReadiness;
    if (row.readiness === to) throw badInput('readiness', 'The readiness is that already.');
    const reason = input.reason.trim();
    if (!(await this.reviews.adjustReadiness(ctx.db, ctx.orgId, row, to, reason, await viewerName(ctx)))) {
      throw stale('The review');
    }
    await this.audit.record(ctx, 'review_readiness_adjusted', this.target(row), { from: row.readiness, to });
    return this.review(ctx, row.id);
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private target(row: ReviewRow) {
    return { type: 'review', id: row.id, label: row.personName };
  }

  /** A review the viewer may read, with its cycle; NOT_FOUND otherwise (its existence is not told). */
  private async readable(
    ctx: RequestContext,
    id: string,
  ): Promise<{ row: ReviewRow; cycle: CycleRow; policy: Policy }> {
    requireId('id', id);
    const policy = await ctx.policy();
    const row = await this.reviews.review(ctx.db, ctx.orgId, id);
    if (!row || !policy.canReadReview(row.personId)) throw notFound('Review');
    const cycle = await this.reviews.cycle(ctx.db, ctx.orgId, row.cycleId);
    if (!cycle) throw notFound('Review');
    return { row, cycle, policy };
  }

  private async isDirector(ctx: RequestContext, policy: Policy): Promise<boolean> {
    if (policy.viewer.role !== 'manager') return false;
    return this.reviews.anyManages(ctx.db, ctx.orgId, policy.reachedPersonIds());
  }

  private async packetQuarter(ctx: RequestContext, key: string): Promise<PacketQuarter> {
    const q = (await this.quarters.clock(ctx)).toQuarter(key);
    return { key, previousKey: previousQuarterKey(key), start: q.start, end: q.end };
  }

  private async toCycle(ctx: RequestContext, policy: Policy, row: CycleRow, director: boolean): Promise<ReviewCycle> {
    const clock = await this.quarters.clock(ctx);
    const rows = await this.reviews.reviewsOfCycle(ctx.db, ctx.orgId, row.id, policy.reviewPersonIds());
    const summaries = rows.map((r) => toSummary(r, policy));
    const mine = rows.find((r) => policy.isSelf(r.personId));
    // The viewer's own review counts in their progress only when they review nobody else.
    const reviewed = rows.filter((r) => !policy.isSelf(r.personId));
    const counted = reviewed.length > 0 ? reviewed : rows;
    return {
      id: row.id,
      quarter: row.quarter,
      quarterLabel: clock.toQuarter(row.quarter).label,
      status: row.status as ReviewCycleStatus,
      openedAt: row.openedAt,
      openedByName: row.openedByName,
      closedAt: row.closedAt,
      closedByName: row.closedByName,
      progress: {
        total: counted.length,
        drafted: counted.filter((r) => stateOf(r) !== ReviewState.NOT_STARTED).length,
        shared: counted.filter((r) => r.sharedAt).length,
        acknowledged: counted.filter((r) => r.acknowledgedAt).length,
      },
      reviews: summaries,
      myReviewId: mine?.id ?? null,
      canClose: row.status === 'open' && policy.canManageReviewCycles(director),
      version: row.version,
    };
  }

  private async toReview(ctx: RequestContext, policy: Policy, row: ReviewRow, cycle: CycleRow): Promise<Review> {
    const writer = policy.canWriteReview(row.personId);
    const shared = row.sharedAt !== null;
    const seesWriting = writer || shared;
    const quarter = await this.packetQuarter(ctx, cycle.quarter);
    const released =
      shared || (await this.packetFacts.releasedTo(ctx.db, ctx.orgId, [row.personId], quarter.key)).size > 0;
    const managerFigures = writer || released;
    const [packet, adjustments] = await Promise.all([
      this.packetOf(ctx, row, cycle, quarter, managerFigures),
      writer ? this.reviews.adjustments(ctx.db, ctx.orgId, [row.id]) : Promise.resolve([]),
    ]);
    return {
      id: row.id,
      cycleId: cycle.id,
      quarter: cycle.quarter,
      quarterLabel: (await this.quarters.clock(ctx)).toQuarter(cycle.quarter).label,
      cycleStatus: cycle.status as ReviewCycleStatus,
      person: toPerson(row),
      state: stateOf(row),
      summary: seesWriting ? row.summary : null,
      strengths: seesWriting ? row.strengths : null,
      focus: seesWriting ? row.focus : null,
      readiness: seesWriting ? (row.readiness as ReviewReadiness | null) : null,
      reflection: row.reflection,
      sharedAt: row.sharedAt,
      sharedByName: row.sharedByName,
      acknowledgedAt: row.acknowledgedAt,
      adjustments: adjustments.map((a) => ({
        from: a.fromReadiness as ReviewReadiness | null,
        to: a.toReadiness as ReviewReadiness,
        reason: a.reason,
        byName: a.byName,
        at: a.at,
      })),
      packet,
      focusGoalId: writer || shared ? row.focusGoalId : null,
      canWrite: writer && cycle.status === 'open',
      canReflect: policy.canReflectOnReview(row.personId) && cycle.status === 'open',
      version: row.version,
    };
  }

  /** Live while the cycle is open; the stored snapshot once it is closed. */
  private async packetOf(
    ctx: RequestContext,
    row: ReviewRow,
    cycle: CycleRow,
    quarter: PacketQuarter,
    managerFigures: boolean,
  ): Promise<ReviewPacket> {
    const names = ratingNames((await currentFramework(ctx)).document, row.track);
    if (cycle.status === 'closed') {
      const stored = (await this.reviews.snapshots(ctx.db, ctx.orgId, [row.id])).get(row.id) as
        StoredPacket | undefined;
      if (stored) return toPacketModel(managerFigures ? stored.full : stored.personal, managerFigures, true, names);
    }
    const live = await this.packets.packetsOf(
      ctx,
      [{ personId: row.personId, track: row.track, level: row.level, managerFigures }],
      quarter,
    );
    return toPacketModel(live.get(row.personId) as PacketFigures, managerFigures, false, names);
  }
}
