/**
 * Real `astro build`s of small copies of the site — the real code, a minimal set of real
 * content (tests/unit/minimal-site.ts) — for what only a build can show: the minimal copy
 * builds into the expected pages, Astro's schema check names the file and the field of a
 * broken lesson, and a new locale file alone gives a working edition. The rules checked
 * after the schemas (duplicates, links, the curriculum, the pages the site needs) are
 * tested without a build in tests/unit/site-data.test.ts.
 *
 * The builds run at the same time: each spends much of its time in one process.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { EXAMPLE, minimalContent } from './minimal-site.ts';

const root = process.cwd();
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A buildable copy of the site with the minimal content, plus `extra` files. */
function siteCopy(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  copies.push(dir);
  for (const item of ['src', 'locales', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  // The packages, linked one by one: Astro's and Vite's caches (node_modules/.astro, .vite)
  // stay the copy's own, so builds running together do not share a content store.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') {
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
    }
  }
  for (const [file, text] of Object.entries({ ...minimalContent(), ...extra })) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function build(dir: string): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build'],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) || 1 : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

const read = (dir: string, file: string) => readFileSync(join(dir, 'dist', file), 'utf8');

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The language a browser gives the element whose opening tag contains `marker`: the `lang`
 * of its closest element that has one. A small tag walk over Astro's own HTML, enough for
 * pages whose attribute values escape "<" and ">".
 */
function langAt(html: string, marker: string): string | undefined {
  const at = html.indexOf(marker);
  assert.notEqual(at, -1, `no ${marker} in the page`);
  const open: { name: string; lang: string | undefined }[] = [];
  const tags = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g;
  for (const match of html.matchAll(tags)) {
    if (match.index > at) break;
    const [, skipped, closing, name = '', attributes = ''] = match;
    if (skipped || !name) continue; // a comment, or a script or style with its content
    const tag = name.toLowerCase();
    if (closing) {
      const last = open.map((e) => e.name).lastIndexOf(tag);
      if (last !== -1) open.length = last;
    } else if (!VOID_ELEMENTS.has(tag) && !attributes.endsWith('/')) {
      open.push({ name: tag, lang: /\slang="([^"]*)"/.exec(attributes)?.[1] });
    }
  }
  return open.findLast((e) => e.lang !== undefined)?.lang;
}

/** English's strings under a new name, with the fallback notice written in Kiswahili. */
function swahili(): string {
  const en = JSON.parse(readFileSync('locales/en.json', 'utf8')) as Record<string, string>;
  return JSON.stringify({
    ...en,
    'locale.name': 'Kiswahili',
    'notice.untranslated': 'Ukurasa huu bado haujatafsiriwa kwa {{name}}. Unasoma toleo la Kiingereza.',
  });
}

/**
 * The minimal copy with one more file, locales/sw.json: built once for the two tests that
 * read it (a build of its own for each would double the time of the unit tests). It is
 * the baseline the broken copy below breaks; a new locale must not change that it builds.
 */
let minimalBuild: Promise<{ dir: string; status: number; output: string }> | undefined;
const minimalSite = () =>
  (minimalBuild ??= (async () => {
    const dir = siteCopy({ 'locales/sw.json': swahili() });
    return { dir, ...(await build(dir)) };
  })());

// A build takes ~15 s of one core alone, far longer on a busy machine; the two run together.
describe.concurrent('builds of the minimal site', { timeout: 300_000 }, () => {
  it('builds the minimal copy into its pages (the baseline the broken copy breaks)', async () => {
    const { dir, status, output } = await minimalSite();
    assert.equal(status, 0, output);
    for (const page of [
      'index.html',
      'en/index.html',
      'en/kids/8-10/index.html',
      'en/lessons/people-online/8-10/index.html',
      'en/teach/people-online/8-10/index.html',
      'fr/lessons/people-online/8-10/index.html',
      'en/parents/index.html',
      'en/teachers/safeguarding/index.html',
      'en/help/index.html',
      'en/sources/index.html',
    ]) {
      assert.ok(existsSync(join(dir, 'dist', page)), `dist/${page}`);
    }
    assert.match(read(dir, 'en/lessons/people-online/8-10/index.html'), /<h1[^>]*>People are not always/);
    // The contact's country gets its help page, with the number as a tel: link.
    assert.match(read(dir, 'en/help/gb/index.html'), /href="tel:\+448001111"/);
  });

  it('fails on a lesson with an unknown band, naming the file and the field', async () => {
    const broken = EXAMPLE.replace('band: 8-10', 'band: 9-12').replace(
      'topic: people-online',
      'topic: balance',
    );
    const { status, output } = await build(siteCopy({ 'content/lessons/en/broken-band.mdx': broken }));
    assert.notEqual(status, 0);
    assert.match(output, /content\/lessons\/en\/broken-band\.mdx/);
    assert.match(output, /band "9-12" is not one of: 5-7, 8-10, 11-13, 14-17/);
  });

  it('builds a whole edition from locales/sw.json alone: fallback pages, direction, search index', async () => {
    const { dir, status, output } = await minimalSite();
    assert.equal(status, 0, output);
    // Every page of the new edition is untranslated, so this is where the site's fallback is
    // checked as a reader meets it (the real site is fully translated, so the browser tests
    // have no untranslated page to open): a notice in the reader's language, then the
    // English text marked as English, left to right.
    for (const file of [
      'sw/lessons/people-online/8-10/index.html',
      'sw/teach/people-online/8-10/index.html',
      'sw/parents/index.html',
    ]) {
      const page = read(dir, file);
      assert.match(page, /<html lang="sw" dir="ltr">/, file);
      assert.match(
        page,
        /<p[^>]* role="note"[^>]*>Ukurasa huu bado haujatafsiriwa kwa Kiswahili\. Unasoma toleo la Kiingereza\.<\/p>/,
        file,
      );
      assert.equal(langAt(page, 'role="note"'), 'sw', `${file}: the notice is read as Kiswahili`);
      assert.match(page.slice(page.indexOf('role="note"')), /<article[^>]* lang="en" dir="ltr"/, file);
      assert.equal(langAt(page, '<h1'), 'en', `${file}: the English title is read as English`);
    }
    // A translated page has no notice: the English edition of the same lesson.
    assert.doesNotMatch(read(dir, 'en/lessons/people-online/8-10/index.html'), /role="note"/);
    assert.ok(existsSync(join(dir, 'dist/sw/help/index.html')));
    assert.ok(existsSync(join(dir, 'dist/sw/search/index.html')));
    // The English pages link to the new edition.
    assert.match(read(dir, 'en/index.html'), /href="\/sw\/"[^>]*>\s*Kiswahili\s*</);
    // Pagefind made an index for the new language.
    const entry = JSON.parse(read(dir, 'pagefind/pagefind-entry.json')) as {
      languages: Record<string, unknown>;
    };
    assert.ok('sw' in entry.languages, `languages: ${Object.keys(entry.languages).join(', ')}`);
  });
});
