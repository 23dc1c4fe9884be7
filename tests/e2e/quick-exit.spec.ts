/**
 * Quick exit (GOV.UK "Exit this page" pattern): the button or Shift pressed three times
 * leaves, and Back does not return; Escape never leaves; the control is on exactly the
 * pages marked for it, in every locale; offline it still hides the page at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { LOCALES, stringsOf } from './pages.ts';

const NEUTRAL = 'https://www.wikipedia.org/';
const neutralSite = (page: Page) =>
  page.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Wikipedia</title><h1>Wikipedia</h1>' }),
  );
const pressShift = async (page: Page, times: number) => {
  for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
};

test.describe('leaving', () => {
  test.beforeEach(async ({ page }) => neutralSite(page));

  test('the button leaves for a neutral site and Back does not return', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Get help', exact: true }).click();
    await page.getByRole('link', { name: 'Leave this page' }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL('/en/');
  });

  test('Shift pressed three times leaves, counting down for screen readers, and Back does not return', async ({
    page,
  }) => {
    await page.goto('/en/');
    await page.goto('/en/lessons/photos-and-videos/14-17/');
    const status = page.locator('#quick-exit [role="status"]');
    await pressShift(page, 1);
    await expect(status).toHaveText('Shift: press 2 more times to leave this page.');
    await pressShift(page, 1);
    await expect(status).toHaveText('Shift: press 1 more time to leave this page.');
    await pressShift(page, 1);
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL('/en/');
  });

  test('Arabic counts down in Arabic and leaves the same way', async ({ page }) => {
    await page.goto('/ar/help/');
    const status = page.locator('#quick-exit [role="status"]');
    await pressShift(page, 1);
    await expect(status).not.toBeEmpty();
    expect(await status.textContent()).toMatch(/[\u0600-\u06FF]/);
    await pressShift(page, 2);
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('Escape, in the search box or anywhere else, does not leave', async ({ page }) => {
    await page.goto('/en/help/');
    const search = page.getByRole('banner').getByRole('searchbox');
    await search.fill('helpline');
    await search.press('Escape');
    await page.locator('main').press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL('/en/help/');
  });

  test('Shift presses spread over more than five seconds do not leave', async ({ page }) => {
    await page.clock.install();
    await page.goto('/en/help/');
    await pressShift(page, 2);
    await page.clock.runFor(6000);
    await pressShift(page, 1);
    await expect(page.locator('#quick-exit [role="status"]')).toHaveText(
      'Shift: press 2 more times to leave this page.',
    );
    await expect(page).toHaveURL('/en/help/');
  });

  test('offline, the page is hidden before the browser even starts to leave', async ({ page, context }) => {
    // What the page showed at the moment navigation began, kept in this tab's session storage.
    await page.addInitScript(() => {
      addEventListener('beforeunload', () => {
        if (location.pathname === '/en/help/gb/')
          sessionStorage.setItem(
            'atExit',
            JSON.stringify({
              main: !!document.querySelector('main'),
              text: document.body.innerText,
              title: document.title,
            }),
          );
      });
    });
    await page.goto('/en/help/gb/');
    await expect(page.locator('#quick-exit [role="status"]')).toBeAttached();
    await context.setOffline(true);
    await pressShift(page, 3);
    await expect(page).not.toHaveURL('/en/help/gb/');
    await context.setOffline(false);
    await page.goto('/en/');
    const shown = JSON.parse((await page.evaluate(() => sessionStorage.getItem('atExit'))) ?? '{}') as {
      main: boolean;
      text: string;
      title: string;
    };
    expect(shown.main).toBe(false);
    expect(shown.text).not.toContain('Childline');
    expect(shown.text.trim()).toBe('Leaving this page.');
    expect(shown.title).toBe('Wikipedia');
  });
});

/** English lessons and guides marked `quickExit: true`, as site paths without the locale. */
function markedPaths(): Set<string> {
  const frontmatter = (file: string) =>
    load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
  const marked = new Set<string>();
  for (const name of readdirSync('content/lessons/en')) {
    const data = frontmatter(join('content/lessons/en', name));
    if (data['quickExit']) marked.add(`/lessons/${String(data['topic'])}/${String(data['band'])}/`);
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
    );
  for (const file of walk('content/guides/en')) {
    if (!frontmatter(file)['quickExit']) continue;
    const path = file.slice('content/guides/en/'.length, -'.mdx'.length).replace(/(^|\/)index$/, '');
    marked.add(`/${path}/`.replace('//', '/'));
  }
  return marked;
}

test('the quick exit is on exactly the pages marked for it, and every country page, in every locale', () => {
  const marked = markedPaths();
  // What the curriculum asks for, so a slip in the content data is caught too.
  for (const path of [
    '/help/',
    '/parents/if-something-happens/',
    '/lessons/photos-and-videos/11-13/',
    '/lessons/photos-and-videos/14-17/',
    '/lessons/people-online/14-17/',
    '/lessons/kindness-and-bullying/14-17/',
    '/lessons/getting-help/11-13/',
    '/lessons/getting-help/14-17/',
  ])
    expect(marked, path).toContain(path);
  for (const path of marked) expect(path).not.toMatch(/\/(5-7|8-10)\/$/);

  const pages = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const path = join(dir, n);
      return statSync(path).isDirectory() ? pages(path) : n === 'index.html' ? [path] : [];
    });
  for (const { code } of LOCALES) {
    let withExit = 0;
    for (const file of pages(join('dist', code))) {
      const path = file.slice(`dist/${code}`.length, -'index.html'.length);
      const expected = marked.has(path) || /^\/help\/[a-z]{2}\/$/.test(path);
      const has = readFileSync(file, 'utf8').includes('id="quick-exit"');
      expect(has, `${code}${path}`).toBe(expected);
      if (has) withExit++;
    }
    expect(withExit).toBeGreaterThan(marked.size);
  }
});

test('the control reads the same in every language, and its label says what it does not do', async ({
  page,
}) => {
  for (const { code, dir } of LOCALES) {
    const text = stringsOf(code);
    await page.goto(`/${code}/help/`);
    const exit = page.locator('#quick-exit');
    await expect(exit.getByRole('link', { name: text('exit.button') })).toBeVisible();
    await expect(page.locator('.quick-exit-hint')).toContainText(text('exit.hint'));
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
  }
});
