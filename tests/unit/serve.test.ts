/**
 * scripts/serve.ts, the preview server of the browser tests, on a small built site: the
 * headers of public/_headers on every answer, folders redirected to their trailing-slash
 * URL, the site's 404 page, and what sirv brings (HEAD, Range, ETag).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll as after, beforeAll as before, describe, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/security-policy.ts';

const SCRIPT = 'console.log("a service worker, say");\n';
const site = mkdtempSync(join(tmpdir(), 'serve-'));
const files: Record<string, string> = {
  'index.html': '<p>Home</p>',
  '404.html': '<p>Page not found</p>',
  'en/help/index.html': '<p>Get help</p>',
  'en/sw.js': SCRIPT,
};
let server: ChildProcess | undefined;
let base = '';

before(async () => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  copyFileSync('public/_headers', join(site, '_headers')); // as the build does
  const started = spawn(process.execPath, ['scripts/serve.ts', '--dir', site, '--port', '0']);
  server = started;
  base = await new Promise<string>((resolve, reject) => {
    started.stdout.on('data', (data: Buffer) => {
      const url = /http:\/\/\S+\//.exec(data.toString())?.[0];
      if (url) resolve(url.slice(0, -1));
    });
    started.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
  });
});
after(() => {
  server?.kill();
  rmSync(site, { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { redirect: 'manual', ...init });

describe('serve.ts', () => {
  it('sends the headers of public/_headers, the security policy among them, with pages and the 404 page', async () => {
    for (const [path, status] of [
      ['/en/help/', 200],
      ['/en/sw.js', 200],
      ['/en/missing/', 404],
    ] as const) {
      const response = await get(path);
      assert.equal(response.status, status, path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        assert.equal(response.headers.get(name), value, `${path}: ${name}`);
      }
    }
  });

  it('serves pages, scripts with their type, and the site 404 page', async () => {
    const page = await get('/en/help/');
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await page.text(), files['en/help/index.html']);
    const script = await get('/en/sw.js');
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('cache-control'), null);
    const missing = await get('/en/missing/');
    assert.equal(missing.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await missing.text(), files['404.html']);
  });

  it('redirects a folder to its trailing-slash URL, keeping the query', async () => {
    const response = await get('/en/help?from=test');
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/en/help/?from=test');
  });

  it('answers HEAD, Range and If-None-Match', async () => {
    const head = await get('/en/sw.js', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(SCRIPT.length));
    assert.equal(await head.text(), '');

    const part = await get('/en/sw.js', { headers: { Range: 'bytes=0-6' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 0-6/${SCRIPT.length}`);
    assert.equal(await part.text(), SCRIPT.slice(0, 7));
    // A range sirv would misread is ignored: the whole file.
    const backwards = await get('/en/sw.js', { headers: { Range: 'bytes=5-2' } });
    assert.equal([backwards.status, await backwards.text()].join(), [200, SCRIPT].join());

    const etag = head.headers.get('etag');
    assert.ok(etag);
    const cached = await get('/en/sw.js', { headers: { 'If-None-Match': etag } });
    assert.equal(cached.status, 304);
  });
});
