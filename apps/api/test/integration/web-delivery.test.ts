import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestOrganization, startTestApp, TestApp, TestOrganization } from '../support/test-app';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers, the body as sent (fetch would decompress it). */
function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

function decode(res: RawResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.body).toString('utf8');
  return res.body.toString('utf8');
}

const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"row ${i}"`).join(', ')}];\n`;
const STYLE = Array.from({ length: 200 }, (_, i) => `.c${i} { color: red; margin: ${i}px; }`).join('\n');
const INDEX = `<!doctype html><html lang="en"><head><title>Trellis</title>
<script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>`;

/** A built client as the build writes it: hashed assets with .br and .gz copies beside them. */
function writeFixtureDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  const write = (path: string, text: string, precompress: boolean) => {
    writeFileSync(join(dir, path), text);
    if (!precompress) return;
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  };
  write('index.html', INDEX, true);
  write('assets/index-Ab12Cd34.js', SCRIPT, true);
  // Not precompressed: compressed on the fly instead.
  write('assets/page-Ef56Gh78.css', STYLE, false);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>', false);
  return dir;
}

/**
 * How the web client and the API's answers travel: every text response compressed, hashed
 * assets cached for a year, the page itself revalidated (issue "Fast and clear").
 */
describe('web delivery', () => {
  let dist: string;
  let test: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    dist = writeFixtureDist();
    test = await startTestApp({ TRELLIS_WEB_DIST: dist });
    org = await createTestOrganization(test);
  });
  afterAll(async () => {
    await test.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip, deflate', 'gzip'],
  ])('sends a hashed script precompressed to a browser accepting %s, cached for a year', async (accept, encoding) => {
    const res = await raw(`${test.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': accept } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 3);
    expect(decode(res)).toBe(SCRIPT);
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const res = await raw(`${test.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(SCRIPT);
  });

  it('compresses a hashed asset that has no precompressed copy, and caches it for a year', async () => {
    const res = await raw(`${test.url}/assets/page-Ef56Gh78.css`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decode(res)).toBe(STYLE);
  });

  it.each(['/', '/index.html', '/people/123?tab=growth'])(
    'sends %s as the compressed page, revalidated on every visit',
    async (path) => {
      const res = await raw(`${test.url}${path}`, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(decode(res)).toBe(INDEX);
    },
  );

  it('gives a file of the public folder a short cache', async () => {
    const res = await raw(`${test.url}/favicon.svg`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers a missing asset with 404, never the page under a script name', async () => {
    const res = await raw(`${test.url}/assets/index-Gone0000.js`, {
      headers: { accept: 'text/html,*/*', 'accept-encoding': 'br' },
    });
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).not.toBe('public, max-age=31536000, immutable');
  });

  it('does not serve the compressed copies under their own names', async () => {
    const res = await raw(`${test.url}/assets/index-Ab12Cd34.js.br`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
  });

  it('compresses a GraphQL answer', async () => {
    const admin = await org.signIn('admin');
    const res = await raw(`${test.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'gzip, deflate, br',
        'x-forwarded-for': org.address,
        cookie: admin.cookie ?? '',
      },
      body: JSON.stringify({ query: '{ people { id name title } }' }),
    });
    expect(res.status).toBe(200);
    expect(['br', 'gzip']).toContain(res.headers['content-encoding']);
    const body = JSON.parse(decode(res)) as { data: { people: unknown[] } };
    expect(body.data.people.length).toBeGreaterThan(5);
  });
});
