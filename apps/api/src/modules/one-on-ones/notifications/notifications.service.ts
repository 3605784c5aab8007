import { Injectable } from '@nestjs/common';
import { badInput } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { NotificationList } from './models/notification.model';
import { NotificationsRepository } from './notifications.repository';

const MAX_LIMIT = 100;

/**
 * In-app notifications, each user's own: worked out when they are asked for (no scheduler), so
 * the day-before reminder and the due action item are there when the user next opens Trellis.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async mine(ctx: RequestContext, limit: number): Promise<NotificationList> {
    const viewer = ctx.requireViewer();
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw badInput('limit', `limit must be between 1 and ${MAX_LIMIT}.`);
    }
    if (viewer.personId) {
      await this.notifications.materialize(ctx.db, viewer.orgId, viewer.userId, viewer.personId);
    }
    return this.read(ctx, limit);
  }

  async markRead(ctx: RequestContext, ids: readonly string[] | null, limit: number): Promise<NotificationList> {
    const viewer = ctx.requireViewer();
    if (ids) ids.forEach((id, i) => requireId(`ids.${i}`, id));
    await this.notifications.markRead(ctx.db, viewer.orgId, viewer.userId, ids);
    return this.read(ctx, limit);
  }

  private async read(ctx: RequestContext, limit: number): Promise<NotificationList> {
    const viewer = ctx.requireViewer();
    const [rows, unread] = await Promise.all([
      this.notifications.list(ctx.db, viewer.orgId, viewer.userId, limit),
      this.notifications.unreadCount(ctx.db, viewer.orgId, viewer.userId),
    ]);
    return {
      unread,
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        text: r.text,
        link: r.link,
        createdAt: r.createdAt,
        read: r.readAt !== null,
      })),
    };
  }
}
