import { Injectable } from '@nestjs/common';
import { forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { MeetingContextRow, MeetingsRepository } from '../meetings/meetings.repository';
import { SeriesRepository } from './series.repository';

/** What the audit log names: the pair, never the content. */
export interface AuditTarget {
  type: string;
  id: string;
  label: string;
}

/**
 * The checks every one-on-one use case starts with: the meeting exists and the viewer takes part
 * (otherwise NOT_FOUND: whether a meeting exists is told to its participants only), and the audit
 * label, which names the pair and never the content.
 */
@Injectable()
export class SeriesPair {
  constructor(
    private readonly series: SeriesRepository,
    private readonly meetings: MeetingsRepository,
  ) {}

  target(seriesId: string, leadName: string, partnerName: string): AuditTarget {
    return { type: 'one_on_one_series', id: seriesId, label: `One-on-one of ${leadName} and ${partnerName}` };
  }

  async label(
    ctx: RequestContext,
    pair: { id?: string; seriesId?: string; leadId: string; partnerId: string },
  ): Promise<AuditTarget> {
    const people = new Map(
      (await this.series.people(ctx.db, ctx.orgId, [pair.leadId, pair.partnerId])).map((p) => [p.id, p.name]),
    );
    return this.target(
      (pair.seriesId ?? pair.id) as string,
      people.get(pair.leadId) ?? 'someone',
      people.get(pair.partnerId) ?? 'someone',
    );
  }

  /** A meeting the viewer takes part in, or NOT_FOUND. */
  async readableMeeting(
    ctx: RequestContext,
    meetingId: string,
    field = 'meetingId',
    lock = false,
  ): Promise<MeetingContextRow> {
    requireId(field, meetingId);
    ctx.requireViewer();
    const meeting = await this.meetings.meetingContext(ctx.db, ctx.orgId, meetingId, lock);
    if (!meeting || !(await ctx.policy()).canReadMeeting(meeting)) throw notFound('Meeting');
    return meeting;
  }

  /** As readableMeeting, for a change; with the audit label. */
  async writableMeeting(
    ctx: RequestContext,
    meetingId: string,
    lock = false,
    field = 'id',
  ): Promise<{ meeting: MeetingContextRow; label: AuditTarget }> {
    const meeting = await this.readableMeeting(ctx, meetingId, field, lock);
    if (!(await ctx.policy()).canWriteMeeting(meeting))
      throw forbidden('Only the two people of a one-on-one change it.');
    return { meeting, label: await this.label(ctx, meeting) };
  }
}
