import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser.ts';

// TEST_PORT: run beside another server or test run on the same machine.
const PORT = Number(process.env['TEST_PORT'] ?? 4321);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Two browsers share two cores with the static server: give assertions room to settle.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'en-GB',
    // Service workers save a whole edition in the background (~3 MB); only the tests about
    // offline use and device storage turn them on, so other tests see a quiet network.
    serviceWorkers: 'block',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  // The built site (npm run build), served as it will be in production.
  webServer: {
    command: `node scripts/serve.ts --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
