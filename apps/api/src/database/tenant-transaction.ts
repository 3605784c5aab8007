import { DataSource, EntityManager, QueryRunner, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { prepareStatementsOn } from './prepared-statements';

export type DbRole = 'trellis_app' | 'trellis_auth';

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
      await runner.startTransaction();
      // Role names are constants above, never input.
      await runner.query(`SELECT set_config('role', $1, true), set_config('app.org_id', $2, true)`, [
        role,
        orgId ?? '',
      ]);
    } catch (error) {
      await runner.release();
      throw error;
    }
    return new TenantTransaction(runner);
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
