import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RoleValue, Viewer } from '../../../authz/viewer';

export const SESSION_TTL_DAYS = 14;

/** The cookie holds a random token; the database keeps only its hash. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface ViewerRow {
  user_id: string;
  org_id: string;
  email: string;
  role: RoleValue;
  person_id: string | null;
}

/** Runs under the sign-in role (`trellis_auth`), before the organization is known. */
export class SessionRepository {
  /**
   * The viewer of a session token, and when the session is found, in the same statement, the
   * switch of the transaction to the app role, the viewer's organization and user (what `TenantTransaction.switchTo`
   * does): the statement itself runs as the sign-in role, whose rights are checked before it
   * starts. When no session is found nothing is switched.
   */
  async findViewerAndEnter(db: EntityManager, token: string): Promise<Viewer | null> {
    return this.viewerOf(
      await db.query(
        `SELECT u.id AS user_id, u.org_id, u.email, u.role, u.person_id,
                set_config('role', 'trellis_app', true) AS entered_role,
                set_config('app.org_id', u.org_id::text, true) AS entered_org,
                set_config('app.user_id', u.id::text, true) AS entered_user
           FROM sessions s JOIN users u ON u.id = s.user_id AND u.org_id = s.org_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
        [hashToken(token)],
      ),
    );
  }

  private viewerOf(rows: ViewerRow[]): Viewer | null {
    const row = rows[0];
    if (!row) return null;
    return { userId: row.user_id, orgId: row.org_id, email: row.email, role: row.role, personId: row.person_id };
  }

  async create(db: EntityManager, orgId: string, userId: string, token: string): Promise<Date> {
    const rows: { expires_at: Date }[] = await db.query(
      `INSERT INTO sessions (token_hash, org_id, user_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4)) RETURNING expires_at`,
      [hashToken(token), orgId, userId, SESSION_TTL_DAYS],
    );
    return rows[0].expires_at;
  }

  async delete(db: EntityManager, token: string): Promise<void> {
    await db.query(`DELETE FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
  }

  /** Under the app role, scoped to the organization: ends every session of a user. */
  async deleteAllForUser(db: EntityManager, orgId: string, userId: string): Promise<void> {
    await db.query(`DELETE FROM sessions WHERE org_id = $1 AND user_id = $2`, [orgId, userId]);
  }
}
