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
      test.setTimeout(60_000);
      await page.goto(at(locale, path + (type === 'search' ? '?q=secret' : '')));
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      // Check everything in its scripted state: the check has its buttons, search its results.
      for (const check of await page.locator('what-would-you-do').all())
        await expect(check.locator('button.choice').first()).toBeVisible();
      if (type === 'search') await expect(page.locator('#search-results a').first()).toBeVisible();
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

test('a page with nothing interactive ships no JavaScript beyond the offline registration and the remembered help country', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/en/teach/people-online/8-10/');
  expect(scripts).toEqual([]);
  const inline = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain('serviceWorker');
  expect(inline[0]).toContain('safesteps:country');
  expect(new TextEncoder().encode(inline[0]).length).toBeLessThanOrEqual(1024);
});
