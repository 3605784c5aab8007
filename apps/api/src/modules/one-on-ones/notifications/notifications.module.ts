import { Module } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

export const NOTIFICATION_RESOLVERS = [NotificationsResolver];

@Module({ providers: [NotificationsRepository, NotificationsService, ...NOTIFICATION_RESOLVERS] })
export class NotificationsModule {}
