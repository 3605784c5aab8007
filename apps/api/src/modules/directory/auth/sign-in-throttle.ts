import { EntityManager } from 'typeorm';

export const MAX_ATTEMPTS_PER_ADDRESS_PER_MINUTE = 10;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const ACCOUNT_WINDOW_MINUTES = 15;

export type ThrottleVerdict = { allowed: true } | { allowed: false; message: string };

/** Sign-in limits kept in PostgreSQL, so they hold across API instances. */
export class SignInThrottle {
  async check(db: EntityManager, ip: string, email: string): Promise<ThrottleVerdict> {
    const [row]: { by_ip: string; failures: string }[] = await db.query(
      `SELECT
         (SELECT count(*) FROM sign_in_attempts WHERE ip = $1 AND at > now() - interval '1 minute') AS by_ip,
         (SELECT count(*) FROM sign_in_attempts
           WHERE email = $2 AND NOT success AND at > now() - make_interval(mins => $3)) AS failures`,
      [ip, email, ACCOUNT_WINDOW_MINUTES],
    );
    if (Number(row.by_ip) >= MAX_ATTEMPTS_PER_ADDRESS_PER_MINUTE) {
      return { allowed: false, message: 'Too many sign-in attempts from your address. Wait a minute and try again.' };
    }
    if (Number(row.failures) >= MAX_FAILURES_PER_ACCOUNT) {
      return {
        allowed: false,
        message: `This account is locked for ${ACCOUNT_WINDOW_MINUTES} minutes after ${MAX_FAILURES_PER_ACCOUNT} failed sign-ins.`,
      };
    }
    return { allowed: true };
  }

  async record(db: EntityManager, ip: string, email: string, success: boolean): Promise<void> {
    await db.query(`INSERT INTO sign_in_attempts (ip, email, success) VALUES ($1, $2, $3)`, [ip, email, success]);
    // A successful sign-in clears the account's failures; old rows are of no further use.
    if (success) await db.query(`DELETE FROM sign_in_attempts WHERE email = $1 AND NOT success`, [email]);
    else await db.query(`DELETE FROM sign_in_attempts WHERE at < now() - interval '1 day'`);
  }
}
