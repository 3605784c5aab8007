import { Injectable } from '@nestjs/common';
import {
  cadenceKept,
  emptyTotals,
  latestRatings,
  promotionReadiness,
  reviewPacket,
  sumCadence,
  type CadenceFigures,
  type Framework,
  type RatingRecord,
  type ReviewPacket,
} from '@trellis/domain';
import { groupBy } from '../../../common/group-by';
import { localDate } from '../../../common/local-date';
import { RequestContext } from '../../../context/request-context';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { currentFramework } from '../../frameworks/framework.loader';
import { CapacityService } from '../../staffing/timeline/capacity.service';
import {
  PacketCheckInRow,
  PacketHeldRow,
  PacketQuarter,
  PacketRatingRow,
  PacketRepository,
  PacketSeriesRow,
} from './packet.repository';

/** Whose packet, and whether its manager figures (manager ratings, readiness) may be shown. */
export interface PacketSubject {
  personId: string;
  track: string;
  level: string;
  managerFigures: boolean;
}

/**
 * Review packets: the facts of a quarter read for many people at once (a fixed number of
 * statements), every figure worked out by the domain's `reviewPacket`. Private one-on-one notes
 * are never read: only meeting dates, action items and goals.
 */
@Injectable()
export class PacketService {
  constructor(
    private readonly packets: PacketRepository,
    private readonly capacity: CapacityService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** The caller has checked that the viewer may read these people's reviews (or is closing the cycle). */
  async packetsOf(
    ctx: RequestContext,
    subjects: readonly PacketSubject[],
    quarter: PacketQuarter,
  ): Promise<Map<string, ReviewPacket>> {
    if (subjects.length === 0) return new Map();
    const ids = subjects.map((s) => s.personId);
    const [framework, ratings, goals, evidence, series, staffed, rules] = await Promise.all([
      currentFramework(ctx).then((f) => f.document),
      this.packets.ratings(ctx.db, ctx.orgId, ids, quarter),
      this.packets.goals(ctx.db, ctx.orgId, ids, quarter),
      this.packets.evidence(ctx.db, ctx.orgId, ids, quarter),
      this.packets.series(ctx.db, ctx.orgId, ids),
      // Stretch assignments are part of the review: whoever may read it sees them.
      this.capacity.rangeTotals(ctx, ids, quarter.start, quarter.end, { canSeeStretch: () => true }),
      this.organizations.staffingRules(ctx),
    ]);
    const seriesIds = series.map((s) => s.id);
    const [checkIns, held, items] = await Promise.all([
      this.packets.checkIns(
        ctx.db,
        ctx.orgId,
        goals.map((g) => g.id),
        quarter,
      ),
      this.packets.held(ctx.db, ctx.orgId, seriesIds, quarter),
      this.packets.actionItems(ctx.db, ctx.orgId, seriesIds, quarter),
    ]);
    const ratingsOf = groupBy(ratings, (r) => r.personId);
    const goalsOf = groupBy(goals, (g) => g.personId);
    const checkInsOf = groupBy(checkIns, (c) => c.goalId);
    const evidenceOf = groupBy(evidence, (e) => e.personId);
    const seriesOf = groupBy(series, (s) => s.personId);
    const heldOf = groupBy(held, (h) => h.seriesId);
    const itemsOf = groupBy(items, (i) => i.personId);
    const now = new Date();

    const result = new Map<string, ReviewPacket>();
    for (const subject of subjects) {
      const person = { trackKey: subject.track, levelKey: subject.level };
      const records = toRecords(ratingsOf.get(subject.personId) ?? [], subject.managerFigures);
      const time = staffed.get(subject.personId);
      result.set(
        subject.personId,
        reviewPacket({
          framework,
          person,
          quarter: { key: quarter.key, start: quarter.start, end: quarter.end },
          previousQuarterKey: quarter.previousKey,
          ratings: records,
          goals: (goalsOf.get(subject.personId) ?? []).map((g) => ({
            id: g.id,
            title: g.title,
            status: g.status,
            competencyKeys: g.competencyKeys,
            doneOn: g.closedOn,
            checkIns: (checkInsOf.get(g.id) ?? []).map(toCheckIn),
          })),
          evidence: evidenceOf.get(subject.personId) ?? [],
          oneOnOnes: {
            cadence: cadenceOf(seriesOf.get(subject.personId) ?? [], heldOf, quarter, now),
            actionItems: itemsOf.get(subject.personId) ?? [],
          },
          time: {
            totals: time?.totals ?? emptyTotals(),
            developmentTarget: rules.developmentTarget,
            stretch: (time?.stretches ?? []).map((s) => ({
              projectName: s.projectName ?? 'Development time',
              goalTitles: s.goalTitles,
              // Clipped to the quarter.
              from: s.from > quarter.start ? s.from : quarter.start,
              to: s.to < quarter.end ? s.to : quarter.end,
            })),
          },
          readiness: readinessOf(framework, person, records, quarter),
        }),
      );
    }
    return result;
  }
}

function toRecords(rows: readonly PacketRatingRow[], managerFigures: boolean): RatingRecord[] {
  return rows
    .filter((r) => managerFigures || r.source === 'self')
    .map((r) => ({
      personId: r.personId,
      competencyKey: r.competencyKey,
      quarter: r.quarter,
      source: r.source,
      ratingKey: r.rating,
    }));
}

function toCheckIn(c: PacketCheckInRow) {
  return { date: c.date, progress: c.progress, confidence: c.confidence };
}

/** Readiness by the latest manager rating of each competency up to the quarter, and up to the one before. */
function readinessOf(
  framework: Framework,
  person: { trackKey: string; levelKey: string },
  records: readonly RatingRecord[],
  quarter: PacketQuarter,
) {
  const manager = records.filter((r) => r.source === 'manager');
  const now = promotionReadiness(framework, person, latestRatings(manager, 'manager'));
  const earlier = manager.filter((r) => r.quarter <= quarter.previousKey);
  const before =
    earlier.length > 0 ? promotionReadiness(framework, person, latestRatings(earlier, 'manager')).share : null;
  return {
    now: { share: manager.length > 0 ? now.share : 0, nextLevelName: now.nextLevel?.name ?? null },
    before: before === null ? null : { share: before },
  };
}

/**
 * Meetings held against the cadence over the quarter (up to today for the current one), each
 * series in its own zone and from the day it began; null without a series with the manager.
 */
function cadenceOf(
  series: readonly PacketSeriesRow[],
  heldOf: ReadonlyMap<string, PacketHeldRow[]>,
  quarter: PacketQuarter,
  now: Date,
): CadenceFigures | null {
  if (series.length === 0) return null;
  return sumCadence(
    series.map((s) => {
      const today = localDate(now, s.timeZone);
      let to = today < quarter.end ? today : quarter.end;
      if (s.endedOn && s.endedOn < to) to = s.endedOn;
      return cadenceKept({
        cadence: s.cadence,
        seriesStart: s.startedOn,
        from: quarter.start,
        to,
        heldDates: (heldOf.get(s.id) ?? []).map((h) => h.day),
      });
    }),
  );
}
