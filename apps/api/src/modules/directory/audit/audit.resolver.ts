import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { AuditService } from './audit.service';
import { AuditEvent } from './models/audit-event.model';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEvent], { description: 'Newest first (admins).' })
  async auditLog(
    @Context() ctx: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
    @Args('before', { type: () => Date, nullable: true }) before?: Date | null,
  ): Promise<AuditEvent[]> {
    const rows = await this.audit.list(ctx, limit, before ?? null);
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
