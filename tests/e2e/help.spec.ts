/**
 * Help by country: a page per covered country in every language, with numbers as tel:
 * links and no JavaScript needed; the country chooser remembers a choice on the device
 * only, "Get help" then leads straight to it, and the privacy page lists and clears it;
 * search finds a country's page by its name; a country page prints on one sheet.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, countriesWithPhones, coveredCountries, stringsOf } from './pages.ts';
import { SEARCH_RESULTS_TIMEOUT } from '../browser.ts';

const COUNTRIES = coveredCountries();
const WITH_PHONES = new Set(countriesWithPhones());
const nameOf = (code: string, locale: string) =>
  new Intl.DisplayNames([locale], { type: 'region' }).of(code)!;

for (const { code: locale } of LOCALES) {
  test(`${locale}: every covered country has a help page with its name, tel: links and the help sections`, async ({
    request,
  }) => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(60);
    expect(WITH_PHONES.size).toBeGreaterThanOrEqual(60);
    const text = stringsOf(locale);
    for (const country of COUNTRIES) {
      const response = await request.get(`/${locale}/help/${country.toLowerCase()}/`);
      expect(response.status(), country).toBe(200);
      const html = await response.text();
      const h1 = (/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '')
        .replaceAll('&amp;', '&')
        .replaceAll('&#39;', "'");
      expect(h1, country).toContain(nameOf(country, locale));
      expect(html, country).toContain(text('help.country.children'));
      expect(html, country).toContain(text('help.country.adults'));
      // Every number is a dialable link: E.164 for ordinary numbers, digits for short codes.
      const tels = [...html.matchAll(/href="(tel:[^"]*)"/g)].map((m) => m[1]);
      expect(tels.length > 0, `${country}: tel: links`).toBe(WITH_PHONES.has(country));
      for (const href of tels) expect(href, country).toMatch(/^tel:(\+[1-9]\d{6,14}|\d{2,6})$/);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [locale, country, number] of [
    ['en', 'gb', '0800 1111'],
    ['fr', 'fr', '119'],
    ['es', 'co', '141'],
    ['ar', 'eg', '16000'],
  ] as const) {
    test(`${locale}: the help page leads to ${country.toUpperCase()} and its number can be called`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/help/`);
      const chooser = page.locator('#countries');
      await chooser.locator('.all-countries summary').click();
      await chooser
        .locator('.all-countries')
        .getByRole('link', { name: nameOf(country.toUpperCase(), locale), exact: true })
        .click();
      await expect(page).toHaveURL(`/${locale}/help/${country}/`);
      const call = page.locator('a.call').filter({ hasText: number }).first();
      await expect(call).toBeVisible();
      await expect(call).toHaveAttribute('href', /^tel:/);
      // The "remember my country" control needs JavaScript, so it is not offered.
      await expect(page.locator('#remember-country')).toBeHidden();
    });
  }
});

test('a chosen country is remembered on this device, used by "Get help", listed on the privacy page and cleared', async ({
  page,
}) => {
  await page.goto('/en/help/');
  await page.locator('#countries').getByRole('link', { name: 'Kenya', exact: true }).first().click();
  await expect(page).toHaveURL('/en/help/ke/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help in Kenya');

  // Anywhere on the site, "Get help" now opens Kenya's numbers.
  await page.goto('/en/lessons/getting-help/11-13/');
  const getHelp = page.getByRole('banner').getByRole('link', { name: 'Get help', exact: true });
  await expect(getHelp).toHaveAttribute('href', '/en/help/ke/');
  await getHelp.click();
  await expect(page).toHaveURL('/en/help/ke/');
  await expect(page.locator('#remember-country [role="status"]')).toHaveText(
    'On this device, “Get help” opens this page.',
  );

  // The help page offers the saved country first.
  await page.goto('/en/help/');
  await expect(page.getByText('This device remembers your country: Kenya.')).toBeVisible();

  // Nothing left the device.
  const stored = await page.evaluate(() => ({ ...localStorage }));
  expect(stored).toEqual({ 'safesteps:country': 'ke' });

  await page.goto('/en/privacy/');
  const storage = page.locator('#device-storage');
  await expect(storage.getByRole('status')).toContainText('the country you chose on the help page');
  await storage.getByRole('button', { name: 'Remove everything this site saved on this device' }).click();
  await expect(storage.getByRole('status')).toHaveText(
    'Done. Nothing from this site is saved on this device any more.',
  );
  await page.goto('/en/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Get help', exact: true })).toHaveAttribute(
    'href',
    '/en/help/',
  );
});

test('a country page can be remembered and forgotten from the page itself, in Arabic too', async ({
  page,
}) => {
  await page.goto('/ar/help/ma/');
  const text = stringsOf('ar');
  const box = page.locator('#remember-country');
  const country = nameOf('MA', 'ar');
  await box
    .getByRole('button', { name: text('help.country.remember').replace('{{country}}', country) })
    .click();
  await expect(box.getByRole('status')).toHaveText(text('help.country.remembered'));
  await page.goto('/ar/');
  await expect(
    page.getByRole('banner').getByRole('link', { name: text('nav.help'), exact: true }),
  ).toHaveAttribute('href', '/ar/help/ma/');
  await page.goto('/ar/help/ma/');
  await box.getByRole('button', { name: text('help.country.forget') }).click();
  await expect(box.getByRole('status')).toHaveText(text('help.country.forgotten'));
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

/** What a reader types to find their country's help, per language. */
const SEARCHES: [locale: string, query: string, country: string][] = [
  ['en', 'Kenya', 'ke'],
  ['en', 'helpline Ireland', 'ie'],
  ['fr', 'Belgique', 'be'],
  ['fr', 'numéro Suisse', 'ch'],
  ['es', 'Colombia', 'co'],
  ['es', 'línea de ayuda Uruguay', 'uy'],
  ['ar', 'مصر', 'eg'],
  ['ar', 'خط المساعدة الأردن', 'jo'],
];
for (const [locale, query, country] of SEARCHES) {
  test(`${locale}: searching “${query}” finds that country’s help page first`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#search-results').getByRole('link').first();
    await expect(first).toHaveAttribute('href', `/${locale}/help/${country}/`, {
      timeout: SEARCH_RESULTS_TIMEOUT,
    });
  });
}

test('the help words find the help pages in every language', async ({ page }) => {
  for (const [locale, query] of [
    ['en', 'helpline'],
    ['fr', 'numéro'],
    ['es', 'línea de ayuda'],
    ['ar', 'خط المساعدة'],
  ]) {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query!)}`);
    const links = page.locator('#search-results').getByRole('link');
    await expect(links.first()).toBeVisible({ timeout: SEARCH_RESULTS_TIMEOUT });
    const hrefs = await links.evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
    expect(
      hrefs.some((href) => /\/help\/([a-z]{2}\/)?$/.test(href ?? '')),
      hrefs.join(' '),
    ).toBe(true);
  }
});

test('a child filtering search by "children" finds the help pages', async ({ page }) => {
  await page.goto('/en/search/?q=helpline&audience=children');
  const links = page.locator('#search-results').getByRole('link');
  await expect(links.first()).toBeVisible({ timeout: SEARCH_RESULTS_TIMEOUT });
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(
    hrefs.some((href) => /^\/en\/help\//.test(href ?? '')),
    hrefs.join(' '),
  ).toBe(true);
});

for (const locale of ['en', 'ar']) {
  test(`${locale}: a country page prints as a one-sheet help card (A4 and US Letter)`, async ({ page }) => {
    // The countries with the most contacts.
    for (const country of ['gb', 'nz', 'at']) {
      await page.goto(`/${locale}/help/${country}/`);
      for (const format of ['A4', 'Letter']) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length, `${country} ${format}`).toBe(1);
      }
    }
  });
}
