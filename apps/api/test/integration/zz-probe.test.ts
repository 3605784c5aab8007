import { startTestApp, TestApp } from '../support/test-app';
describe('probe', () => {
  let test: TestApp;
  beforeAll(async () => { test = await startTestApp(); });
  afterAll(() => test.close());
  it('batched leak', async () => {
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${test.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]) });
      console.log(i, res.status, await res.text());
    }
    const rows = await test.dataSource.query(`SELECT state, count(*) FROM pg_stat_activity WHERE datname = current_database() GROUP BY state`);
    console.log(rows);
    const ctrl = AbortSignal.timeout(3000);
    const res = await fetch(`${test.url}/graphql`, { signal: ctrl, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) }).catch(e => String(e));
    console.log(typeof res === 'string' ? res : await res.text());
  });
});
