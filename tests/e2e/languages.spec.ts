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
  await page.goto('/ar/lessons/people-online/8-10/');
  const notice = page.getByRole('note');
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText('not yet translated'); // it is in Arabic
  expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ar');
  const article = page.locator('article');
  await expect(article).toHaveAttribute('lang', 'en');
  await expect(article).toHaveAttribute('dir', 'ltr');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(
    'People are not always who they say they are',
  );
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
