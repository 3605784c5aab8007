import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { TenantTransaction } from '../database/tenant-transaction';
import { SESSION_COOKIE } from '../modules/auth/auth.service';
import { SessionRepository } from '../modules/auth/session.repository';
import { RequestContext } from './request-context';

/**
 * Opens the request's transaction and resolves the session inside it: the lookup runs as the
 * sign-in role, then the transaction switches to the app role and the viewer's organization.
 */
export function contextFactory(dataSource: DataSource, sessions: SessionRepository) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    if (!token) {
      return new RequestContext(null, await TenantTransaction.open(dataSource, 'trellis_app', null), req, res);
    }
    const tx = await TenantTransaction.open(dataSource, 'trellis_auth', null);
    try {
      const viewer = await sessions.findViewer(tx.manager, token);
      await tx.switchTo('trellis_app', viewer?.orgId ?? null);
      return new RequestContext(viewer, tx, req, res);
    } catch (error) {
      await tx.rollback();
      throw error;
    }
  };
}
