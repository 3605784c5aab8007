import { Injectable } from '@nestjs/common';
import { badInput, forbidden } from '../../../common/errors';
import { RequestContext } from '../../../context/request-context';
import { AuditAction, AuditEventRow, AuditRepository, AuditTarget } from './audit.repository';

/** The audit log: every feature records its changes here; admins read it. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** An event done by the signed-in viewer, in the request's transaction (so it rolls back too). */
  record(
    ctx: RequestContext,
    action: AuditAction,
    target: AuditTarget,
    detail?: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(ctx.db, ctx.requireViewer(), action, target, detail);
  }

  /** Newest first, for admins; the reader's own manager-rating events are left out. */
  async list(ctx: RequestContext, limit: number, before: Date | null): Promise<AuditEventRow[]> {
    if (!(await ctx.policy()).canReadAuditLog()) throw forbidden('Only admins can read the audit log.');
    if (limit < 1 || limit > 500) throw badInput('limit', 'limit must be between 1 and 500.');
    return this.audit.list(ctx.db, ctx.orgId, limit, before, ctx.requireViewer().personId);
  }
}
