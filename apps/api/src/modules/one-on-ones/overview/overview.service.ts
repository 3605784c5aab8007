import { Injectable } from '@nestjs/common';
import { sumCadence } from '@trellis/domain';
import { Policy } from '../../../authz/policy';
import { badInput, forbidden, notFound } from '../../../common/errors';
import { groupBy } from '../../../common/group-by';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { GoalsService } from '../../growth/goals/goals.service';
import { MeetingRow, MeetingsRepository } from '../meetings/meetings.repository';
import {
  ActionItem,
  ManagerCadence,
  Meeting,
  OneOnOneSearchHit,
  OneOnOneSeries,
  OneOnOneSeriesDetail,
} from '../models/one-on-ones.model';
import { MeetingStatus } from '../one-on-ones.enums';
import { cadenceOf, cadenceWindow, toActionItem, toPerson, toPoint, toSeries, toSummary } from '../one-on-ones.mapping';
import { PrivateNotesService } from '../private-notes/private-notes.service';
import { OneOnOnePersonRow, SeriesRepository, SeriesRow } from '../series/series.repository';

const NOTES_EXCERPT = 300;
const MOOD_TREND = 10;

/** What the viewer reads of one-on-ones: lists, a series, a meeting, their open items, cadence figures. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly series: SeriesRepository,
    private readonly meetings: MeetingsRepository,
    private readonly privateNotes: PrivateNotesService,
    private readonly goals: GoalsService,
  ) {}

  /** The viewer's own series (as lead or partner), running ones first. */
  async mySeries(ctx: RequestContext): Promise<OneOnOneSeries[]> {
    const viewer = ctx.requireViewer();
    if (!viewer.personId) return [];
    const rows = await this.series.involving(ctx.db, ctx.orgId, [viewer.personId]);
    return this.hydrate(ctx, rows);
  }

  async seriesDetail(ctx: RequestContext, id: string): Promise<OneOnOneSeriesDetail> {
    requireId('id', id);
    ctx.requireViewer();
    const row = await this.series.byId(ctx.db, ctx.orgId, id);
    const policy = await ctx.policy();
    if (!row || !policy.canSeeOneOnOneSeries(row)) throw notFound('One-on-one series');
    const [series] = await this.hydrate(ctx, [row]);
    const participant = policy.canReadMeeting(row);
    const meetings = participant ? await this.meetings.ofSeries(ctx.db, ctx.orgId, [id]) : [];
    const moods = meetings
      .filter((m) => m.status === 'completed' && m.mood !== null)
      .slice(0, MOOD_TREND)
      .reverse();
    return {
      ...series,
      meetings: meetings.map((m) => toSummary(m, true)),
      moodTrend: moods.map((m) => ({ meetingId: m.id, scheduledAt: m.scheduledAt, mood: m.mood as number })),
    };
  }

  async search(
    ctx: RequestContext,
    seriesId: string,
    text: string | null,
    tag: string | null,
  ): Promise<OneOnOneSearchHit[]> {
    requireId('seriesId', seriesId);
    ctx.requireViewer();
    const row = await this.series.byId(ctx.db, ctx.orgId, seriesId);
    if (!row || !(await ctx.policy()).canReadMeeting(row)) throw notFound('One-on-one series');
    const cleanText = text?.trim() || null;
    const cleanTag = tag?.trim().toLowerCase() || null;
    if (!cleanText && !cleanTag) throw badInput('text', 'Search by a text, a tag, or both.');
    return this.meetings.search(ctx.db, ctx.orgId, seriesId, cleanText, cleanTag);
  }

  async meeting(ctx: RequestContext, id: string): Promise<Meeting> {
    requireId('id', id);
    const viewer = ctx.requireViewer();
    const context = await this.meetings.meetingContext(ctx.db, ctx.orgId, id);
    const policy = await ctx.policy();
    // Whether a meeting exists is told to its participants only.
    if (!context || !policy.canReadMeeting(context)) throw notFound('Meeting');
    const [row, seriesRow] = await Promise.all([
      this.meetings.meeting(ctx.db, ctx.orgId, id) as Promise<MeetingRow>,
      this.series.byId(ctx.db, ctx.orgId, context.seriesId) as Promise<SeriesRow>,
    ]);
    const previous = await this.meetings.previousCompleted(ctx.db, ctx.orgId, context.seriesId, row.scheduledAt);
    const [points, items, checkIns, notes, previousPoints, previousItems, previousNotes, [series]] = await Promise.all([
      this.meetings.points(ctx.db, ctx.orgId, [id]),
      this.meetings.actionItemsOn(ctx.db, ctx.orgId, [id]),
      this.goals.checkInsOfMeetings(ctx, [id]),
      this.privateNotes.mineOn(ctx, [id]),
      previous ? this.meetings.points(ctx.db, ctx.orgId, [previous.id]) : Promise.resolve([]),
      previous ? this.meetings.actionItemsAgreedIn(ctx.db, ctx.orgId, previous.id) : Promise.resolve([]),
      previous ? this.meetings.sharedNotesText(ctx.db, ctx.orgId, previous.id) : Promise.resolve(null),
      this.hydrate(ctx, [seriesRow]),
    ]);
    const authorIds = [...points, ...previousPoints].map((p) => p.authorId).filter((x): x is string => x !== null);
    const ownerIds = [...items, ...previousItems].map((a) => a.ownerId);
    const people = await this.peopleMap(ctx, [...authorIds, ...ownerIds, seriesRow.leadId, seriesRow.partnerId]);
    const today = ctx.today;
    return {
      id: row.id,
      series,
      scheduledAt: row.scheduledAt,
      durationMinutes: row.durationMinutes,
      adHoc: row.adHoc,
      status: row.status as MeetingStatus,
      completedAt: row.completedAt,
      mood: row.mood,
      version: row.version,
      points: points.map((p) => toPoint(p, people)),
      actionItems: items.map((a) => toActionItem(a, people, today, viewer.personId)),
      previousMeeting: previous
        ? {
            id: previous.id,
            scheduledAt: previous.scheduledAt,
            discussedPoints: previousPoints.filter((p) => p.discussed).map((p) => p.text),
            actionItems: previousItems.map((a) => toActionItem(a, people, today, viewer.personId)),
            notesExcerpt: excerpt(previousNotes ?? ''),
          }
        : null,
      checkIns,
      hasPrivateNote: notes.has(id),
      canSetMood: policy.canSetMeetingMood(context),
    };
  }

  /** The viewer's open action items across their series, overdue first (Home). */
  async myOpenActionItems(ctx: RequestContext): Promise<ActionItem[]> {
    const viewer = ctx.requireViewer();
    if (!viewer.personId) return [];
    const rows = await this.meetings.openItemsOwnedBy(ctx.db, ctx.orgId, viewer.personId);
    const people = await this.peopleMap(
      ctx,
      rows.flatMap((r) => [r.ownerId, r.leadId, r.partnerId]),
    );
    const today = ctx.today;
    const items = rows.map((r) => toActionItem(r, people, today, viewer.personId));
    return [...items.filter((i) => i.overdue), ...items.filter((i) => !i.overdue)];
  }

  /**
   * Per manager in the viewer's reach (all managers for an admin): their running series and the
   * meetings held against those expected over the last 12 weeks. Reads series and the dates of
   * completed meetings only: no points, notes or items.
   */
  async cadenceByManager(ctx: RequestContext): Promise<ManagerCadence[]> {
    ctx.requireViewer();
    const policy = await ctx.policy();
    const scope = policy.cadenceManagerIds();
    if (scope !== null && scope.length === 0) {
      throw forbidden('Cadence figures are for managers (their reach) and admins.');
    }
    const all = (await this.series.involving(ctx.db, ctx.orgId, scope)).filter(
      (s) => s.status !== 'ended' && (scope === null || scope.includes(s.leadId)),
    );
    const held = await this.meetings.heldDays(
      ctx.db,
      ctx.orgId,
      all.map((s) => s.id),
      cadenceWindow(ctx.today).from,
    );
    const heldOf = groupBy(held, (h) => h.seriesId);
    const byLead = groupBy(all, (s) => s.leadId);
    const now = new Date();
    const people = await this.peopleMap(ctx, [...byLead.keys()]);
    return [...byLead.entries()]
      .map(([leadId, series]) => {
        const total = sumCadence(
          series.map((s) =>
            cadenceOf(
              s,
              (heldOf.get(s.id) ?? []).map((h) => h.day),
              now,
            ),
          ),
        );
        return { manager: toPerson(people.get(leadId), leadId), seriesCount: series.length, ...total };
      })
      .sort((a, b) => a.manager.name.localeCompare(b.manager.name));
  }

  private async hydrate(ctx: RequestContext, rows: SeriesRow[]): Promise<OneOnOneSeries[]> {
    if (rows.length === 0) return [];
    const policy: Policy = await ctx.policy();
    const ids = rows.map((r) => r.id);
    const [meetings, counts, held, people] = await Promise.all([
      this.meetings.ofSeries(ctx.db, ctx.orgId, ids),
      this.meetings.openItemCounts(ctx.db, ctx.orgId, ids),
      this.meetings.heldDays(ctx.db, ctx.orgId, ids, cadenceWindow(ctx.today).from),
      this.peopleMap(
        ctx,
        rows.flatMap((r) => [r.leadId, r.partnerId]),
      ),
    ]);
    const meetingsOf = groupBy(meetings, (m) => m.seriesId);
    const heldOf = groupBy(held, (h) => h.seriesId);
    const countOf = new Map(counts.map((c) => [c.seriesId, c.count]));
    const now = new Date();
    return rows.map((row) =>
      toSeries(row, policy, {
        people,
        meetings: meetingsOf.get(row.id) ?? [],
        heldDays: (heldOf.get(row.id) ?? []).map((h) => h.day),
        openItems: countOf.get(row.id) ?? 0,
        today: ctx.today,
        now,
      }),
    );
  }

  private async peopleMap(ctx: RequestContext, ids: string[]): Promise<Map<string, OneOnOnePersonRow>> {
    return new Map((await this.series.people(ctx.db, ctx.orgId, ids)).map((p) => [p.id, p]));
  }
}

function excerpt(text: string): string {
  const chars = [...text.trim()];
  return chars.length <= NOTES_EXCERPT ? chars.join('') : `${chars.slice(0, NOTES_EXCERPT).join('').trimEnd()}…`;
}
