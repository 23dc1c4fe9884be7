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

// An untranslated page (notice in the reader's language, the English text marked lang="en"
// dir="ltr") is checked in tests/unit/build.test.ts, on a build with a new locale: every page
// of the real site is translated, so there is none to open here.

test('a translated page has no untranslated notice', async ({ page }) => {
  for (const locale of ['en', 'ar']) {
    await page.goto(`/${locale}/lessons/people-online/8-10/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);
  }
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
