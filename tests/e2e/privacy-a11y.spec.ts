import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, at } from './pages.ts';

for (const locale of ['en', 'ar']) {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${locale} ${type}: no request leaves the site, and axe finds no violations`, async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const elsewhere: string[] = [];
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
      expect(await page.context().cookies()).toEqual([]);

      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('a page with nothing interactive ships no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/en/teach/people-online/8-10/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  expect(await page.locator('script').count()).toBe(0);
});
