// Starts the product as `npm start` does (embedded database, fresh data folder), waits until it
// is healthy, signs in as Maya over HTTP, reads her people, then stops it with SIGINT.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './embedded-db.mjs';

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-start-'));
chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must get in
const env = { ...process.env, PORT: String(port), TRELLIS_DATA_DIR: join(dataDir, 'data') };
delete env.DATABASE_URL;
const started = Date.now();
const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], { stdio: 'inherit', env });
const base = `http://127.0.0.1:${port}`;

async function fail(message) {
  console.error(`Start check failed: ${message}`);
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

let healthy = false;
while (!healthy && Date.now() - started < 120_000) {
  healthy = await fetch(`${base}/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (!healthy) await new Promise((r) => setTimeout(r, 250));
}
if (!healthy) await fail('no healthy server within 120 s');
console.log(`Healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);

const gql = async (query, variables, cookie) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] };
};
const signIn = await gql(`mutation($i: SignInInput!) { signIn(input: $i) { email role } }`, {
  i: { email: 'maya@acme.test', password: 'trellis-demo' },
});
if (signIn.body.data?.signIn?.role !== 'MANAGER' || !signIn.cookie)
  await fail(`sign-in: ${JSON.stringify(signIn.body)}`);
const people = await gql(`{ people { name } }`, {}, signIn.cookie);
const names = people.body.data?.people?.map((p) => p.name) ?? [];
if (!names.includes('Sam Okafor')) await fail(`Maya's people lack Sam: ${JSON.stringify(people.body)}`);
const page = await fetch(`${base}/people`, { headers: { accept: 'text/html' } }).then((r) => r.text());
if (!page.includes('<div id="root">')) await fail('the web client is not served');
console.log(`Signed in as Maya and saw ${names.length} people, Sam Okafor among them.`);

// Delivery (issue "Fast and clear"): the page and every asset it names compressed, hashed
// assets cached for a year, the page itself revalidated. Node's fetch decompresses the body
// but keeps the headers.
const html = await fetch(`${base}/sign-in`, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });
if (html.headers.get('content-encoding') !== 'br') await fail('index.html is not sent compressed (br)');
if (html.headers.get('cache-control') !== 'no-cache')
  await fail(`index.html is cached: ${html.headers.get('cache-control')}`);
const assets = [...(await html.text()).matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
if (!assets.length) await fail('index.html names no hashed assets');
for (const asset of assets) {
  const res = await fetch(`${base}${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
  await res.arrayBuffer();
  if (res.status !== 200) await fail(`${asset}: ${res.status}`);
  if (res.headers.get('content-encoding') !== 'br') await fail(`${asset} is not sent compressed (br)`);
  if (res.headers.get('cache-control') !== 'public, max-age=31536000, immutable') {
    await fail(`${asset} lacks the long cache: ${res.headers.get('cache-control')}`);
  }
}
const graphqlAnswer = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: signIn.cookie },
  body: JSON.stringify({ query: '{ people { id name title } }' }),
});
await graphqlAnswer.arrayBuffer();
if (graphqlAnswer.headers.get('content-encoding') !== 'gzip') await fail('a GraphQL answer is not sent compressed');
console.log(
  `The page, its ${assets.length} hashed assets and a GraphQL answer travel compressed, cached as they should.`,
);

child.kill('SIGINT');
const code = await new Promise((r) => child.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
if (code !== 0) {
  console.error(`npm start exited with ${code} after SIGINT`);
  process.exit(1);
}
console.log('Stopped cleanly.');
