import { DataSource, EntityManager, QueryRunner, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { prepareStatementsOn } from './prepared-statements';

export type DbRole = 'trellis_app' | 'trellis_auth';
const ROLES: ReadonlySet<string> = new Set<DbRole>(['trellis_app', 'trellis_auth']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A transaction in which row-level security applies: the role is switched to a non-owner role
 * and the organization is set for this transaction only (gone at COMMIT or ROLLBACK).
 */
export class TenantTransaction {
  /** Set when the transaction starts to end: later statements would run outside it. */
  private ending = false;

  private constructor(private readonly runner: QueryRunner) {
    // DataLoaders of different features fire in the same tick; one connection runs one query at
    // a time, so queue them here rather than rely on pg's deprecated implicit queue.
    const query = runner.query.bind(runner) as QueryRunner['query'];
    let tail: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      const next = tail.then(() => {
        // A request abandoned by its client is rolled back while its resolvers still run: what
        // they queue after that must not run in autocommit, as the login role, without tenant.
        if (this.ending && !/^(COMMIT|ROLLBACK)$/.test(String(args[0]).trim())) {
          throw new QueryRunnerAlreadyReleasedError();
        }
        return query(...args);
      });
      tail = next.catch(() => undefined);
      return next;
    }) as QueryRunner['query'];
  }

  static async open(dataSource: DataSource, role: DbRole, orgId: string | null): Promise<TenantTransaction> {
    const runner = dataSource.createQueryRunner();
    // The pooled `pg` client: its statements seen before go out prepared (prepared-statements.ts).
    const client: unknown = await runner.connect();
    prepareStatementsOn(client);
    try {
      await TenantTransaction.begin(runner, role, orgId);
    } catch (error) {
      // A transaction may have begun before the failure: it must not go back to the pool open
      // (and aborted), or every later request on that connection would fail the same way.
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
    return new TenantTransaction(runner);
  }

  /**
   * START TRANSACTION and the switch of role and organization in one round trip: TypeORM's
   * `startTransaction` (which keeps its own transaction state) sends its START TRANSACTION with
   * the switch appended, as one simple-protocol message. The values are written into the text
   * only when they cannot be anything but a role name and a UUID; otherwise the switch is a
   * second, parameterized statement.
   */
  private static async begin(runner: QueryRunner, role: DbRole, orgId: string | null): Promise<void> {
    if (!ROLES.has(role)) throw new Error(`Unknown database role ${String(role)}`);
    if (orgId !== null && !UUID.test(orgId)) {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('role', $1, true), set_config('app.org_id', $2, true)`, [role, orgId]);
      return;
    }
    const start = runner.query.bind(runner) as QueryRunner['query'];
    const switchTo = `SELECT set_config('role', '${role}', true), set_config('app.org_id', '${orgId ?? ''}', true)`;
    let switched = false;
    runner.query = ((text: string, ...rest: unknown[]) => {
      if (text !== 'START TRANSACTION') return start(text, ...(rest as []));
      switched = true;
      return start(`START TRANSACTION; ${switchTo}`, ...(rest as []));
    }) as QueryRunner['query'];
    try {
      await runner.startTransaction();
    } finally {
      // Back to the query runner's own method (the constructor wraps that one).
      delete (runner as Partial<Pick<QueryRunner, 'query'>>).query;
    }
    // Should TypeORM ever begin with other words, fail closed: never a transaction left in the
    // login role without its tenant.
    if (!switched)
      throw new Error('The transaction began without switching role: TypeORM no longer sends START TRANSACTION');
  }

  /**
   * Changes role, organization and signed-in user inside the same transaction (after a session
   * lookup or a sign-in). The user narrows what author-only tables show (private notes).
   */
  async switchTo(role: DbRole, orgId: string | null, userId: string | null = null): Promise<void> {
    await this.runner.query(
      `SELECT set_config('role', $1, true), set_config('app.org_id', $2, true), set_config('app.user_id', $3, true)`,
      [role, orgId ?? '', userId ?? ''],
    );
  }

  get manager(): EntityManager {
    return this.runner.manager;
  }

  async commit(): Promise<void> {
    this.ending = true;
    try {
      await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
  }

  async rollback(): Promise<void> {
    this.ending = true;
    try {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }
}

/** Runs `work` in a tenant transaction, committing on success and rolling back on error. */
export async function inTenantTransaction<T>(
  dataSource: DataSource,
  role: DbRole,
  orgId: string | null,
  work: (db: EntityManager) => Promise<T>,
): Promise<T> {
  const tx = await TenantTransaction.open(dataSource, role, orgId);
  try {
    const result = await work(tx.manager);
    await tx.commit();
    return result;
  } catch (error) {
    await tx.rollback();
    throw error;
  }
}
