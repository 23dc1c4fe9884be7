import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { LOCALES, stringsOf } from './pages.ts';

/** The lesson these tests open, read from its file so the tests follow the content. */
interface LessonFile {
  title: string;
  sources: { seed: string; section: string }[];
  check: { choices: { text: string; feedback: string; best?: boolean }[] };
}
const LESSON = () =>
  load(
    /^---\n([\s\S]*?)\n---/.exec(readFileSync('content/lessons/en/people-online-8-10.mdx', 'utf8'))![1]!,
  ) as LessonFile;

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
  const lesson = LESSON();
  const best = lesson.check.choices.find((c) => c.best)!;
  const choice = page.getByRole('button', { name: best.text });
  await choice.click();
  await expect(choice).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(best.feedback)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Words to know' })).toBeVisible();
  const sources = page.getByRole('region', { name: 'Where this advice comes from' });
  await expect(sources.getByRole('listitem')).toHaveCount(lesson.sources.length);
  await expect(sources).toContainText(lesson.sources[0]!.section);
  await expect(sources.getByRole('link').first()).toHaveAttribute('href', /\/en\/sources\/#seed-\d{3}$/);
});

test('the check answers each choice in a live region, and starts again on request', async ({ page }) => {
  await page.goto('/en/lessons/people-online/8-10/');
  const { choices } = LESSON().check;
  const best = choices.find((c) => c.best)!;
  const other = choices.find((c) => !c.best)!;
  const check = page.getByRole('region', { name: 'What would you do?' });
  await expect(check.getByText('Pick an answer to see what we think.')).toBeVisible();
  for (const choice of choices) {
    await expect(check.getByRole('button', { name: choice.text })).toHaveAttribute('aria-pressed', 'false');
  }
  const live = check.locator('[aria-live="polite"]');
  await expect(live).toBeEmpty();

  await check.getByRole('button', { name: other.text }).click();
  await expect(check.getByRole('button', { name: other.text })).toHaveAttribute('aria-pressed', 'true');
  await expect(live).toContainText('Think again');
  await expect(live).toContainText(other.feedback);

  await check.getByRole('button', { name: best.text }).click();
  await expect(check.getByRole('button', { name: other.text })).toHaveAttribute('aria-pressed', 'false');
  await expect(check.getByRole('button', { name: best.text })).toHaveAttribute('aria-pressed', 'true');
  await expect(live).toContainText('A great choice');
  await expect(live).toContainText(best.feedback);
  await expect(live).not.toContainText(other.feedback);

  await live.getByRole('button', { name: 'Try another answer' }).click();
  await expect(live).toBeEmpty();
  await expect(check.getByRole('button', { name: best.text })).toHaveAttribute('aria-pressed', 'false');
  await expect(check.getByRole('button', { name: choices[0]!.text })).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the check is a list of choices, each opening to its verdict and feedback', async ({ page }) => {
    await page.goto('/en/lessons/people-online/8-10/');
    const { choices } = LESSON().check;
    const check = page.getByRole('region', { name: 'What would you do?' });
    // No buttons that would do nothing: each choice is a summary that opens.
    await expect(check.locator('button')).toHaveCount(0);
    for (const choice of choices) {
      await expect(check.getByText(choice.text, { exact: true })).toBeVisible();
      await expect(check.getByText(choice.feedback)).toBeHidden();
    }
    const best = choices.find((c) => c.best)!;
    const other = choices.find((c) => !c.best)!;
    await check.getByText(best.text, { exact: true }).click();
    await expect(check.getByText(best.feedback)).toBeVisible();
    await expect(check.locator('details', { hasText: best.text })).toContainText('A great choice');
    await check.getByText(other.text, { exact: true }).click();
    await expect(check.getByText(other.feedback)).toBeVisible();
    await expect(check.locator('details', { hasText: other.text })).toContainText('Think again');
  });
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

test('the help page puts the country chooser first for children, and international help for all', async ({
  page,
}) => {
  await page.goto('/en/help/');
  const children = page.locator('h2:has-text("If you are a child or young person")');
  await expect(children).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Find the number to call in your country' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'If you are 11 or older' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Take It Down (NCMEC)' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'INHOPE (International Association of Internet Hotlines)' }),
  ).toBeVisible();
  // Every contact says how we checked it: the page, the quote and the date.
  await page.locator('.evidence summary').first().click();
  await expect(page.locator('.evidence').first()).toContainText('The page says:');
  await expect(page.getByText(/Checked \w+ \d+, 20\d\d/).first()).toBeVisible();
  // The old wrong wording and the taskforce are gone.
  await expect(page.getByText('police reporting points')).toHaveCount(0);
  await expect(page.getByText('Virtual Global Taskforce')).toHaveCount(0);
});

test('lessons that send teenagers to take-down tools and hotlines show them', async ({ page }) => {
  for (const path of [
    '/en/lessons/photos-and-videos/11-13/',
    '/en/lessons/photos-and-videos/14-17/',
    '/en/lessons/things-we-see/14-17/',
    '/en/lessons/getting-help/14-17/',
  ]) {
    await page.goto(path);
    const help = page.locator('.teen-help');
    await expect(help.getByRole('heading', { name: 'Take It Down (NCMEC)' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'takeitdown.ncmec.org' })).toBeVisible();
    await expect(
      help.getByRole('link', { name: 'Your country’s hotline and child helpline' }),
    ).toHaveAttribute('href', '/en/help/');
  }
});

test('the sources page shows each document and the pages that draw on it', async ({ page }) => {
  await page.goto('/en/sources/');
  for (const seed of ['000', '002', '003', '004', 'crc-gc25']) {
    await expect(page.locator(`#seed-${seed}-title`)).toContainText(seed);
  }
  // A section the lesson cites lists the lesson (its teacher plan).
  const lesson = LESSON();
  const cited = lesson.sources.find((s) => s.seed === '003')!;
  const itu = page.locator('#seed-003');
  const row = itu.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: cited.section, exact: true }),
  });
  await expect(row.getByRole('link', { name: lesson.title })).toHaveAttribute(
    'href',
    '/en/teach/people-online/8-10/',
  );
  // The later document is listed like the seeds, with the AI lessons that cite it.
  await expect(page.locator('#seed-crc-gc25').getByRole('link', { name: /AI/ }).first()).toBeVisible();
});

test('every teacher plan, in every language, shows the one disclosure standard before its own lines', () => {
  const plans = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const path = join(dir, n);
      return statSync(path).isDirectory() ? plans(path) : n === 'index.html' ? [path] : [];
    });
  for (const { code } of LOCALES) {
    const text = stringsOf(code);
    const files = plans(join('dist', code, 'teach'));
    expect(files.length).toBeGreaterThanOrEqual(36);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const standard = /<ol class="disclosure-standard"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
      const steps = [...standard.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
      const expected = [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
        text(`teach.disclosure.step${n}`).replaceAll('&', '&amp;').replaceAll('"', '&quot;'),
      );
      expect(steps, file).toEqual(expected);
    }
  }
});
