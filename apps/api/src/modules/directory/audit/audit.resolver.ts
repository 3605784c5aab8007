import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { badInput, forbidden } from '../../common/errors';
import { RequestContext } from '../../graphql/request-context';
import { AuditRepository } from './audit.repository';
import { AuditEvent } from './models/audit-event.model';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditRepository) {}

  @Query(() => [AuditEvent], { description: 'Newest first (admins).' })
  async auditLog(
    @Context() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
    @Args('before', { type: () => Date, nullable: true }) before?: Date | null,
  ): Promise<AuditEvent[]> {
    if (!(await ctx.policy()).canReadAuditLog()) throw forbidden('Only admins can read the audit log.');
    if (limit < 1 || limit > 500) throw badInput('limit', 'limit must be between 1 and 500.');
    const rows = await this.audit.list(ctx.db, ctx.orgId, limit, before ?? null, ctx.requireViewer().personId);
    return rows.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      actorEmail: e.actorEmail,
      targetType: e.targetType,
      targetId: e.targetId,
      targetLabel: e.targetLabel,
      detail: e.detail ? JSON.stringify(e.detail) : null,
    }));
  }
}
