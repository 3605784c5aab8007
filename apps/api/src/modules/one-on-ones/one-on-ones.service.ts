import { Injectable, OnModuleInit } from '@nestjs/common';
import { notFound } from '../../common/errors';
import { isUuid } from '../../common/validation';
import { requireId } from '../../common/ids';
import { RequestContext } from '../../context/request-context';
import { GoalMeetingLinks } from '../growth/goals/goal-meeting-links';
import { MeetingContextRow, MeetingsRepository } from './meetings/meetings.repository';

export type { MeetingContextRow } from './meetings/meetings.repository';

/** What the viewer may do with a meeting's content (agenda, shared notes, action items, mood). */
export interface MeetingAccess {
  meetingId: string;
  seriesId: string | null;
  leadId: string | null;
  partnerId: string | null;
  /** The meeting exists and the viewer is one of its two participants. */
  read: boolean;
  /** As `read`, and the meeting is not cancelled. */
  write: boolean;
}

/**
 * The one-on-ones feature's entry points for other parts of the API (the live shared notes, the
 * suggested talking points): who may open a meeting, what is on its agenda.
 */
@Injectable()
export class OneOnOnesService implements OnModuleInit {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly goalMeetingLinks: GoalMeetingLinks,
  ) {}

  /** A goal check-in may name a meeting of the goal owner's series that the viewer takes part in. */
  onModuleInit(): void {
    this.goalMeetingLinks.use(async (ctx, meetingId, goalOwnerId) => {
      const access = await this.meetingAccessFor(ctx, meetingId);
      return access.write && (access.leadId === goalOwnerId || access.partnerId === goalOwnerId);
    });
  }

  /**
   * Whether the viewer may read and write a meeting's content. Never throws for a missing or
   * foreign meeting (both are simply no access), so a WebSocket handshake can ask it as is.
   */
  async meetingAccessFor(ctx: RequestContext, meetingId: string): Promise<MeetingAccess> {
    const none: MeetingAccess = { meetingId, seriesId: null, leadId: null, partnerId: null, read: false, write: false };
    if (!ctx.viewer || !isUuid(meetingId)) return none;
    const meeting = await this.meetings.meetingContext(ctx.db, ctx.orgId, meetingId);
    if (!meeting) return none;
    const policy = await ctx.policy();
    const read = policy.canReadMeeting(meeting);
    return {
      meetingId,
      seriesId: meeting.seriesId,
      leadId: meeting.leadId,
      partnerId: meeting.partnerId,
      read,
      write: read && policy.canWriteMeeting(meeting) && meeting.status !== 'cancelled',
    };
  }

  /**
   * For the suggested talking points: the suggestion keys of the meeting's open points and those
   * dismissed for it. NOT_FOUND unless the viewer takes part in the meeting.
   */
  async meetingSuggestionState(
    ctx: RequestContext,
    meetingId: string,
  ): Promise<{ openPointKeys: string[]; dismissedKeys: string[] }> {
    const meeting = await this.participantMeeting(ctx, meetingId);
    const [openPointKeys, dismissedKeys] = await Promise.all([
      this.meetings.openPointSuggestionKeys(ctx.db, ctx.orgId, meeting.id),
      this.meetings.dismissedSuggestionKeys(ctx.db, ctx.orgId, meeting.id),
    ]);
    return { openPointKeys, dismissedKeys };
  }

  private async participantMeeting(ctx: RequestContext, meetingId: string): Promise<MeetingContextRow> {
    requireId('meetingId', meetingId);
    ctx.requireViewer();
    const meeting = await this.meetings.meetingContext(ctx.db, ctx.orgId, meetingId);
    // Whether a meeting exists is told to its participants only.
    if (!meeting || !(await ctx.policy()).canReadMeeting(meeting)) throw notFound('Meeting');
    return meeting;
  }
}
