import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { TenantTransaction } from '../database/tenant-transaction';
import { SESSION_COOKIE } from '../modules/directory/auth/auth.service';
import { SessionRepository } from '../modules/directory/auth/session.repository';
import { RequestContext } from './request-context';

/** The session token of a raw HTTP request (a WebSocket upgrade has no cookie parser). */
export function sessionTokenOf(request: Pick<IncomingMessage, 'headers'>): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== SESSION_COOKIE) continue;
    try {
      const value = decodeURIComponent(part.slice(at + 1).trim());
      return value || null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * A RequestContext for work that does not come through GraphQL (the live notes' WebSocket): the
 * session is resolved exactly as `graphql/context.factory.ts` does it, in one transaction that
 * starts as the sign-in role and, when the session is found, continues as the app role in the
 * viewer's organization. The caller ends it with `ctx.finish()`.
 */
@Injectable()
export class SessionContexts {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
  ) {}

  async open(token: string | null, request: IncomingMessage): Promise<RequestContext> {
    // Only headers are read of the request (the viewer's time zone); nothing writes a response.
    const req = request as unknown as Request;
    const res = undefined as unknown as Response;
    if (!token)
      return new RequestContext(null, await TenantTransaction.open(this.dataSource, 'trellis_app', null), req, res);
    const tx = await TenantTransaction.open(this.dataSource, 'trellis_auth', null);
    try {
      const viewer = await this.sessions.findViewerAndEnter(tx.manager, token);
      if (!viewer) await tx.switchTo('trellis_app', null);
      return new RequestContext(viewer, tx, req, res);
    } catch (error) {
      await tx.rollback();
      throw error;
    }
  }
}
