/**
 * Benchmark: builds the site, serves it, loads pages in Chromium and prints the figures
 * the budgets are about. Run: `npm run bench` (add --no-build to measure the current dist/).
 *
 *   - build time, pages built, build time per page
 *   - a child lesson page: requests, bytes transferred (gzip) by kind — target ≤ 27 KiB, ≤ 4 requests
 *   - JavaScript on a page with nothing interactive (target: only the offline registration, ≤ 1 KiB)
 *   - search: bytes fetched for a first query, and time from the last keystroke to the first result
 *     (target ≤ 150 ms on this machine)
 *
 * Sizes are gzip sizes of what the browser fetched (as a static host would send them).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser.ts';

const PORT = 4399;
const BASE = `http://127.0.0.1:${PORT}`;
const KiB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const countPages = (dir: string): number =>
  readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countPages(path) : name.endsWith('.html') ? 1 : 0);
  }, 0);

// 1. Build
let buildSeconds = NaN;
if (!process.argv.includes('--no-build')) {
  const start = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('the build failed: run `npm run build` to see why');
  buildSeconds = (performance.now() - start) / 1000;
}
const pages = countPages('dist');

// 2. Serve and measure
const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });

interface Load {
  requests: { url: string; type: string; gzip: number }[];
}

/** Loads a page in a fresh browser (no cache, no service worker yet) and lists what it fetched. */
async function load(path: string, act?: (page: Page) => Promise<void>): Promise<Load & { page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests: Load['requests'] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    requests.push({
      url: response.url().replace(BASE, ''),
      type: response.request().resourceType(),
      gzip: gzipSync(body).length,
    });
  });
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  // Scroll to the end, as a reader would, in case anything loads when it comes into view.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  if (act) await act(page);
  await page.waitForTimeout(200);
  return { requests, page };
}

const report: string[] = [];
const line = (label: string, value: string) => report.push(`${label.padEnd(46)} ${value}`);

line('pages built', String(pages));
if (!Number.isNaN(buildSeconds)) {
  line('build time', `${buildSeconds.toFixed(1)} s`);
  line('build time per page', `${((buildSeconds * 1000) / pages).toFixed(1)} ms`);
}

for (const path of [
  '/en/lessons/people-online/8-10/',
  '/en/lessons/balance/5-7/',
  '/ar/lessons/balance/5-7/',
]) {
  const { requests, page } = await load(path);
  const total = requests.reduce((sum, r) => sum + r.gzip, 0);
  const byType = new Map<string, number>();
  for (const r of requests) byType.set(r.type, (byType.get(r.type) ?? 0) + r.gzip);
  line(
    `lesson ${path}: requests`,
    `${requests.length} (${requests.map((r) => r.url.split('/').pop() || r.url).join(', ')})`,
  );
  line(
    `lesson ${path}: transferred (gzip)`,
    `${KiB(total)} — ${[...byType].map(([t, n]) => `${t} ${KiB(n)}`).join(', ')}`,
  );
  await page.context().close();
}

{
  const { requests, page } = await load('/en/teach/people-online/8-10/');
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((s) => s.map((e) => e.textContent ?? ''));
  const external = requests.filter((r) => r.type === 'script');
  const inlineBytes = inline.reduce((n, s) => n + new TextEncoder().encode(s).length, 0);
  line(
    'JS on a page with nothing interactive (teacher plan)',
    `${external.length} script files; inline ${inlineBytes} B (offline registration)`,
  );
  await page.context().close();
}

{
  // Search: type a query as a person would, then time from the last keystroke to the first result.
  const { requests, page } = await load('/en/search/');
  const before = requests.length;
  const box = page.getByRole('searchbox').last();
  await box.click();
  await page.evaluate(() => {
    const results = document.querySelector('#search-results')!;
    (window as unknown as { firstResultAt?: number | undefined }).firstResultAt = undefined;
    new MutationObserver(() => {
      if (results.children.length)
        (window as unknown as { firstResultAt?: number | undefined }).firstResultAt ??= performance.now();
    }).observe(results, { childList: true });
  });
  await box.pressSequentially('passwor', { delay: 80 });
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    document.querySelector('#search-results')!.replaceChildren();
    (window as unknown as { firstResultAt?: number | undefined }).firstResultAt = undefined;
  });
  const lastKey = await page.evaluate(() => performance.now());
  await box.press('d');
  await page.waitForFunction(
    () => (window as unknown as { firstResultAt?: number | undefined }).firstResultAt !== undefined,
  );
  const firstAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
  const searchBytes = requests
    .slice(before)
    .filter((r) => r.url.startsWith('/pagefind/'))
    .reduce((n, r) => n + r.gzip, 0);
  line('search: bytes fetched for a first query (gzip)', KiB(searchBytes));
  line('search: last keystroke → first result', `${Math.round(firstAt - lastKey)} ms`);
  await page.context().close();
}

await browser.close();
server.kill();
console.log(report.join('\n'));
