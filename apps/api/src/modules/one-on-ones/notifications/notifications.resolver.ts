import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { NotificationList } from './models/notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationList)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationList, { description: 'The viewer’s notifications, newest first.' })
  myNotifications(
    @Context() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<NotificationList> {
    return this.notifications.mine(ctx, limit);
  }

  @Mutation(() => NotificationList, { description: 'Marks the viewer’s notifications read: these, or all of them.' })
  markNotificationsRead(
    @Context() ctx: RequestContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit?: number,
  ): Promise<NotificationList> {
    return this.notifications.markRead(ctx, ids ?? null, limit ?? 20);
  }
}
