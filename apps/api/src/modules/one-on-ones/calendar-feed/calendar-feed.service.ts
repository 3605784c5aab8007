import { Injectable } from '@nestjs/common';
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { forbidden } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { CalendarFeedRepository, FeedMeetingRow } from './calendar-feed.repository';
import { CalendarFeed, CalendarFeedLink } from './models/calendar-feed.model';

/** Calendar apps remind this long before a one-on-one. */
export const REMINDER_MINUTES = 15;
/** A meeting stays in the feed this long after it started (calendar apps show the day whole). */
const KEPT_AFTER_START_MS = 24 * 60 * 60 * 1000;

const KIND_LABEL: Record<string, string> = {
  manager_report: 'One-on-one',
  skip_level: 'Skip-level one-on-one',
  peer: 'Peer one-on-one',
  mentoring: 'Mentoring session',
};

/** The feed path for a secret: what the web client shows as a URL, prefixed with its origin. */
export const feedPath = (token: string): string => `/calendar/${token}.ics`;

/**
 * A per-user iCalendar feed of upcoming one-on-ones at a secret URL. It carries times and names
 * only (never agendas or notes), each event with a reminder; making a new URL revokes the old one.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly audit: AuditService,
  ) {}

  private async requireOwnFeed(ctx: RequestContext): Promise<string> {
    const viewer = ctx.requireViewer();
    if (!(await ctx.policy()).canKeepCalendarFeed()) {
      throw forbidden('Only an account linked to a person has one-on-ones to put in a calendar.');
    }
    return viewer.userId;
  }

  async status(ctx: RequestContext): Promise<CalendarFeed> {
    const userId = await this.requireOwnFeed(ctx);
    const createdAt = await this.feeds.createdAt(ctx.db, ctx.orgId, userId);
    return { active: createdAt !== null, createdAt };
  }

  async regenerate(ctx: RequestContext): Promise<CalendarFeedLink> {
    const userId = await this.requireOwnFeed(ctx);
    const token = randomBytes(32).toString('base64url');
    const createdAt = await this.feeds.replace(ctx.db, ctx.orgId, userId, token);
    await this.audit.record(ctx, 'calendar_feed_regenerated', {
      type: 'user',
      id: userId,
      label: ctx.requireViewer().email,
    });
    return { path: feedPath(token), createdAt };
  }

  async revoke(ctx: RequestContext): Promise<boolean> {
    const userId = await this.requireOwnFeed(ctx);
    const removed = await this.feeds.remove(ctx.db, ctx.orgId, userId);
    if (removed) {
      await this.audit.record(ctx, 'calendar_feed_revoked', {
        type: 'user',
        id: userId,
        label: ctx.requireViewer().email,
      });
    }
    return removed;
  }

  /**
   * The feed for a secret, or null when no active account has it (the caller answers 404 to every
   * unknown secret alike). `db` is a transaction opened as the sign-in role.
   */
  async feedFor(db: EntityManager, token: string, appOrigin: string, now = new Date()): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const owner = await this.feeds.findOwnerAndEnter(db, token);
    if (!owner) return null;
    const meetings = owner.person_id
      ? await this.feeds.upcomingMeetings(
          db,
          owner.org_id,
          owner.person_id,
          new Date(now.getTime() - KEPT_AFTER_START_MS),
        )
      : [];
    return this.render(meetings, owner.person_id, appOrigin);
  }

  private render(meetings: readonly FeedMeetingRow[], personId: string | null, appOrigin: string): string {
    const calendar = ical({ name: 'Trellis one-on-ones', prodId: { company: 'Trellis', product: 'one-on-ones' } });
    calendar.method(ICalCalendarMethod.PUBLISH);
    calendar.ttl(60 * 60);
    for (const meeting of meetings) {
      const other = meeting.lead_id === personId ? meeting.partner_name : meeting.lead_name;
      const label = KIND_LABEL[meeting.kind] ?? 'One-on-one';
      const url = `${appOrigin}/one-on-ones/meetings/${meeting.id}`;
      calendar.createEvent({
        id: `${meeting.id}@trellis`,
        start: meeting.scheduled_at,
        end: new Date(meeting.scheduled_at.getTime() + meeting.duration_minutes * 60_000),
        summary: `${label} with ${other}${meeting.ad_hoc ? ' (extra)' : ''}`,
        description: `Add your talking points in Trellis before the meeting: ${url}`,
        url,
        lastModified: meeting.updated_at,
        alarms: [
          { type: ICalAlarmType.display, triggerBefore: REMINDER_MINUTES * 60, description: `${label} with ${other}` },
        ],
      });
    }
    return calendar.toString();
  }
}
