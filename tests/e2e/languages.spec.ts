import { expect, test } from '@playwright/test';

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/teach/people-online/8-10/');
  await page.getByRole('banner').getByText('Language: English').click();
  await page.getByRole('banner').getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/teach\/people-online\/8-10\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('banner').locator('summary').click();
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/teach\/people-online\/8-10\/$/);
});

test('an untranslated page shows the English text with a notice in the reader’s language', async ({
  page,
}) => {
  // Find a page that has no translation yet from the translation status page.
  await page.goto('/en/status/');
  const locales = await page
    .locator('.status-pages thead th[lang]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('lang')!));
  let target: { locale: string; href: string } | undefined;
  for (const [column, locale] of locales.entries()) {
    const row = page
      .locator('.status-pages tbody tr')
      .filter({ has: page.locator(`td:nth-child(${column + 2}).state-missing`) })
      .filter({
        has: page.locator('a[href^="/en/lessons/"], a[href^="/en/parents/"], a[href^="/en/teachers/"]'),
      })
      .first();
    if (await row.count()) {
      const href = (await row.getByRole('link').getAttribute('href'))!;
      target = { locale, href: href.replace(/^\/en\//, `/${locale}/`) };
      break;
    }
  }
  test.skip(
    !target,
    'every page is translated; tests/unit/build.test.ts covers the fallback of a new locale',
  );
  await page.goto(target!.href);
  const notice = page.getByRole('note');
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText('not yet translated'); // it is in the reader's language
  expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(target!.locale);
  const article = page.locator('article');
  await expect(article).toHaveAttribute('lang', 'en');
  await expect(article).toHaveAttribute('dir', 'ltr');
});

test('an English page has no untranslated notice', async ({ page }) => {
  await page.goto('/en/lessons/people-online/8-10/');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test.describe('the language picker at /', () => {
  test.use({ locale: 'fr-FR' });
  test('goes to the browser’s language', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

test.describe('the language picker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is a plain list of languages', async ({ page }) => {
    await page.goto('/');
    const list = page.getByRole('list', { name: 'Choose your language' });
    await expect(list.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(list.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar/');
  });
});
