import { Injectable } from '@nestjs/common';
import { conflict, forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from '../../directory/audit/audit.service';
import { checkRange } from '../staffing-rules';
import { toTimeOff } from '../timeline/capacity.service';
import { StaffedPersonRow, TimelineRepository } from '../timeline/timeline.repository';
import { CreateTimeOffInput, UpdateTimeOffInput } from './dto/time-off.inputs';
import { TimeOff } from './models/time-off.model';
import { TimeOffFields, TimeOffRepository, TimeOffRow } from './time-off.repository';

/** Time off: recorded by the person, their manager chain or an admin; its note kept from admins. */
@Injectable()
export class TimeOffService {
  constructor(
    private readonly timeOff: TimeOffRepository,
    private readonly timeline: TimelineRepository,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateTimeOffInput): Promise<TimeOff> {
    const person = await this.manageable(ctx, input.personId, 'personId');
    const fields: TimeOffFields = {
      startDate: input.startDate,
      endDate: input.endDate,
      percent: input.percent,
      category: input.category,
      note: input.note.trim(),
    };
    checkRange(fields.startDate, fields.endDate, 'The time off');
    const id = await this.timeOff.insert(ctx.db, ctx.orgId, person.id, fields);
    await this.audit.record(ctx, 'time_off_added', { type: 'person', id: person.id, label: person.name });
    return this.get(ctx, id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateTimeOffInput): Promise<TimeOff> {
    const row = await this.find(ctx, id);
    const person = await this.manageable(ctx, row.personId, 'id');
    const fields: TimeOffFields = {
      startDate: input.startDate ?? row.startDate,
      endDate: input.endDate ?? row.endDate,
      percent: input.percent ?? row.percent,
      category: input.category ?? row.category,
      // Someone who cannot read the note (an admin) keeps it as it is.
      note:
        input.note !== undefined && (await ctx.policy()).canReadTimeOffNote(row.personId)
          ? input.note.trim()
          : row.note,
    };
    checkRange(fields.startDate, fields.endDate, 'The time off');
    if (!(await this.timeOff.update(ctx.db, ctx.orgId, id, input.version, fields))) {
      throw conflict(
        `This time off of ${person.name} was changed by someone else since you opened it. Reload and try again.`,
      );
    }
    await this.audit.record(ctx, 'time_off_updated', { type: 'person', id: person.id, label: person.name });
    return this.get(ctx, id);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const row = await this.find(ctx, id);
    const person = await this.manageable(ctx, row.personId, 'id');
    if (!(await this.timeOff.delete(ctx.db, ctx.orgId, id, version))) {
      throw conflict(
        `This time off of ${person.name} was changed by someone else since you opened it. Reload and try again.`,
      );
    }
    await this.audit.record(ctx, 'time_off_deleted', { type: 'person', id: person.id, label: person.name });
    return id;
  }

  private async get(ctx: RequestContext, id: string): Promise<TimeOff> {
    return toTimeOff(await this.find(ctx, id), await ctx.policy());
  }

  private async find(ctx: RequestContext, id: string): Promise<TimeOffRow> {
    requireId('id', id);
    ctx.requireViewer();
    const row = await this.timeOff.byId(ctx.db, ctx.orgId, id);
    if (!row) throw notFound('Time off');
    return row;
  }

  private async manageable(ctx: RequestContext, personId: string, field: string): Promise<StaffedPersonRow> {
    requireId(field, personId);
    const policy = await ctx.policy();
    const person = await this.timeline.personById(ctx.db, ctx.orgId, personId);
    if (!person) throw notFound('Person');
    if (!policy.canManageTimeOff(personId)) {
      throw forbidden('Time off is recorded by the person, their manager chain or an admin.');
    }
    return person;
  }
}
