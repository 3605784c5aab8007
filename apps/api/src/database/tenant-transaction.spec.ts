import type { DataSource } from 'typeorm';
import { TenantTransaction } from './tenant-transaction';

/**
 * A query runner that records what it is asked to send, with TypeORM's own way of beginning
 * (`startTransaction` sends `begins` through `this.query`, a method of the class as in TypeORM);
 * `failOn` makes one text fail.
 */
class FakeRunner {
  readonly sent: { text: string; values?: unknown[] }[] = [];
  released = false;
  constructor(private readonly options: { begins?: string; failOn?: RegExp } = {}) {}
  async connect() {
    return {};
  }
  async query(text: string, values?: unknown[]) {
    this.sent.push({ text, values });
    if (this.options.failOn?.test(text)) throw new Error(`refused: ${text}`);
    return [];
  }
  async startTransaction() {
    await this.query(this.options.begins ?? 'START TRANSACTION');
  }
  async release() {
    this.released = true;
  }
}

function fakeRunner(options: { begins?: string; failOn?: RegExp } = {}) {
  const runner = new FakeRunner(options);
  const dataSource = { createQueryRunner: () => runner } as unknown as DataSource;
  return { runner, sent: runner.sent, dataSource };
}

const ORG = '6f1c2b0e-8a7d-4e5f-9b3c-2d1e0f9a8b7c';

describe('TenantTransaction.open', () => {
  it('begins and enters the role and organization in one message', async () => {
    const { sent, dataSource } = fakeRunner();
    await TenantTransaction.open(dataSource, 'trellis_app', ORG);
    expect(sent).toEqual([
      {
        text: `START TRANSACTION; SELECT set_config('role', 'trellis_app', true), set_config('app.org_id', '${ORG}', true)`,
        values: undefined,
      },
    ]);
  });

  it('enters no organization for the session lookup', async () => {
    const { sent, dataSource } = fakeRunner();
    await TenantTransaction.open(dataSource, 'trellis_auth', null);
    expect(sent.map((s) => s.text)).toEqual([
      `START TRANSACTION; SELECT set_config('role', 'trellis_auth', true), set_config('app.org_id', '', true)`,
    ]);
  });

  it('never writes an organization that is not a UUID into SQL text: it goes as a parameter', async () => {
    const { sent, dataSource } = fakeRunner();
    const hostile = "x', true); DROP TABLE people; --";
    await TenantTransaction.open(dataSource, 'trellis_app', hostile);
    expect(sent).toEqual([
      { text: 'START TRANSACTION', values: undefined },
      {
        text: `SELECT set_config('role', $1, true), set_config('app.org_id', $2, true)`,
        values: ['trellis_app', hostile],
      },
    ]);
  });

  it('fails closed when TypeORM begins with other words: no transaction left in the login role', async () => {
    const { runner, sent, dataSource } = fakeRunner({ begins: 'BEGIN' });
    await expect(TenantTransaction.open(dataSource, 'trellis_app', ORG)).rejects.toThrow(/without switching role/);
    expect(sent.map((s) => s.text)).toEqual(['BEGIN', 'ROLLBACK']);
    expect(runner.released).toBe(true);
  });

  it('rolls back and releases the connection when entering the role fails', async () => {
    const { runner, sent, dataSource } = fakeRunner({ failOn: /set_config/ });
    await expect(TenantTransaction.open(dataSource, 'trellis_app', ORG)).rejects.toThrow(/refused/);
    expect(sent.at(-1)?.text).toBe('ROLLBACK');
    expect(runner.released).toBe(true);
  });
});
