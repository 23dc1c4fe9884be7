/**
 * Makes sure the browser tests have a Chromium to drive, before `playwright test` runs.
 *   1. CHROMIUM_PATH, if set, or a system Chromium (/usr/bin/chromium, …): use it.
 *   2. On Debian/Ubuntu as root (CI, a fresh build machine): apt-get install chromium.
 *   3. Elsewhere (a laptop with Internet access): Playwright's own Chromium download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/browser.ts';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit' });

const found = findChromium();
if (found) {
  console.log(`browser: using ${found}`);
} else if (process.platform === 'linux' && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
  console.log('browser: installing Chromium from the system packages (apt-get)…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
  if (!findChromium()) throw new Error('apt-get finished but no Chromium was found');
} else {
  console.log("browser: no system Chromium; installing Playwright's Chromium…");
  run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
}
