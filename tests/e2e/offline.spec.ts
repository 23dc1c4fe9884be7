import { expect, test, type Page } from '@playwright/test';
import { SEARCH_RESULTS_TIMEOUT } from '../browser.ts';

/** Opens a page and waits until its locale's service worker has saved the edition and controls the page. */
async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

test.use({ serviceWorkers: 'allow' });

for (const locale of ['en', 'ar']) {
  test(`${locale}: after a first visit the edition works offline, search included`, async ({
    page,
    context,
  }) => {
    await visitOnce(page, `/${locale}/`);
    await context.setOffline(true);

    // A lesson, a teacher plan, a guide, help and a country's help card, none opened before.
    for (const path of [
      '/lessons/balance/14-17/',
      '/teach/scams-and-money/8-10/',
      '/parents/set-up/',
      '/help/',
      '/help/ke/',
    ]) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.ok(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    // Search runs from the saved index.
    await page.goto(`/${locale}/search/?q=password`);
    await expect(page.locator('#search-results').getByRole('link').first()).toBeVisible({
      timeout: SEARCH_RESULTS_TIMEOUT,
    });

    // A page that was never part of the edition: the offline page says so.
    await page.goto(`/${locale}/kids/not-a-page/`);
    await expect(page.locator('h1')).toHaveText(
      locale === 'en' ? 'You are offline' : 'أنت غير متصل بالإنترنت',
    );
    await context.setOffline(false);
  });
}
