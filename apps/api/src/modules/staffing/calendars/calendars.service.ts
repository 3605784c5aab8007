import { Injectable } from '@nestjs/common';
import { badInput, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { StaffedPerson } from '../timeline/models/timeline.model';
import { TimelineRepository } from '../timeline/timeline.repository';
import { toStaffedPerson } from '../timeline/timeline.service';
import { CalendarsRepository } from './calendars.repository';
import { HolidayCalendar } from './models/holiday-calendar.model';

/** Holiday calendars: everyone reads them; whoever edits a person chooses theirs. */
@Injectable()
export class CalendarsService {
  constructor(
    private readonly calendars: CalendarsRepository,
    private readonly staffed: TimelineRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<HolidayCalendar[]> {
    if (!(await ctx.policy()).canReadProjects()) throw forbidden();
    return this.calendars.list(ctx.db, ctx.orgId);
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
}
