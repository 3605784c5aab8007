import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { TenantTransaction } from '../database/tenant-transaction';
import { SESSION_COOKIE } from '../modules/directory/auth/auth.service';
import { SessionRepository } from '../modules/directory/auth/session.repository';
import { RequestContext } from '../context/request-context';

/**
 * Apollo refuses some requests after making their context (a batch, a body without a query)
 * without running the plugin that ends the transaction: end it when the response closes, or
 * every such request would keep a pooled connection forever.
 */
function releasedOnClose(ctx: RequestContext): RequestContext {
  ctx.res.once('close', () => void ctx.finish(false).catch(() => undefined));
  return ctx;
}

/**
 * Opens the request's transaction and resolves the session inside it: the lookup runs as the
 * sign-in role, then the transaction switches to the app role and the viewer's organization.
 */
export function contextFactory(dataSource: DataSource, sessions: SessionRepository) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    if (!token) {
      return releasedOnClose(
        new RequestContext(null, await TenantTransaction.open(dataSource, 'trellis_app', null), req, res),
      );
    }
    const tx = await TenantTransaction.open(dataSource, 'trellis_auth', null);
    try {
      // A found session switches the transaction to trellis_app and its organization itself.
      const viewer = await sessions.findViewerAndEnter(tx.manager, token);
      if (!viewer) await tx.switchTo('trellis_app', null);
      return releasedOnClose(new RequestContext(viewer, tx, req, res));
    } catch (error) {
      await tx.rollback();
      throw error;
    }
  };
}
