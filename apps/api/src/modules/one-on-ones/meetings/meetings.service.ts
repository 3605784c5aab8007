import { Injectable } from '@nestjs/common';
import { movePoint } from '@trellis/domain';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import {
  ActionItemInput,
  TalkingPointInput,
  UpdateActionItemInput,
  UpdateTalkingPointInput,
} from '../dto/one-on-ones.inputs';
import { normalTags } from '../one-on-ones.mapping';
import { SeriesPair } from '../series/series-pair';
import { SeriesRepository, SeriesRow } from '../series/series.repository';
import { SeriesService } from '../series/series.service';
import { MeetingContextRow, MeetingsRepository } from './meetings.repository';

const CHANGED = 'was changed by someone else since you opened it. Reload and try again.';

/** A meeting's agenda, action items, mood and completion: its two participants' alone. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly series: SeriesRepository,
    private readonly seriesService: SeriesService,
    private readonly pairs: SeriesPair,
    private readonly audit: AuditService,
  ) {}

  // ---- agenda ---------------------------------------------------------------------------------

  async addPoint(ctx: RequestContext, meetingId: string, input: TalkingPointInput): Promise<string> {
    const { meeting, label } = await this.pairs.writableMeeting(ctx, meetingId, true, 'meetingId');
    open(meeting, 'meetingId');
    const text = cleanText(input.text);
    const id = await this.meetings.insertPoint(
      ctx.db,
      ctx.orgId,
      meetingId,
      ctx.requireViewer().personId,
      text,
      normalTags(input.tags),
    );
    await this.audit.record(ctx, 'meeting_agenda_changed', label, { change: 'point_added' });
    return id;
  }

  async updatePoint(ctx: RequestContext, id: string, input: UpdateTalkingPointInput): Promise<string> {
    const { point, meeting, label } = await this.pointOf(ctx, id);
    if (point.authorId !== ctx.requireViewer().personId)
      throw forbidden('Only whoever added a talking point edits it.');
    open(meeting, 'id');
    const fields = {
      text: input.text !== undefined ? cleanText(input.text) : point.text,
      tags: input.tags !== undefined ? normalTags(input.tags) : point.tags,
      discussed: point.discussed,
    };
    if (!(await this.meetings.updatePoint(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict(`This talking point ${CHANGED}`);
    }
    await this.audit.record(ctx, 'meeting_agenda_changed', label, { change: 'point_updated' });
    return meeting.id;
  }

  async removePoint(ctx: RequestContext, id: string): Promise<string> {
    const { point, meeting, label } = await this.pointOf(ctx, id, true);
    if (point.authorId !== ctx.requireViewer().personId)
      throw forbidden('Only whoever added a talking point removes it.');
    open(meeting, 'id');
    await this.meetings.deletePoint(ctx.db, ctx.orgId, id);
    const rest = await this.meetings.points(ctx.db, ctx.orgId, [meeting.id]);
    await this.meetings.placePoints(
      ctx.db,
      ctx.orgId,
      meeting.id,
      rest.map((p, position) => ({ id: p.id, position })),
    );
    await this.audit.record(ctx, 'meeting_agenda_changed', label, { change: 'point_removed' });
    return meeting.id;
  }

  async movePoint(ctx: RequestContext, id: string, position: number): Promise<string> {
    const { meeting, label } = await this.pointOf(ctx, id, true);
    open(meeting, 'id');
    if (!Number.isInteger(position) || position < 0) throw badInput('position', 'Give a position from 0.');
    const current = await this.meetings.points(ctx.db, ctx.orgId, [meeting.id]);
    const order = movePoint(
      current.map((p) => p.id),
      id,
      position,
    );
    await this.meetings.placePoints(
      ctx.db,
      ctx.orgId,
      meeting.id,
      order.map((pid, i) => ({ id: pid, position: i })),
    );
    await this.audit.record(ctx, 'meeting_agenda_changed', label, { change: 'point_moved' });
    return meeting.id;
  }

  async markDiscussed(ctx: RequestContext, id: string, discussed: boolean): Promise<string> {
    const { point, meeting, label } = await this.pointOf(ctx, id, true);
    open(meeting, 'id');
    await this.meetings.updatePoint(ctx.db, ctx.orgId, id, point.version, {
      text: point.text,
      tags: point.tags,
      discussed,
    });
    await this.audit.record(ctx, 'meeting_agenda_changed', label, {
      change: discussed ? 'point_discussed' : 'point_reopened',
    });
    return meeting.id;
  }

  // ---- action items ---------------------------------------------------------------------------

  async addActionItem(ctx: RequestContext, meetingId: string, input: ActionItemInput): Promise<string> {
    const { meeting, label } = await this.pairs.writableMeeting(ctx, meetingId, true, 'meetingId');
    if (meeting.status === 'cancelled') throw badInput('meetingId', 'This meeting was cancelled.');
    checkOwner(meeting, input.ownerId);
    await this.meetings.insertActionItem(ctx.db, ctx.orgId, {
      seriesId: meeting.seriesId,
      meetingId,
      text: cleanText(input.text),
      ownerId: input.ownerId,
      dueDate: input.dueDate ?? null,
    });
    await this.audit.record(ctx, 'meeting_action_items_changed', label, { change: 'added' });
    return meetingId;
  }

  async updateActionItem(ctx: RequestContext, id: string, input: UpdateActionItemInput): Promise<string> {
    const { item, meeting, label } = await this.itemOf(ctx, id);
    if (input.ownerId !== undefined) checkOwner(meeting, input.ownerId);
    const fields = {
      text: input.text !== undefined ? cleanText(input.text) : item.text,
      ownerId: input.ownerId ?? item.ownerId,
      dueDate: input.dueDate !== undefined ? input.dueDate : item.dueDate,
      done: item.done,
    };
    if (!(await this.meetings.updateActionItem(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict(`This action item ${CHANGED}`);
    }
    await this.audit.record(ctx, 'meeting_action_items_changed', label, { change: 'updated' });
    return item.meetingId;
  }

  async completeActionItem(ctx: RequestContext, id: string, done: boolean): Promise<string> {
    const { item, label } = await this.itemOf(ctx, id);
    await this.meetings.updateActionItem(ctx.db, ctx.orgId, id, item.version, { ...item, done });
    await this.audit.record(ctx, 'meeting_action_items_changed', label, { change: done ? 'done' : 'reopened' });
    return item.meetingId;
  }

  async removeActionItem(ctx: RequestContext, id: string): Promise<string> {
    const { item, label } = await this.itemOf(ctx, id);
    await this.meetings.deleteActionItem(ctx.db, ctx.orgId, id, item.version);
    await this.audit.record(ctx, 'meeting_action_items_changed', label, { change: 'removed' });
    return item.meetingId;
  }

  // ---- the meeting itself ---------------------------------------------------------------------

  /**
   * Completes a meeting in one transaction: marks it completed, and carries its undiscussed
   * points and open action items into the next meeting (made from the cadence if needed).
   * Returns the next meeting's id.
   */
  async complete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const { meeting, label } = await this.pairs.writableMeeting(ctx, id, true);
    if (meeting.status === 'completed') throw conflict('This meeting is already completed.');
    if (meeting.status === 'cancelled') throw badInput('id', 'This meeting was cancelled.');
    const row = await this.meetings.meeting(ctx.db, ctx.orgId, id);
    if (
      !row ||
      !(await this.meetings.setStatus(ctx.db, ctx.orgId, id, version, 'completed', ctx.requireViewer().personId))
    ) {
      throw conflict(`This meeting ${CHANGED}`);
    }
    const series = (await this.series.byId(ctx.db, ctx.orgId, meeting.seriesId, true)) as SeriesRow;
    // A paused series gets its next meeting too, so nothing carried is lost; it shows once resumed.
    const next = (await this.seriesService.ensureNextMeeting(
      ctx,
      { ...series, status: 'active' },
      row.scheduledAt,
    )) as string;
    await this.seriesService.moveOpenWork(ctx, id, next);
    await this.audit.record(ctx, 'meeting_completed', label);
    return next;
  }

  async setMood(ctx: RequestContext, meetingId: string, mood: number | null): Promise<string> {
    const { meeting, label } = await this.pairs.writableMeeting(ctx, meetingId, false, 'meetingId');
    if (!(await ctx.policy()).canSetMeetingMood(meeting)) {
      throw forbidden('The mood is given by the report (or mentee) of the one-on-one.');
    }
    if (mood !== null && (!Number.isInteger(mood) || mood < 1 || mood > 5)) {
      throw badInput('mood', 'A mood is from 1 to 5.');
    }
    if (meeting.status === 'cancelled') throw badInput('meetingId', 'This meeting was cancelled.');
    await this.meetings.setMood(ctx.db, ctx.orgId, meetingId, mood);
    await this.audit.record(ctx, 'meeting_mood_set', label);
    return meetingId;
  }

  private async pointOf(ctx: RequestContext, id: string, lock = false) {
    requireId('id', id);
    ctx.requireViewer();
    const found = await this.meetings.point(ctx.db, ctx.orgId, id);
    const meeting = found && (await this.meetings.meetingContext(ctx.db, ctx.orgId, found.meetingId, lock));
    const policy = await ctx.policy();
    if (!found || !meeting || !policy.canReadMeeting(meeting)) throw notFound('Talking point');
    if (!policy.canWriteMeeting(meeting)) throw forbidden('Only the two people of a one-on-one change it.');
    // Read again under the meeting's lock: positions and versions as they are now.
    const point = lock ? ((await this.meetings.point(ctx.db, ctx.orgId, id)) ?? found) : found;
    return { point, meeting, label: await this.pairs.label(ctx, meeting) };
  }

  private async itemOf(ctx: RequestContext, id: string) {
    requireId('id', id);
    ctx.requireViewer();
    const item = await this.meetings.actionItem(ctx.db, ctx.orgId, id);
    const policy = await ctx.policy();
    if (!item || !policy.canWriteMeeting(item)) throw notFound('Action item');
    const meeting = (await this.meetings.meetingContext(ctx.db, ctx.orgId, item.meetingId)) as MeetingContextRow;
    return { item, meeting, label: await this.pairs.label(ctx, { ...item, seriesId: item.seriesId }) };
  }
}

function open(meeting: MeetingContextRow, field: string): void {
  if (meeting.status !== 'scheduled') {
    throw badInput(field, `This meeting is ${meeting.status}: its agenda is closed. Add to the next one.`);
  }
}

function cleanText(text: string): string {
  const clean = text.trim();
  if (!clean) throw badInput('text', 'Write something first.');
  return clean;
}

function checkOwner(meeting: MeetingContextRow, ownerId: string): void {
  requireId('ownerId', ownerId);
  if (ownerId !== meeting.leadId && ownerId !== meeting.partnerId) {
    throw badInput('ownerId', 'An action item belongs to one of the two people of the one-on-one.');
  }
}
