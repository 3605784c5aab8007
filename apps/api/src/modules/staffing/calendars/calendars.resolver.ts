import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { StaffedPerson } from '../timeline/models/timeline.model';
import { CalendarsService } from './calendars.service';
import { HolidayCalendar } from './models/holiday-calendar.model';

/** Holiday calendars: thin, every rule is in the service. */
@Resolver()
export class CalendarsResolver {
  constructor(private readonly calendarsService: CalendarsService) {}

  @Query(() => [HolidayCalendar], { description: 'The organization’s holiday calendars, by name.' })
  holidayCalendars(@Context() ctx: RequestContext): Promise<HolidayCalendar[]> {
    return this.calendarsService.list(ctx);
  }

  @Mutation(() => StaffedPerson, {
    description: 'Chooses the holiday calendar whose days off the person’s capacity leaves out; null for none.',
  })
  assignHolidayCalendar(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('calendarId', { type: () => ID, nullable: true }) calendarId?: string | null,
  ): Promise<StaffedPerson> {
    return this.calendarsService.assign(ctx, personId, calendarId ?? null);
  }
}
