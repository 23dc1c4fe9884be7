import { expect, test } from '@playwright/test';
import { LOCALES, PAGE_TYPES, at, stringsOf } from './pages.ts';

for (const locale of LOCALES) {
  test.describe(`every page type in ${locale.code}`, () => {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`${type} renders with lang, direction, header and Get help`, async ({ page }) => {
        const response = await page.goto(at(locale.code, path));
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
        await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('main')).toBeVisible();
        // Header: site name, search box, language switcher; skip link; footer.
        await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
        await expect(page.getByRole('banner').locator('summary')).toBeVisible();
        const text = stringsOf(locale.code);
        await expect(page.getByRole('link', { name: text('nav.skip'), exact: true })).toHaveAttribute(
          'href',
          '#main',
        );
        await expect(page.getByRole('contentinfo')).toBeVisible();
        // "Get help" is in view at the top and stays in view after scrolling.
        const help = page.getByRole('banner').getByRole('link', { name: text('nav.help'), exact: true });
        await expect(help).toHaveAttribute('href', `/${locale.code}/help/`);
        await expect(help).toBeInViewport();
        await page.mouse.wheel(0, 4000);
        await expect(help).toBeInViewport();
      });
    }
  });
}

test('the home page offers the three ways in', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('heading', { name: 'I am a child' })).toBeVisible();
  for (const band of ['Ages 5 to 7', 'Ages 8 to 10', 'Ages 11 to 13', 'Ages 14 to 17']) {
    await expect(page.getByRole('link', { name: band })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'I am a parent or carer' })).toHaveAttribute(
    'href',
    '/en/parents/',
  );
  await expect(page.getByRole('link', { name: 'I am a teacher' })).toHaveAttribute('href', '/en/teachers/');
});

test('a band hub lists its lessons', async ({ page }) => {
  await page.goto('/en/kids/8-10/');
  await page.getByRole('link', { name: 'People are not always who they say they are' }).click();
  await expect(page).toHaveURL(/\/en\/lessons\/people-online\/8-10\/$/);
});

test('a child page has its check, key words and named sources', async ({ page }) => {
  await page.goto('/en/lessons/people-online/8-10/');
  // The check is an island that wakes up when it scrolls into view.
  await page.getByRole('heading', { name: 'What would you do?' }).scrollIntoViewIfNeeded();
  const choice = page.getByRole('button', { name: /show the chat to a grown-up/ });
  await choice.click();
  await expect(choice).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Great choice! You kept your details private')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Words to know' })).toBeVisible();
  const sources = page.getByRole('region', { name: 'Where this advice comes from' });
  await expect(sources.getByRole('listitem')).not.toHaveCount(0);
  await expect(sources).toContainText('Key Risks to Children Online › Contact');
  await expect(sources.getByRole('link').first()).toHaveAttribute('href', /\/en\/sources\/#seed-\d{3}$/);
});

test('a teacher plan has every section a teacher needs', async ({ page }) => {
  await page.goto('/en/teach/people-online/8-10/');
  for (const name of [
    'Learning objectives',
    'Key words',
    'Materials',
    'Timing',
    /Warm-up/,
    /Main activity/,
    'Discussion questions',
    /Wrap-up/,
    'Differentiation',
    'If a child tells you something',
    'Take-home note for families',
    'Where this advice comes from',
  ]) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  await expect(page.getByText('Ages 8 to 10 · 40 minutes')).toBeVisible();
});

test('the teacher plan prints without the site navigation', async ({ page }) => {
  await page.goto('/en/teach/people-online/8-10/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Discussion questions' })).toBeVisible();
});

test('the help page has a part for children and a part for adults, with sourced contacts', async ({
  page,
}) => {
  await page.goto('/en/help/');
  const contacts = page.getByRole('list', { name: 'Where to report and find support' });
  await expect(contacts).toHaveCount(2);
  await expect(
    page.getByRole('heading', { name: 'INHOPE (International Association of Internet Hotlines)' }),
  ).toBeVisible();
  await expect(page.getByText(/Source: 002 · para 90/).first()).toBeVisible();
  await expect(page.getByText(/Last checked/).first()).toBeVisible();
});

test('the sources page shows each document and the pages that draw on it', async ({ page }) => {
  await page.goto('/en/sources/');
  for (const seed of ['000', '002', '003', '004']) {
    await expect(page.locator(`#seed-${seed}-title`)).toContainText(seed);
  }
  const itu = page.locator('#seed-003');
  await expect(
    itu.getByRole('rowheader', { name: 'Key Risks to Children Online › Contact', exact: true }),
  ).toBeVisible();
  const contact = itu.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Key Risks to Children Online › Contact', exact: true }),
  });
  await expect(
    contact.getByRole('link', { name: /People are not always who they say they are/ }),
  ).toHaveAttribute('href', '/en/teach/people-online/8-10/');
});
