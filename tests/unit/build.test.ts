/**
 * Builds of small copies of the site — the real code, a minimal set of real content.
 * Bad input must fail the build with a message naming the file (and the field); a new
 * locale file alone must give a working edition of the site.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SEED_IDS } from '../../src/lib/taxonomy.ts';

const root = process.cwd();
const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A frozen lesson (people-online, 8-10), so these tests do not move with the curriculum. */
const EXAMPLE = readFileSync('tests/fixtures/lesson-people-online-8-10.mdx', 'utf8');
const CHILDLINE = readFileSync('content/contacts/gb/childline.yaml', 'utf8');
const guide = (title: string) =>
  `---\ntitle: ${title}\nsummary: A page.\nsources:\n  - seed: '003'\n    section: A National Checklist › 4\nlastReviewed: 2026-11-22\n---\n\nText.\n`;

/** A buildable copy of the site with minimal content, plus `extra` files. */
function siteCopy(extra: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  copies.push(dir);
  for (const item of ['src', 'locales', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const files: Record<string, string> = {
    'content/lessons/en/people-online-8-10.mdx': EXAMPLE,
    'content/guides/en/parents/index.mdx': guide('Parents'),
    'content/guides/en/teachers/index.mdx': guide('Teachers'),
    'content/guides/en/teachers/safeguarding.mdx': guide('Safeguarding'),
    'content/guides/en/help/index.mdx': guide('Get help'),
    'content/guides/en/privacy/index.mdx': guide('Privacy'),
    'content/contacts/gb/childline.yaml': CHILDLINE,
    ...Object.fromEntries(
      SEED_IDS.map((seed) => [
        `content/sources/en/${seed}.mdx`,
        `---\nseed: '${seed}'\ntitle: Document ${seed}\nissuedBy: United Nations\ndate: '2009'\nlastReviewed: 2026-11-22\n---\n\nAbout it.\n`,
      ]),
    ),
    ...extra,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function build(dir: string) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build refuses bad content', { concurrency: 1, timeout: 300_000 }, () => {
  it('builds the minimal copy (the baseline the other cases break)', () => {
    const dir = siteCopy({});
    const { status, output } = build(dir);
    assert.equal(status, 0, output);
    // The contact's country gets its help page, with the number as a tel: link.
    const gb = readFileSync(join(dir, 'dist/en/help/gb/index.html'), 'utf8');
    assert.match(gb, /href="tel:\+448001111"/);
  });

  it('fails on a lesson with an unknown band, naming the file and the field', () => {
    const broken = EXAMPLE.replace('band: 8-10', 'band: 9-12').replace(
      'topic: people-online',
      'topic: balance',
    );
    const { status, output } = build(siteCopy({ 'content/lessons/en/broken-band.mdx': broken }));
    assert.notEqual(status, 0);
    assert.match(output, /content\/lessons\/en\/broken-band\.mdx/);
    assert.match(output, /band "9-12" is not one of: 5-7, 8-10, 11-13, 14-17/);
  });

  it('fails on a lesson without sources, naming the file and the field', () => {
    const broken = EXAMPLE.replace(/^sources:\n(?: {2}.*\n)+/m, '').replace(
      'topic: people-online',
      'topic: balance',
    );
    const { status, output } = build(siteCopy({ 'content/lessons/en/no-sources.mdx': broken }));
    assert.notEqual(status, 0);
    assert.match(output, /content\/lessons\/en\/no-sources\.mdx/);
    assert.match(output, /sources is required/);
  });

  it('fails on two lessons for the same topic, band and locale, naming both files', () => {
    const { status, output } = build(siteCopy({ 'content/lessons/en/copy.mdx': EXAMPLE }));
    assert.notEqual(status, 0);
    assert.match(output, /Two files for the lesson people-online, band 8-10 in locale "en"/);
    assert.match(output, /content\/lessons\/en\/copy\.mdx/);
  });

  it('fails on a link to a page that does not exist, naming the file and the link', () => {
    const broken = `${EXAMPLE.replace('topic: people-online', 'topic: balance')}\nSee [this](/en/no-such-page/).\n`;
    const { status, output } = build(siteCopy({ 'content/lessons/en/bad-link.mdx': broken }));
    assert.notEqual(status, 0);
    assert.match(output, /content\/lessons\/en\/bad-link\.mdx: \/en\/no-such-page\//);
  });

  it('fails on lessons that break the curriculum rules, naming the band or file and the rule', () => {
    // Four lessons of one band whose checks all put the best choice last, longest and the
    // only one naming an adult; a French translation that moves the best choice and
    // carries a statistic.
    const asTopic = (topic: string) => EXAMPLE.replace('topic: people-online', `topic: ${topic}`);
    const french =
      EXAMPLE.replace('      best: true\n', '').replace(
        '    - text: Move to the other app',
        '      best: true\n    - text: Move to the other app',
      ) + '\nUn enfant sur cinq joue en ligne.\n';
    const { status, output } = build(
      siteCopy({
        'content/lessons/en/balance-8-10.mdx': asTopic('balance'),
        'content/lessons/en/my-information-8-10.mdx': asTopic('my-information'),
        'content/lessons/en/scams-and-money-8-10.mdx': asTopic('scams-and-money'),
        'content/lessons/fr/people-online-8-10.mdx': french,
      }),
    );
    assert.notEqual(status, 0);
    assert.match(
      output,
      /band 8-10: check: the best choice is the strictly longest in 4 checks \(at most 2\)/,
    );
    assert.match(output, /band 8-10: check: the best choice is never in position 1/);
    assert.match(
      output,
      /band 8-10: check: the best choice is the only one mentioning an adult in 4 of 4 checks/,
    );
    assert.match(
      output,
      /content\/lessons\/fr\/people-online-8-10\.mdx: check\.choices: the best choice is number 1, but in the English \(content\/lessons\/en\/people-online-8-10\.mdx\) it is number 3/,
    );
    assert.match(
      output,
      /content\/lessons\/fr\/people-online-8-10\.mdx: child page has a statistic: “Un enfant sur cinq joue en ligne\.”/,
    );
  });

  it('fails on a help contact whose evidence does not contain its number, naming the file and the field', () => {
    const wrong = CHILDLINE.replace('number: "0800 1111"', 'number: "0800 1112"').replace(
      'e164: "+448001111"',
      'e164: "+448001112"',
    );
    const { status, output } = build(siteCopy({ 'content/contacts/gb/childline.yaml': wrong }));
    assert.notEqual(status, 0);
    assert.match(output, /contacts → gb\/childline/);
    assert.match(output, /phones\.0\.number: 0800 1112: no evidence quote contains these digits/);
  });

  it('fails on a locale file that does not parse, naming the file', () => {
    const dir = siteCopy({});
    writeFileSync(join(dir, 'locales/xx.json'), '{ "locale.name": "Broken", ');
    const { status, output } = build(dir);
    assert.notEqual(status, 0);
    assert.match(output, /locales\/xx\.json: is not valid JSON/);
  });
});

describe('a new language is a new locale file', { timeout: 300_000 }, () => {
  it('builds a whole edition from locales/sw.json alone: fallback pages, direction, search index', () => {
    const dir = siteCopy({});
    const en = JSON.parse(readFileSync('locales/en.json', 'utf8')) as Record<string, string>;
    const sw = {
      ...en,
      'locale.name': 'Kiswahili',
      'notice.untranslated': 'Ukurasa huu bado haujatafsiriwa kwa {{name}}. Unasoma toleo la Kiingereza.',
    };
    writeFileSync(join(dir, 'locales/sw.json'), JSON.stringify(sw));
    const { status, output } = build(dir);
    assert.equal(status, 0, output);
    const page = readFileSync(join(dir, 'dist/sw/lessons/people-online/8-10/index.html'), 'utf8');
    assert.match(page, /<html lang="sw" dir="ltr">/);
    assert.match(page, /Ukurasa huu bado haujatafsiriwa kwa Kiswahili/);
    assert.match(page, /<article[^>]* lang="en" dir="ltr"/);
    assert.ok(existsSync(join(dir, 'dist/sw/help/index.html')));
    assert.ok(existsSync(join(dir, 'dist/sw/search/index.html')));
    // The English pages link to the new edition.
    assert.match(
      readFileSync(join(dir, 'dist/en/index.html'), 'utf8'),
      /href="\/sw\/"[^>]*>\s*Kiswahili\s*</,
    );
    // Pagefind made an index for the new language.
    const entry = JSON.parse(readFileSync(join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    assert.ok('sw' in entry.languages, `languages: ${Object.keys(entry.languages).join(', ')}`);
  });
});
