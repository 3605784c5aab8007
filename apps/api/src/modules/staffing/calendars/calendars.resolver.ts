import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../common/local-date.scalar';
import { RequestContext } from '../../../context/request-context';
import { StaffedPerson } from '../timeline/models/timeline.model';
import { CalendarsService } from './calendars.service';
import {
  CreateHolidayCalendarInput,
  HolidayInput,
  ImportHolidaysInput,
  RenameHolidayCalendarInput,
} from './dto/calendar.inputs';
import { Holiday, HolidayCalendar, HolidayImport } from './models/holiday-calendar.model';

/** Holiday calendars: thin, every rule is in the service. */
@Resolver()
export class CalendarsResolver {
  constructor(private readonly calendarsService: CalendarsService) {}

  @Query(() => [HolidayCalendar], { description: 'The organization’s holiday calendars, by name.' })
  holidayCalendars(@Context() ctx: RequestContext): Promise<HolidayCalendar[]> {
    return this.calendarsService.list(ctx);
  }

  @Query(() => [Holiday], { description: 'A calendar’s holidays by date: of one year, or (left out) all.' })
  holidays(
    @Context() ctx: RequestContext,
    @Args('calendarId', { type: () => ID }) calendarId: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<Holiday[]> {
    return this.calendarsService.holidays(ctx, calendarId, year ?? null);
  }

  @Mutation(() => HolidayCalendar, { description: 'A new, empty holiday calendar (admins).' })
  createHolidayCalendar(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateHolidayCalendarInput,
  ): Promise<HolidayCalendar> {
    return this.calendarsService.create(ctx, input);
  }

  @Mutation(() => HolidayCalendar, { description: 'Renames a holiday calendar (admins).' })
  renameHolidayCalendar(
    @Context() ctx: RequestContext,
    @Args('input') input: RenameHolidayCalendarInput,
  ): Promise<HolidayCalendar> {
    return this.calendarsService.rename(ctx, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a holiday calendar and its holidays; the people on it are left without one (admins).',
  })
  deleteHolidayCalendar(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.calendarsService.delete(ctx, id);
  }

  @Mutation(() => HolidayCalendar, { description: 'Adds a holiday to a calendar (admins).' })
  addHoliday(@Context() ctx: RequestContext, @Args('input') input: HolidayInput): Promise<HolidayCalendar> {
    return this.calendarsService.addHoliday(ctx, input);
  }

  @Mutation(() => HolidayCalendar, { description: 'Removes the holiday on a date from a calendar (admins).' })
  removeHoliday(
    @Context() ctx: RequestContext,
    @Args('calendarId', { type: () => ID }) calendarId: string,
    @Args('date', { type: () => LocalDateScalar }) date: string,
  ): Promise<HolidayCalendar> {
    return this.calendarsService.removeHoliday(ctx, calendarId, date);
  }

  @Mutation(() => HolidayImport, {
    description:
      'Adds the all-day events of an iCalendar (.ics) file as holidays, one per day; yearly events over this year and the next. All or nothing (admins).',
  })
  importHolidays(@Context() ctx: RequestContext, @Args('input') input: ImportHolidaysInput): Promise<HolidayImport> {
    return this.calendarsService.importIcs(ctx, input);
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
