import { Injectable } from '@nestjs/common';
import {
  builtInTemplate,
  BUILT_IN_TEMPLATE_PREFIX,
  BUILT_IN_TEMPLATES,
  carryOver,
  isValidTimeZone,
  nextMeetingAt,
  type SeriesSchedule,
  type Weekday,
} from '@trellis/domain';
import { SeriesPair } from './series-pair';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { isUniqueViolation } from '../../../common/db-errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { OneOnOneTemplateInput, StartOneOnOneSeriesInput, UpdateOneOnOneSeriesInput } from '../dto/one-on-ones.inputs';
import { MeetingRow, MeetingsRepository } from '../meetings/meetings.repository';
import { OneOnOneTemplate } from '../models/one-on-ones.model';
import { SeriesFields, SeriesRepository, SeriesRow } from './series.repository';

export const scheduleOf = (s: SeriesFields): SeriesSchedule => ({
  cadence: s.cadence,
  weekday: s.weekday as Weekday,
  startTime: s.startTime,
  timeZone: s.timeZone,
});

const KIND_RULE: Record<string, string> = {
  manager_report: 'A manager starts a one-on-one series with a direct report, as its lead.',
  skip_level: 'A skip-level series is started by a manager, as its lead, with someone their reports manage.',
  peer: 'A peer series is started by one of its two people.',
  mentoring: 'A mentoring series is started by the mentor or the mentee.',
};

/** Series: starting, rescheduling, pausing, resuming and ending; single meetings; templates. */
@Injectable()
export class SeriesService {
  constructor(
    private readonly series: SeriesRepository,
    private readonly meetings: MeetingsRepository,
    private readonly audit: AuditService,
    private readonly pairs: SeriesPair,
  ) {}

  async start(ctx: RequestContext, input: StartOneOnOneSeriesInput): Promise<string> {
    requireId('leadId', input.leadId);
    requireId('partnerId', input.partnerId);
    const viewer = ctx.requireViewer();
    if (input.leadId === input.partnerId) throw badInput('partnerId', 'A one-on-one needs two different people.');
    const people = new Map(
      (await this.series.people(ctx.db, ctx.orgId, [input.leadId, input.partnerId])).map((p) => [p.id, p]),
    );
    const lead = people.get(input.leadId);
    const partner = people.get(input.partnerId);
    if (!lead) throw notFound('Person');
    if (!partner) throw notFound('Person');
    const policy = await ctx.policy();
    if (!policy.canStartOneOnOne(input.kind, { leadId: lead.id, partnerId: partner.id }, partner.managerId)) {
      throw forbidden(KIND_RULE[input.kind]);
    }
    if (!lead.active) throw badInput('leadId', `${lead.name} is no longer active.`);
    if (!partner.active) throw badInput('partnerId', `${partner.name} is no longer active.`);
    if (!isValidTimeZone(input.timeZone)) throw badInput('timeZone', 'Give a time zone like Europe/Berlin.');
    const template = await this.templatePoints(ctx, input.templateId ?? null);
    const fields: SeriesFields = {
      cadence: input.cadence,
      weekday: input.weekday,
      startTime: input.startTime,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
    };
    let id: string;
    try {
      id = await this.series.insert(ctx.db, ctx.orgId, {
        ...fields,
        kind: input.kind,
        leadId: lead.id,
        partnerId: partner.id,
        startedById: viewer.personId as string,
        templateId: template.storedId,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'one_on_one_series_pair')) {
        throw conflict(`${lead.name} and ${partner.name} already have a running series of this kind.`);
      }
      throw error;
    }
    const first = await this.meetings.insertMeeting(
      ctx.db,
      ctx.orgId,
      id,
      nextMeetingAt(scheduleOf(fields), null, new Date()),
      fields.durationMinutes,
      false,
    );
    for (const text of template.points) {
      await this.meetings.insertPoint(ctx.db, ctx.orgId, first, viewer.personId, text, []);
    }
    await this.audit.record(ctx, 'one_on_one_series_started', this.pairs.target(id, lead.name, partner.name), {
      kind: input.kind,
      cadence: input.cadence,
    });
    return id;
  }

  async update(ctx: RequestContext, id: string, input: UpdateOneOnOneSeriesInput): Promise<string> {
    const { row, label } = await this.manageable(ctx, id, 'id');
    if (row.status === 'ended') throw badInput('id', 'This series has ended: start a new one instead.');
    const fields: SeriesFields = {
      cadence: input.cadence ?? row.cadence,
      weekday: input.weekday ?? row.weekday,
      startTime: input.startTime ?? row.startTime,
      durationMinutes: input.durationMinutes ?? row.durationMinutes,
      timeZone: input.timeZone ?? row.timeZone,
    };
    if (!isValidTimeZone(fields.timeZone)) throw badInput('timeZone', 'Give a time zone like Europe/Berlin.');
    if (!(await this.series.update(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict('This series was changed by someone else since you opened it. Reload and try again.');
    }
    // Every future meeting of the cadence moves to the new schedule (ad-hoc meetings stay).
    const all = await this.meetings.ofSeries(ctx.db, ctx.orgId, [id]);
    const held = all.filter((m) => m.status === 'completed').sort(byTime);
    const upcoming = all.filter((m) => m.status === 'scheduled' && !m.adHoc).sort(byTime);
    let previous: Date | null = held[held.length - 1]?.scheduledAt ?? null;
    const now = new Date();
    for (const meeting of upcoming) {
      const at = nextMeetingAt(scheduleOf(fields), previous, now);
      await this.meetings.reschedule(ctx.db, ctx.orgId, meeting.id, meeting.version, at, fields.durationMinutes);
      previous = at;
    }
    await this.audit.record(ctx, 'one_on_one_series_updated', label);
    return id;
  }

  async setStatus(
    ctx: RequestContext,
    id: string,
    version: number,
    status: 'active' | 'paused' | 'ended',
  ): Promise<string> {
    const { row, label } = await this.manageable(ctx, id, 'id');
    if (row.status === 'ended') throw badInput('id', 'This series has ended: start a new one instead.');
    if (row.status === status)
      throw badInput('id', `This series is already ${status === 'active' ? 'running' : status}.`);
    if (!(await this.series.setStatus(ctx.db, ctx.orgId, id, version, status))) {
      throw conflict('This series was changed by someone else since you opened it. Reload and try again.');
    }
    if (status === 'ended') await this.meetings.cancelScheduled(ctx.db, ctx.orgId, id);
    if (status === 'active') await this.ensureNextMeeting(ctx, { ...row, status });
    const action =
      status === 'ended'
        ? 'one_on_one_series_ended'
        : status === 'paused'
          ? 'one_on_one_series_paused'
          : 'one_on_one_series_resumed';
    await this.audit.record(ctx, action, label);
    return id;
  }

  async rescheduleMeeting(
    ctx: RequestContext,
    meetingId: string,
    scheduledAt: Date,
    version: number,
    durationMinutes: number | null,
  ): Promise<string> {
    const { meeting, label } = await this.pairs.writableMeeting(ctx, meetingId);
    if (meeting.status !== 'scheduled') throw badInput('id', 'Only a meeting still to come can be moved.');
    checkInstant(scheduledAt);
    const current = (await this.meetings.meeting(ctx.db, ctx.orgId, meetingId)) as MeetingRow;
    const duration = durationMinutes ?? current.durationMinutes;
    if (duration < 5 || duration > 240) throw badInput('durationMinutes', 'A meeting lasts 5 to 240 minutes.');
    if (!(await this.meetings.reschedule(ctx.db, ctx.orgId, meetingId, version, scheduledAt, duration))) {
      throw conflict('This meeting was changed by someone else since you opened it. Reload and try again.');
    }
    await this.audit.record(ctx, 'meeting_rescheduled', label);
    return meetingId;
  }

  async scheduleAdHoc(
    ctx: RequestContext,
    seriesId: string,
    scheduledAt: Date,
    durationMinutes: number,
  ): Promise<string> {
    const { row, label } = await this.participantSeries(ctx, seriesId, 'seriesId');
    if (row.status === 'ended') throw badInput('seriesId', 'This series has ended: start a new one instead.');
    checkInstant(scheduledAt);
    if (durationMinutes < 5 || durationMinutes > 240)
      throw badInput('durationMinutes', 'A meeting lasts 5 to 240 minutes.');
    const id = await this.meetings.insertMeeting(ctx.db, ctx.orgId, seriesId, scheduledAt, durationMinutes, true);
    await this.audit.record(ctx, 'meeting_scheduled', label);
    return id;
  }

  /** Cancels one meeting; its agenda and open items move to the next meeting (made if needed). */
  async cancelMeeting(ctx: RequestContext, meetingId: string, version: number): Promise<string> {
    const { meeting, label } = await this.pairs.writableMeeting(ctx, meetingId, true);
    if (meeting.status !== 'scheduled') throw badInput('id', 'Only a meeting still to come can be cancelled.');
    const row = (await this.meetings.meeting(ctx.db, ctx.orgId, meetingId)) as MeetingRow;
    if (!(await this.meetings.setStatus(ctx.db, ctx.orgId, meetingId, version, 'cancelled', null))) {
      throw conflict('This meeting was changed by someone else since you opened it. Reload and try again.');
    }
    const series = (await this.series.byId(ctx.db, ctx.orgId, meeting.seriesId)) as SeriesRow;
    const next = await this.ensureNextMeeting(ctx, series, row.scheduledAt);
    if (next) await this.moveOpenWork(ctx, meetingId, next);
    await this.audit.record(ctx, 'meeting_cancelled', label);
    return meetingId;
  }

  /**
   * The meeting after `after` (or the next one from now), made from the cadence if the series
   * has none; null for a series that is not running.
   */
  async ensureNextMeeting(ctx: RequestContext, series: SeriesRow, after: Date | null = null): Promise<string | null> {
    if (series.status === 'ended') return null;
    const existing = await this.meetings.nextScheduled(ctx.db, ctx.orgId, series.id, after ?? new Date(0));
    if (existing) {
      // A paused series coming back: a next meeting left in the past moves to the next slot.
      if (!after && existing.scheduledAt.getTime() < Date.now()) {
        const at = nextMeetingAt(scheduleOf(series), null, new Date());
        await this.meetings.reschedule(ctx.db, ctx.orgId, existing.id, existing.version, at, existing.durationMinutes);
      }
      return existing.id;
    }
    const latest = await this.meetings.latestNotCancelled(ctx.db, ctx.orgId, series.id);
    const from = after ?? latest?.scheduledAt ?? null;
    const at = nextMeetingAt(scheduleOf(series), from, new Date());
    return this.meetings.insertMeeting(ctx.db, ctx.orgId, series.id, at, series.durationMinutes, false);
  }

  /** The carry-over rule (libs/domain) applied from one meeting into another. */
  async moveOpenWork(ctx: RequestContext, fromMeetingId: string, toMeetingId: string): Promise<void> {
    const [points, nextPoints, items] = await Promise.all([
      this.meetings.points(ctx.db, ctx.orgId, [fromMeetingId]),
      this.meetings.points(ctx.db, ctx.orgId, [toMeetingId]),
      this.meetings.actionItemsOn(ctx.db, ctx.orgId, [fromMeetingId]),
    ]);
    const result = carryOver({
      completedMeetingId: fromMeetingId,
      points,
      actionItems: items,
      nextMeetingPointIds: nextPoints.map((p) => p.id),
    });
    const carried = new Map(result.movedPoints.map((p) => [p.id, p.carriedFromMeetingId]));
    await this.meetings.placePoints(
      ctx.db,
      ctx.orgId,
      toMeetingId,
      result.nextAgenda.map((p) => ({ ...p, carriedFromMeetingId: carried.get(p.id) })),
    );
    await this.meetings.moveActionItems(ctx.db, ctx.orgId, result.movedActionItemIds, toMeetingId);
  }

  // ---- templates ------------------------------------------------------------------------------

  async templates(ctx: RequestContext): Promise<OneOnOneTemplate[]> {
    ctx.requireViewer();
    const own = await this.series.templates(ctx.db, ctx.orgId);
    return [
      ...BUILT_IN_TEMPLATES.map((t) => ({
        id: `${BUILT_IN_TEMPLATE_PREFIX}${t.key}`,
        name: t.name,
        points: [...t.points],
        builtIn: true,
        version: null,
      })),
      ...own.map((t) => ({ ...t, builtIn: false })),
    ];
  }

  async createTemplate(ctx: RequestContext, input: OneOnOneTemplateInput): Promise<OneOnOneTemplate> {
    await this.templateAdmin(ctx);
    const { name, points } = cleanTemplate(input);
    let id: string;
    try {
      id = await this.series.insertTemplate(ctx.db, ctx.orgId, name, points);
    } catch (error) {
      if (isUniqueViolation(error, 'one_on_one_templates_org_name'))
        throw badInput('name', `A template named “${name}” exists.`);
      throw error;
    }
    await this.audit.record(ctx, 'one_on_one_template_created', { type: 'one_on_one_template', id, label: name });
    return this.template(ctx, id);
  }

  async updateTemplate(
    ctx: RequestContext,
    id: string,
    version: number,
    input: OneOnOneTemplateInput,
  ): Promise<OneOnOneTemplate> {
    await this.templateAdmin(ctx);
    await this.template(ctx, requireId('id', id));
    const { name, points } = cleanTemplate(input);
    let changed: boolean;
    try {
      changed = await this.series.updateTemplate(ctx.db, ctx.orgId, id, version, name, points);
    } catch (error) {
      if (isUniqueViolation(error, 'one_on_one_templates_org_name'))
        throw badInput('name', `A template named “${name}” exists.`);
      throw error;
    }
    if (!changed)
      throw conflict('This template was changed by someone else since you opened it. Reload and try again.');
    await this.audit.record(ctx, 'one_on_one_template_updated', { type: 'one_on_one_template', id, label: name });
    return this.template(ctx, id);
  }

  async deleteTemplate(ctx: RequestContext, id: string, version: number): Promise<string> {
    await this.templateAdmin(ctx);
    const template = await this.template(ctx, requireId('id', id));
    if (!(await this.series.deleteTemplate(ctx.db, ctx.orgId, id, version))) {
      throw conflict('This template was changed by someone else since you opened it. Reload and try again.');
    }
    await this.audit.record(ctx, 'one_on_one_template_deleted', {
      type: 'one_on_one_template',
      id,
      label: template.name,
    });
    return id;
  }

  private async template(ctx: RequestContext, id: string): Promise<OneOnOneTemplate> {
    const row = await this.series.template(ctx.db, ctx.orgId, id);
    if (!row) throw notFound('Template');
    return { ...row, builtIn: false };
  }

  private async templateAdmin(ctx: RequestContext): Promise<void> {
    if (!(await ctx.policy()).canManageOneOnOneTemplates()) {
      throw forbidden('Admins keep the organization’s one-on-one templates.');
    }
  }

  private async templatePoints(
    ctx: RequestContext,
    id: string | null,
  ): Promise<{ storedId: string | null; points: string[] }> {
    if (!id) return { storedId: null, points: [] };
    const builtIn = builtInTemplate(id);
    if (builtIn) return { storedId: null, points: [...builtIn.points] };
    if (id.startsWith(BUILT_IN_TEMPLATE_PREFIX)) throw badInput('templateId', 'There is no such built-in template.');
    requireId('templateId', id);
    const row = await this.series.template(ctx.db, ctx.orgId, id);
    if (!row) throw badInput('templateId', 'That template no longer exists.');
    return { storedId: row.id, points: row.points };
  }

  private async participantSeries(ctx: RequestContext, id: string, field: string) {
    requireId(field, id);
    ctx.requireViewer();
    const row = await this.series.byId(ctx.db, ctx.orgId, id, true);
    const policy = await ctx.policy();
    if (!row || !policy.canSeeOneOnOneSeries(row)) throw notFound('One-on-one series');
    if (!policy.canManageOneOnOneSeries(row)) {
      throw forbidden('Only the two people of a one-on-one change it.');
    }
    return { row, label: await this.pairs.label(ctx, row) };
  }

  private manageable(ctx: RequestContext, id: string, field: string) {
    return this.participantSeries(ctx, id, field);
  }
}

const byTime = (a: MeetingRow, b: MeetingRow) => a.scheduledAt.getTime() - b.scheduledAt.getTime();

function checkInstant(at: Date): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw badInput('scheduledAt', 'Give a date and time.');
  const year = at.getUTCFullYear();
  if (year < 2000 || year > 2100) throw badInput('scheduledAt', 'Give a date and time between 2000 and 2100.');
}

function cleanTemplate(input: OneOnOneTemplateInput): { name: string; points: string[] } {
  const name = input.name.trim();
  if (!name) throw badInput('name', 'Give the template a name.');
  const points = input.points.map((p) => p.trim()).filter((p) => p.length > 0);
  return { name, points };
}
