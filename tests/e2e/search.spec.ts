import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SEARCH_RESULTS_TIMEOUT } from '../browser.ts';

test('the header search box opens the search page with the query, which finds a lesson', async ({ page }) => {
  await page.goto('/en/kids/8-10/');
  const search = page.getByRole('banner').getByRole('searchbox');
  await search.fill('secrets');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=secrets$/);
  const results = page.locator('#search-results');
  await expect(
    results.getByRole('link', { name: 'People are not always who they say they are', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toContainText('for “secrets”');
});

test('a filter narrows the results', async ({ page }) => {
  await page.goto('/en/search/?q=secret');
  const results = page.locator('#search-results');
  const hrefs = () =>
    results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: SEARCH_RESULTS_TIMEOUT });
  const status = page.getByRole('status');
  const count = async () => Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
  await expect(status).toContainText('results for “secret”');
  const all = await count();
  expect((await hrefs()).some((href) => href.startsWith('/en/lessons/'))).toBe(true);
  await page.getByRole('combobox', { name: 'For', exact: true }).selectOption('teachers');
  await expect(page).toHaveURL(/audience=teachers/);
  // Only teacher plans, teachers' guides and the pages for everyone remain, and fewer of them.
  await expect
    .poll(async () => {
      const shown = await hrefs();
      return shown.length > 0 && shown.every((href) => /^\/en\/(teach|teachers|help|privacy)\//.test(href));
    })
    .toBe(true);
  const narrowed = await count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
});

test('a child who filters for children’s pages still finds the help page', async ({ page }) => {
  await page.goto('/en/search/?q=help&audience=children');
  const results = page.locator('#search-results');
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: SEARCH_RESULTS_TIMEOUT });
  const hrefs = await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/en/help/');
  // …and nothing written for adults only.
  expect(hrefs.filter((href) => /^\/en\/(teach|teachers|parents)\//.test(href ?? ''))).toEqual([]);
});

test('the search page shows results of the reader’s language only, in its words', async ({ page }) => {
  await page.goto('/ar/search/?q=secret');
  const results = page.locator('#search-results');
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: SEARCH_RESULTS_TIMEOUT });
  const links = await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.every((href) => href?.startsWith('/ar/'))).toBe(true);
  // The count is in Arabic: every Arabic count form (search.count_*) ends so.
  await expect(page.getByRole('status')).toContainText('للبحث عن «secret»');
  await expect(page.getByRole('status')).not.toContainText('results for');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and links to the age pages', async ({ page }) => {
    await page.goto('/en/search/?q=secret');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Ages 5 to 7' })).toHaveAttribute(
      'href',
      '/en/kids/5-7/',
    );
  });
  test('the "What would you do?" choices and their feedback can still be read', async ({ page }) => {
    await page.goto('/en/lessons/people-online/8-10/');
    // The best choice and its feedback, as the lesson file has them.
    const lesson = readFileSync('content/lessons/en/people-online-8-10.mdx', 'utf8');
    const [, text, feedback] = /- text: (.*)\n\s+feedback: (.*)\n\s+best: true/.exec(lesson)!;
    await page.getByText(text!, { exact: true }).click();
    await expect(page.getByText(feedback!)).toBeVisible();
  });
});
