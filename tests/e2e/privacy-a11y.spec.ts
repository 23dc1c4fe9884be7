import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES as REGISTRY, pageAt } from '../../src/lib/page-registry.ts';
import { LOCALES, PAGE_TYPES, at, stringsOf } from './pages.ts';

test('the pages visited below cover every page type of the site', () => {
  const codes = LOCALES.map((l) => l.code);
  const visited = new Set(Object.values(PAGE_TYPES).map((path) => pageAt(at('en', path), codes)?.type));
  expect([...visited].sort()).toEqual(Object.keys(REGISTRY).sort());
});

/**
 * One visit per page type per language checks what every page owes its reader: the frame
 * (lang, direction, header, Get help in view), privacy (no request leaves the site, no
 * cookie, nothing blocked by the CSP) and accessibility (axe).
 */
for (const { code: locale, dir } of LOCALES) {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${locale} ${type}: lang, direction, header and Get help; no request leaves the site, nothing breaks the CSP, and axe finds no violations`, async ({
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
      const response = await page.goto(at(locale, path + (type === 'search' ? '?q=secret' : '')));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      // Header: site name, search box, language switcher; skip link; footer.
      await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
      await expect(page.getByRole('banner').locator('summary')).toBeVisible();
      const text = stringsOf(locale);
      await expect(page.getByRole('link', { name: text('nav.skip'), exact: true })).toHaveAttribute(
        'href',
        '#main',
      );
      await expect(page.getByRole('contentinfo')).toBeVisible();
      // "Get help" is in view at the top and stays in view after scrolling.
      const help = page.getByRole('banner').getByRole('link', { name: text('nav.help'), exact: true });
      await expect(help).toHaveAttribute('href', `/${locale}/help/`);
      await expect(help).toBeInViewport();
      await page.mouse.wheel(0, 4000);
      await expect(help).toBeInViewport();
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
