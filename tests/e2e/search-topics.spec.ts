import { expect, test, type Page } from '@playwright/test';
import { SEARCH_RESULTS_TIMEOUT } from '../browser.ts';
import { stringsOf } from './pages.ts';

/**
 * Per language: what a parent or child would type, and the topic whose pages should come
 * first. "password" is taught in two topics (privacy and device security).
 */
const QUERIES: Record<string, [query: string, topics: string[]][]> = {
  en: [
    ['private', ['my-information']],
    ['password', ['my-information', 'scams-and-money']],
    ['stranger', ['people-online']],
    ['photo', ['photos-and-videos']],
    ['bullying', ['kindness-and-bullying']],
    ['pop-up', ['things-we-see']],
    ['scam', ['scams-and-money']],
    ['sleep', ['balance']],
    ['helpline', ['getting-help']],
    ['chatbot', ['ai-and-me']],
  ],
  fr: [
    ['privé', ['my-information']],
    ['inconnu', ['people-online']],
    ['photo', ['photos-and-videos']],
    ['harcèlement', ['kindness-and-bullying']],
    ['publicité', ['things-we-see']],
    ['arnaque', ['scams-and-money']],
    ['sommeil', ['balance']],
    ['ligne d’écoute', ['getting-help']],
    ['IA', ['ai-and-me']],
  ],
  es: [
    ['dirección', ['my-information']],
    ['desconocido', ['people-online']],
    ['foto', ['photos-and-videos']],
    ['acoso', ['kindness-and-bullying']],
    ['anuncio', ['things-we-see']],
    ['estafa', ['scams-and-money']],
    ['sueño', ['balance']],
    ['línea de ayuda', ['getting-help']],
    ['IA', ['ai-and-me']],
    ['inteligencia artificial', ['ai-and-me']],
  ],
  ar: [
    ['خاص', ['my-information']],
    ['غريب', ['people-online']],
    ['صورة', ['photos-and-videos']],
    ['التنمر', ['kindness-and-bullying']],
    ['إعلان', ['things-we-see']],
    ['احتيال', ['scams-and-money']],
    ['النوم', ['balance']],
    ['خط مساندة', ['getting-help']],
    ['الذكاء الاصطناعي', ['ai-and-me']],
  ],
};

/** The topic a result belongs to, read from its URL (the help pages belong to getting help). */
function topicOf(href: string): string | undefined {
  if (/^\/\w+\/help\/([a-z]{2}\/)?$/.test(href)) return 'getting-help';
  return /\/(?:lessons|teach|parents\/topics)\/([a-z-]+)\//.exec(href)?.[1];
}

async function resultLinks(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const results = page.locator('#search-results');
  await expect(results.getByRole('link').first()).toBeVisible({ timeout: SEARCH_RESULTS_TIMEOUT });
  return results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * One test per language, as a reader would search: the page loads once, then each query is
 * typed into the box (Pagefind loads once). Every query is checked; a failure names it.
 */
for (const [locale, queries] of Object.entries(QUERIES)) {
  test(`${locale}: each query finds its topic first`, async ({ page }) => {
    test.setTimeout(30_000 + queries.length * SEARCH_RESULTS_TIMEOUT);
    const text = stringsOf(locale);
    await page.goto(`/${locale}/search/`);
    const box = page.getByRole('main').getByRole('searchbox');
    const status = page.getByRole('main').getByRole('status');
    for (const [query, topics] of queries) {
      await box.fill(query);
      await expect(status).toContainText(query, { timeout: SEARCH_RESULTS_TIMEOUT });
      await expect(status).not.toHaveText(text('search.loading'));
      const links = await page
        .locator('#search-results')
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const top = links.slice(0, 3);
      // The first result, and at least two of the first three, belong to the topic.
      expect.soft(topics, `“${query}”: ${top.join(' ')}`).toContain(topicOf(links[0] ?? ''));
      expect
        .soft(
          top.filter((href) => topics.includes(topicOf(href) ?? '')).length,
          `“${query}”: ${top.join(' ')}`,
        )
        .toBeGreaterThanOrEqual(2);
      expect
        .soft(
          links.filter((href) => !href.startsWith(`/${locale}/`)),
          `“${query}”`,
        )
        .toEqual([]);
    }
  });
}

test('an age filter narrows the results to that age', async ({ page }) => {
  const all = await resultLinks(page, '/en/search/?q=bullying');
  const band = await resultLinks(page, '/en/search/?q=bullying&band=11-13');
  expect(band.length).toBeGreaterThan(0);
  for (const href of band) expect(href).toContain('/11-13/');
  expect(all.some((href) => !href.includes('/11-13/'))).toBe(true);
});
