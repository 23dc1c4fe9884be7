/** Where the browser tests find Chromium: CHROMIUM_PATH, else a system Chromium, else none (Playwright's own). */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Flags that keep Chromium quiet on a machine with no Internet (and runnable as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * How long a test waits for search results. Pagefind loads its index and one fragment per
 * result before showing any; on a busy two-core machine running two browsers that can take
 * several seconds. Speed is measured by `npm run bench`, not by test timeouts.
 */
export const SEARCH_RESULTS_TIMEOUT = 20_000;
