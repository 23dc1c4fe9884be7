import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, PAGE_TYPES, at } from './pages.ts';

for (const { code: locale } of LOCALES) {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${locale} ${type}: no request leaves the site, nothing breaks the CSP, and axe finds no violations`, async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const elsewhere: string[] = [];
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          blocked.push(message.text());
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:')) elsewhere.push(url);
      });
      await page.goto(at(locale, path + (type === 'search' ? '?q=secret' : '')));
      await page.waitForLoadState('networkidle');
      // Interact where there is something to load (the check island, the search index).
      await page.mouse.wheel(0, 5000);
      await page.waitForLoadState('networkidle');
      expect(elsewhere).toEqual([]);
      expect(blocked).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);

      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('a page with nothing interactive ships no JavaScript beyond the offline registration', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/en/teach/people-online/8-10/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  const inline = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain('serviceWorker');
  expect(new TextEncoder().encode(inline[0]).length).toBeLessThanOrEqual(1024);
});
