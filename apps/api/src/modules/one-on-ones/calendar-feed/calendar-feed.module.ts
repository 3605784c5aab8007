import { Module } from '@nestjs/common';
import { DirectoryModule } from '../../directory/directory.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

export const CALENDAR_FEED_RESOLVERS = [CalendarFeedResolver];

/** The per-user iCalendar feed of one-on-ones (a part of the one-on-ones feature with its own route). */
@Module({
  imports: [DirectoryModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedRepository, CalendarFeedService, ...CALENDAR_FEED_RESOLVERS],
})
export class CalendarFeedModule {}
