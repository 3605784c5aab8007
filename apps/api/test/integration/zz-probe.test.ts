import { createTestOrganization, startTestApp, TestApp } from '../support/test-app';
describe('probe', () => {
  let test: TestApp;
  beforeAll(async () => { test = await startTestApp(); });
  afterAll(() => test.close());
  it('times', async () => {
    let t = Date.now();
    for (let i = 0; i < 5; i++) await createTestOrganization(test);
    console.log('5 orgs', Date.now() - t);
    t = Date.now();
    await Promise.all([1,2,3,4,5].map(() => createTestOrganization(test)));
    console.log('5 orgs parallel', Date.now() - t);
    const org = await createTestOrganization(test);
    t = Date.now();
    for (const n of ['sam','maya','omar','admin','priya']) await org.signIn(n);
    console.log('5 signins', Date.now() - t);
  });
});
