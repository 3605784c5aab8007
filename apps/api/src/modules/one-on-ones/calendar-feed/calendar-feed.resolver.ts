import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeed, CalendarFeedLink } from './models/calendar-feed.model';

/** The viewer's own calendar feed: thin, every rule is in the service. */
@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeed, { description: 'Whether the viewer has a calendar feed URL, and since when.' })
  myCalendarFeed(@Context() ctx: RequestContext): Promise<CalendarFeed> {
    return this.feeds.status(ctx);
  }

  @Mutation(() => CalendarFeedLink, {
    description: 'Makes a new secret feed URL for the viewer’s one-on-ones; the previous URL stops working.',
  })
  regenerateCalendarFeed(@Context() ctx: RequestContext): Promise<CalendarFeedLink> {
    return this.feeds.regenerate(ctx);
  }

  @Mutation(() => Boolean, { description: 'Turns the viewer’s calendar feed off; true when there was one.' })
  revokeCalendarFeed(@Context() ctx: RequestContext): Promise<boolean> {
    return this.feeds.revoke(ctx);
  }
}
