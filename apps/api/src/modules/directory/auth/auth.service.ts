import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { RoleValue, Viewer } from '../../../authz/viewer';
import { AppError, badInput, rateLimited } from '../../../common/errors';
import { inTenantTransaction } from '../../../database/tenant-transaction';
import { RequestContext } from '../../../context/request-context';
import { AuditRepository } from '../audit/audit.repository';

import { verifyPassword } from './password';
import { newSessionToken, SessionRepository } from './session.repository';
import { SignInThrottle } from './sign-in-throttle';

export const SESSION_COOKIE = 'trellis_session';
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface AccountRow {
  id: string;
  org_id: string;
  email: string;
  role: RoleValue;
  person_id: string | null;
  active: boolean;
  password_hash: string;
}

export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function isHttps(req: Request): boolean {
  return req.secure || req.get('x-forwarded-proto') === 'https';
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditRepository,
  ) {}

  async signIn(ctx: RequestContext, rawEmail: string, password: string): Promise<Viewer> {
    const email = rawEmail.trim().toLowerCase();
    if (!EMAIL_PATTERN.test(email)) throw badInput('email', 'Enter a valid email address.');
    if (password.length === 0) throw badInput('password', 'Enter your password.');
    const ip = clientAddress(ctx.req);

    // Each step commits on its own: a failed attempt must be remembered even though the
    // mutation then fails, and argon2's work happens outside any transaction.
    const { verdict, account } = await inTenantTransaction(this.dataSource, 'trellis_auth', null, async (db) => {
      const verdict = await this.throttle.check(db, ip, email);
      const rows: AccountRow[] = verdict.allowed
        ? await db.query(
            `SELECT id, org_id, email, role, person_id, active, password_hash FROM users WHERE email = $1`,
            [email],
          )
        : [];
      return { verdict, account: rows[0] ?? null };
    });
    if (!verdict.allowed) throw rateLimited(verdict.message);

    const passwordOk = await verifyPassword(account?.password_hash ?? null, password);
    const success = passwordOk && account !== null && account.active;
    const oldToken = ctx.req.cookies?.[SESSION_COOKIE] as string | undefined;
    const token = newSessionToken();

    const expires = await inTenantTransaction(this.dataSource, 'trellis_auth', null, async (db) => {
      await this.throttle.record(db, ip, email, success);
      if (account) {
        await this.audit.insert(db, {
          orgId: account.org_id,
          actorUserId: account.id,
          actorEmail: account.email,
          action: success ? 'sign_in' : 'sign_in_failed',
          detail: { ip, ...(passwordOk && !account.active ? { reason: 'deactivated' } : {}) },
        });
      }
      if (!success || !account) return null;
      if (oldToken) await this.sessions.delete(db, oldToken);
      await db.query(`UPDATE users SET last_sign_in_at = now() WHERE id = $1`, [account.id]);
      return this.sessions.create(db, account.org_id, account.id, token);
    });

    if (!expires || !account) {
      if (passwordOk && account && !account.active) {
        throw new AppError('UNAUTHENTICATED', 'This account has been deactivated. Ask an admin of your organization.');
      }
      throw new AppError('UNAUTHENTICATED', 'Email or password is incorrect.');
    }
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isHttps(ctx.req),
      path: '/',
      expires,
    });
    return {
      userId: account.id,
      orgId: account.org_id,
      email: account.email,
      role: account.role,
      personId: account.person_id,
    };
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    const token = ctx.req.cookies?.[SESSION_COOKIE] as string | undefined;
    const viewer = ctx.viewer;
    if (token) {
      await inTenantTransaction(this.dataSource, 'trellis_auth', null, async (db) => {
        await this.sessions.delete(db, token);
        if (viewer) {
          await this.audit.insert(db, {
            orgId: viewer.orgId,
            actorUserId: viewer.userId,
            actorEmail: viewer.email,
            action: 'sign_out',
          });
        }
      });
    }
    ctx.res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: isHttps(ctx.req), path: '/' });
    return viewer !== null;
  }
}
