import { expect, test, type Page } from '@playwright/test';

/** What a parent or child would type, and the topic whose pages should come first. */
const QUERIES: [query: string, topics: string[]][] = [
  ['private', ['my-information']],
  ['password', ['my-information', 'scams-and-money']],
  ['stranger', ['people-online']],
  ['photo', ['photos-and-videos']],
  ['bullying', ['kindness-and-bullying']],
  ['pop-up', ['things-we-see']],
  ['scam', ['scams-and-money']],
  ['sleep', ['balance']],
  ['helpline', ['getting-help']],
];

/** The topic a result belongs to, read from its URL (the help page belongs to getting help). */
function topicOf(href: string): string | undefined {
  if (/^\/\w+\/help\/$/.test(href)) return 'getting-help';
  return /\/(?:lessons|teach|parents\/topics)\/([a-z-]+)\//.exec(href)?.[1];
}

async function resultLinks(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const results = page.locator('#search-results');
  await expect(results.getByRole('link').first()).toBeVisible();
  return results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

for (const [query, topics] of QUERIES) {
  test(`“${query}” finds ${topics.join(' or ')} first`, async ({ page }) => {
    const links = await resultLinks(page, `/en/search/?q=${encodeURIComponent(query)}`);
    // The first two results belong to the topic.
    for (const href of links.slice(0, 2))
      expect(topics, links.slice(0, 5).join(' ')).toContain(topicOf(href));
  });
}

test('an age filter narrows the results to that age', async ({ page }) => {
  const all = await resultLinks(page, '/en/search/?q=bullying');
  const band = await resultLinks(page, '/en/search/?q=bullying&band=11-13');
  expect(band.length).toBeGreaterThan(0);
  for (const href of band) expect(href).toContain('/11-13/');
  expect(all.some((href) => !href.includes('/11-13/'))).toBe(true);
});
