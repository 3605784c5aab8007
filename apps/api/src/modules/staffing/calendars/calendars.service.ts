import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { QuarterClockService } from '../../directory/organizations/quarter-clock.service';
import { readableDate } from '../staffing-rules';
import { StaffedPerson } from '../timeline/models/timeline.model';
import { TimelineRepository } from '../timeline/timeline.repository';
import { toStaffedPerson } from '../timeline/timeline.service';
import { CalendarsRepository, HolidayRow } from './calendars.repository';
import {
  CreateHolidayCalendarInput,
  HolidayInput,
  ImportHolidaysInput,
  RenameHolidayCalendarInput,
} from './dto/calendar.inputs';
import { IcsError, readIcsHolidays } from './ics-holidays';
import { Holiday, HolidayCalendar, HolidayImport, SkippedHoliday } from './models/holiday-calendar.model';

/** One import adds at most this many holidays: more is a file of something else. */
export const MAX_IMPORTED_HOLIDAYS = 2000;
/** Yearly events are expanded over this year and the next ones. */
export const IMPORT_YEARS = 2;

/**
 * Holiday calendars: everyone reads them; admins create, rename and delete them and keep their
 * holidays (by hand or from an iCalendar file); whoever edits a person chooses theirs.
 */
@Injectable()
export class CalendarsService {
  constructor(
    private readonly calendars: CalendarsRepository,
    private readonly staffed: TimelineRepository,
    private readonly quarters: QuarterClockService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<HolidayCalendar[]> {
    if (!(await ctx.policy()).canReadProjects()) throw forbidden();
    return this.calendars.list(ctx.db, ctx.orgId);
  }

  /** A calendar's holidays by date: of one year, or all. */
  async holidays(ctx: RequestContext, calendarId: string, year: number | null): Promise<Holiday[]> {
    requireId('calendarId', calendarId);
    if (!(await ctx.policy()).canReadProjects()) throw forbidden();
    if (!(await this.calendars.exists(ctx.db, ctx.orgId, calendarId))) throw notFound('Holiday calendar');
    if (year !== null && (year < 1970 || year > 2999)) throw badInput('year', 'Give a year from 1970 to 2999.');
    return this.calendars.holidays(ctx.db, ctx.orgId, calendarId, year);
  }

  async create(ctx: RequestContext, input: CreateHolidayCalendarInput): Promise<HolidayCalendar> {
    await this.requireManager(ctx);
    const name = input.name.trim();
    if (await this.calendars.nameTaken(ctx.db, ctx.orgId, name, null)) {
      throw badInput('name', `There is a calendar named “${name}” already: choose another name.`);
    }
    const id = await this.calendars.insert(ctx.db, ctx.orgId, name);
    await this.audit.record(ctx, 'holiday_calendar_created', { type: 'holiday_calendar', id, label: name });
    return this.one(ctx, id);
  }

  async rename(ctx: RequestContext, input: RenameHolidayCalendarInput): Promise<HolidayCalendar> {
    await this.requireManager(ctx);
    const calendar = await this.find(ctx, input.id, 'id');
    const name = input.name.trim();
    if (await this.calendars.nameTaken(ctx.db, ctx.orgId, name, calendar.id)) {
      throw badInput('name', `There is a calendar named “${name}” already: choose another name.`);
    }
    if (!(await this.calendars.rename(ctx.db, ctx.orgId, calendar.id, input.version, name))) {
      throw conflict(`“${calendar.name}” was changed by someone else since you opened it. Reload and try again.`);
    }
    await this.audit.record(
      ctx,
      'holiday_calendar_renamed',
      { type: 'holiday_calendar', id: calendar.id, label: name },
      { from: calendar.name },
    );
    return this.one(ctx, calendar.id);
  }

  /** Deletes the calendar and its holidays; the people on it are left without one. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    await this.requireManager(ctx);
    const calendar = await this.find(ctx, id, 'id');
    await this.calendars.delete(ctx.db, ctx.orgId, calendar.id);
    await this.audit.record(
      ctx,
      'holiday_calendar_deleted',
      { type: 'holiday_calendar', id: calendar.id, label: calendar.name },
      { holidays: calendar.holidayCount, people: calendar.peopleCount },
    );
    return calendar.id;
  }

  async addHoliday(ctx: RequestContext, input: HolidayInput): Promise<HolidayCalendar> {
    await this.requireManager(ctx);
    const calendar = await this.lockCalendar(ctx, input.calendarId);
    const [existing] = await this.calendars.onDates(ctx.db, ctx.orgId, calendar.id, [input.date]);
    if (existing) {
      throw badInput(
        'date',
        `${readableDate(input.date)} is a holiday on ${calendar.name} already: “${existing.name}”.`,
      );
    }
    await this.calendars.insertHolidays(ctx.db, ctx.orgId, calendar.id, [
      { date: input.date, name: input.name.trim() },
    ]);
    await this.audit.record(
      ctx,
      'holidays_changed',
      { type: 'holiday_calendar', id: calendar.id, label: calendar.name },
      { added: [input.date] },
    );
    return this.one(ctx, calendar.id);
  }

  async removeHoliday(ctx: RequestContext, calendarId: string, date: string): Promise<HolidayCalendar> {
    await this.requireManager(ctx);
    const calendar = await this.lockCalendar(ctx, calendarId);
    if (!(await this.calendars.removeHoliday(ctx.db, ctx.orgId, calendar.id, date))) {
      throw badInput('date', `${readableDate(date)} is not a holiday on ${calendar.name}.`);
    }
    await this.audit.record(
      ctx,
      'holidays_changed',
      { type: 'holiday_calendar', id: calendar.id, label: calendar.name },
      { removed: [date] },
    );
    return this.one(ctx, calendar.id);
  }

  /**
   * Adds the holidays of an iCalendar file, in the request's one transaction: all of them or, on
   * any error, none. Days the calendar has already are skipped, not overwritten.
   */
  async importIcs(ctx: RequestContext, input: ImportHolidaysInput): Promise<HolidayImport> {
    await this.requireManager(ctx);
    const calendar = await this.lockCalendar(ctx, input.calendarId);
    const year = Number((await this.quarters.clock(ctx)).today.slice(0, 4));
    const fromYear = year;
    const toYear = year + IMPORT_YEARS - 1;
    let reading;
    try {
      reading = readIcsHolidays(input.ics, fromYear, toYear);
    } catch (e) {
      if (e instanceof IcsError) throw badInput('ics', e.message);
      throw e;
    }
    const existing = new Map(
      (
        await this.calendars.onDates(
          ctx.db,
          ctx.orgId,
          calendar.id,
          reading.holidays.map((h) => h.date),
        )
      ).map((h) => [h.date, h.name]),
    );
    const imported: HolidayRow[] = [];
    const skipped: SkippedHoliday[] = [...reading.skipped];
    for (const holiday of reading.holidays) {
      const there = existing.get(holiday.date);
      if (there !== undefined) {
        skipped.push({ ...holiday, reason: `${calendar.name} has “${there}” on that day already.` });
      } else {
        imported.push(holiday);
      }
    }
    if (imported.length > MAX_IMPORTED_HOLIDAYS) {
      throw badInput(
        'ics',
        `The file would add ${imported.length} holidays: import at most ${MAX_IMPORTED_HOLIDAYS} at a time.`,
      );
    }
    await this.calendars.insertHolidays(ctx.db, ctx.orgId, calendar.id, imported);
    await this.audit.record(
      ctx,
      'holidays_imported',
      { type: 'holiday_calendar', id: calendar.id, label: calendar.name },
      { imported: imported.length, skipped: skipped.length },
    );
    skipped.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.name.localeCompare(b.name));
    return { calendar: await this.one(ctx, calendar.id), imported, skipped, fromYear, toYear };
  }

  /** Sets the calendar whose holidays the person's capacity leaves out (null: none). */
  async assign(ctx: RequestContext, personId: string, calendarId: string | null): Promise<StaffedPerson> {
    requireId('personId', personId);
    const policy = await ctx.policy();
    const person = await this.staffed.personById(ctx.db, ctx.orgId, personId);
    if (!person) throw notFound('Person');
    if (!policy.canEditPerson(personId)) {
      throw forbidden(
        `Whoever edits ${person.name}'s profile chooses their holiday calendar: their managers and admins.`,
      );
    }
    if (calendarId !== null) {
      requireId('calendarId', calendarId);
      if (!(await this.calendars.exists(ctx.db, ctx.orgId, calendarId))) {
        throw badInput('calendarId', 'There is no such holiday calendar: choose one of the list.');
      }
    }
    await this.calendars.assign(ctx.db, ctx.orgId, personId, calendarId);
    await this.audit.record(
      ctx,
      'person_updated',
      { type: 'person', id: person.id, label: person.name },
      { changed: ['holidayCalendar'] },
    );
    const updated = await this.staffed.personById(ctx.db, ctx.orgId, personId);
    if (!updated) throw notFound('Person');
    return toStaffedPerson(updated);
  }

  private async requireManager(ctx: RequestContext): Promise<void> {
    if (!(await ctx.policy()).canManageHolidayCalendars()) {
      throw forbidden('Admins keep the holiday calendars.');
    }
  }

  private async find(ctx: RequestContext, id: string, field: string): Promise<HolidayCalendar> {
    requireId(field, id);
    const calendar = await this.calendars.byId(ctx.db, ctx.orgId, id);
    if (!calendar) throw notFound('Holiday calendar');
    return calendar;
  }

  /** The calendar, its row locked: changes to one calendar's holidays are serialized. */
  private async lockCalendar(ctx: RequestContext, id: string): Promise<HolidayCalendar> {
    requireId('calendarId', id);
    if (!(await this.calendars.lock(ctx.db, ctx.orgId, id))) throw notFound('Holiday calendar');
    return this.find(ctx, id, 'calendarId');
  }

  private async one(ctx: RequestContext, id: string): Promise<HolidayCalendar> {
    return this.find(ctx, id, 'id');
  }
}
