import { Type } from '@nestjs/common';
import { DIRECTORY_RESOLVERS, DirectoryModule } from './directory/directory.module';
import { FRAMEWORK_RESOLVERS, FrameworksModule } from './frameworks/frameworks.module';
import { GROWTH_RESOLVERS, GrowthModule } from './growth/growth.module';
import { CALENDAR_FEED_RESOLVERS, CalendarFeedModule } from './one-on-ones/calendar-feed/calendar-feed.module';
import { NOTIFICATION_RESOLVERS, NotificationsModule } from './one-on-ones/notifications/notifications.module';
import { SUGGESTION_RESOLVERS, SuggestionsModule } from './one-on-ones/suggestions/suggestions.module';
import { ONE_ON_ONE_RESOLVERS, OneOnOnesModule } from './one-on-ones/one-on-ones.module';
import { SHARED_NOTES_RESOLVERS, SharedNotesModule } from './one-on-ones/shared-notes/shared-notes.module';
import { REVIEW_RESOLVERS, ReviewsModule } from './reviews/reviews.module';
import { STAFFING_RESOLVERS, StaffingModule } from './staffing/staffing.module';

/** A feature: its Nest module and the resolvers whose types make up its part of the schema. */
export interface Feature {
  module: Type<unknown>;
  resolvers: Type<unknown>[];
}

/**
 * Every feature of the API, in one list: the app module imports these modules and the schema
 * emitter builds the schema from these resolvers, so a new feature is one entry here.
 */
export const FEATURES: Feature[] = [
  { module: DirectoryModule, resolvers: DIRECTORY_RESOLVERS },
  { module: FrameworksModule, resolvers: FRAMEWORK_RESOLVERS },
  { module: GrowthModule, resolvers: GROWTH_RESOLVERS },
  { module: StaffingModule, resolvers: STAFFING_RESOLVERS },
  { module: OneOnOnesModule, resolvers: ONE_ON_ONE_RESOLVERS },
  { module: SharedNotesModule, resolvers: SHARED_NOTES_RESOLVERS },
  { module: CalendarFeedModule, resolvers: CALENDAR_FEED_RESOLVERS },
  { module: SuggestionsModule, resolvers: SUGGESTION_RESOLVERS },
  { module: NotificationsModule, resolvers: NOTIFICATION_RESOLVERS },
  { module: ReviewsModule, resolvers: REVIEW_RESOLVERS },
];
