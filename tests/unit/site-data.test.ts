/**
 * The rules `loadSite()` enforces across content files — one file per lesson per locale,
 * an English source for every translation, the pages the site needs, internal links that
 * lead to real pages, the curriculum's rules — checked without a build: `astro:content`
 * is replaced by the minimal site's files (tests/unit/minimal-site.ts), parsed by the
 * real schemas. What only a build can show is in tests/unit/build.test.ts.
 *
 * These tests hold to what a writer sees (loadSite() refuses, naming the file and the
 * problem), not to how site-data.ts is put together inside.
 */
import assert from 'node:assert/strict';
import { matchesGlob } from 'node:path';
import { afterEach, describe, it, vi } from 'vitest';
import { contactSchema, guideSchema, lessonSchema, sourceDocSchema } from '../../src/content/schemas.ts';
import { CHILDLINE, EXAMPLE, asTopic, collectionsOf, minimalContent, type Entry } from './minimal-site.ts';

interface GlobOptions {
  base: string;
  pattern: string;
  generateId: (options: { entry: string }) => string;
}

const content = vi.hoisted(() => ({ collections: {} as Record<string, Entry[]> }));
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => content.collections[name] ?? [],
  defineCollection: (collection: unknown) => collection,
}));
vi.mock('astro/loaders', () => ({ glob: (options: unknown) => ({ glob: options }) }));

/** `loadSite()` of a fresh site-data module (it keeps its result) over the minimal site plus `extra`. */
async function loadSite(extra: Record<string, string | null> = {}) {
  content.collections = collectionsOf(minimalContent(extra));
  vi.resetModules();
  const siteData = await import('../../src/lib/site-data.ts');
  return siteData.loadSite();
}

/** The error `loadSite()` rejects with. */
async function refusal(extra: Record<string, string | null>): Promise<string> {
  const error: unknown = await loadSite(extra).then(
    () => assert.fail('expected loadSite() to refuse the content'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Error, String(error));
  return error.message;
}

afterEach(() => vi.restoreAllMocks());

describe('the stand-in collections', () => {
  it('are what src/content.config.ts loads: the same folders, ids and schemas', async () => {
    const { collections } = (await import('../../src/content.config.ts')) as unknown as {
      collections: Record<string, { loader: { glob: GlobOptions }; schema: unknown }>;
    };
    const schemas = {
      lessons: lessonSchema,
      guides: guideSchema,
      sources: sourceDocSchema,
      contacts: contactSchema,
    };
    assert.deepEqual(Object.keys(collections).sort(), Object.keys(schemas).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      const { loader } = collections[name]!;
      assert.equal(collections[name]!.schema, schema, name);
      assert.equal(loader.glob.base, `./content/${name}`);
      const entries = collectionsOf(minimalContent())[name as keyof typeof schemas];
      assert.ok(entries.length > 0, name);
      for (const entry of entries) {
        const file = entry.filePath.slice(`content/${name}/`.length);
        assert.ok(matchesGlob(file, loader.glob.pattern), `${file} ~ ${loader.glob.pattern}`);
        assert.equal(loader.glob.generateId({ entry: file }), entry.id);
      }
    }
  });
});

describe('the minimal site', () => {
  it('loads: its lesson, the guides the site needs, every seed document, the help contact', async () => {
    const site = await loadSite();
    assert.deepEqual([...site.lessons.keys()], ['people-online/8-10']);
    assert.deepEqual(
      [...site.lessons.get('people-online/8-10')!.values()].map((l) => [l.locale, l.file]),
      [['en', 'content/lessons/en/people-online-8-10.mdx']],
    );
    assert.deepEqual([...site.guides.keys()].sort(), [
      'help/index',
      'parents/index',
      'privacy/index',
      'teachers/index',
      'teachers/safeguarding',
    ]);
    assert.deepEqual([...site.sources.keys()].sort(), ['000', '002', '003', '004', 'crc-gc25'].sort());
    assert.deepEqual(
      site.contacts.map((c) => [c.id, c.file]),
      [['gb/childline', 'content/contacts/gb/childline.yaml']],
    );
    assert.deepEqual(site.countries, ['GB']);
  });

  it('accepts links to the pages it has, in any language', async () => {
    const linked = `${asTopic('balance')}\nSee [help](/en/help/gb/), [the lesson](/fr/lessons/people-online/8-10/#check), [plans](/ar/teach/people-online/8-10/) and [the logo](/favicon.svg).\n`;
    const site = await loadSite({ 'content/lessons/en/balance-8-10.mdx': linked });
    assert.deepEqual([...site.lessons.keys()].sort(), ['balance/8-10', 'people-online/8-10']);
  });
});

describe('loadSite() refuses content that breaks the rules across files', () => {
  it('two lessons for the same topic, band and locale, naming both files', async () => {
    const message = await refusal({ 'content/lessons/en/copy.mdx': EXAMPLE });
    assert.match(message, /Two files for the lesson people-online, band 8-10 in locale "en"/);
    assert.match(message, /content\/lessons\/en\/people-online-8-10\.mdx/);
    assert.match(message, /content\/lessons\/en\/copy\.mdx/);
  });

  it('a link to a page that does not exist, naming the file and the link', async () => {
    const broken = `${asTopic('balance')}\nSee [this](/en/no-such-page/).\n`;
    const message = await refusal({ 'content/lessons/en/balance-8-10.mdx': broken });
    assert.match(message, /^Links to pages that do not exist:/);
    assert.match(message, /content\/lessons\/en\/balance-8-10\.mdx: \/en\/no-such-page\//);
  });

  it('a guide linking to a country without a help page, or a locale the site does not have', async () => {
    const broken = guideWith('See [France](/en/help/fr/) and [Deutsch](/de/parents/).');
    const message = await refusal({ 'content/guides/en/parents/links.mdx': broken });
    assert.match(message, /content\/guides\/en\/parents\/links\.mdx: \/en\/help\/fr\//);
    assert.match(message, /content\/guides\/en\/parents\/links\.mdx: \/de\/parents\//);
  });

  it('lessons that break the curriculum rules, naming the band or file and the rule', async () => {
    // Four lessons of one band whose checks all put the best choice last, longest and the
    // only one naming an adult; a French translation that moves the best choice and
    // carries a statistic.
    const french =
      EXAMPLE.replace('      best: true\n', '').replace(
        '    - text: Move to the other app',
        '      best: true\n    - text: Move to the other app',
      ) + '\nUn enfant sur cinq joue en ligne.\n';
    const message = await refusal({
      'content/lessons/en/balance-8-10.mdx': asTopic('balance'),
      'content/lessons/en/my-information-8-10.mdx': asTopic('my-information'),
      'content/lessons/en/scams-and-money-8-10.mdx': asTopic('scams-and-money'),
      'content/lessons/fr/people-online-8-10.mdx': french,
    });
    assert.match(message, /^Content breaks the curriculum's rules:/);
    assert.match(
      message,
      /band 8-10: check: the best choice is the strictly longest in 4 checks \(at most 2\)/,
    );
    assert.match(message, /band 8-10: check: the best choice is never in position 1/);
    assert.match(
      message,
      /band 8-10: check: the best choice is the only one mentioning an adult in 4 of 4 checks/,
    );
    assert.match(
      message,
      /content\/lessons\/fr\/people-online-8-10\.mdx: check\.choices: the best choice is number 1, but in the English \(content\/lessons\/en\/people-online-8-10\.mdx\) it is number 3/,
    );
    assert.match(
      message,
      /content\/lessons\/fr\/people-online-8-10\.mdx: child page has a statistic: “Un enfant sur cinq joue en ligne\.”/,
    );
  });

  it('a translated lesson or guide without its English source, naming the file', async () => {
    assert.match(
      await refusal({ 'content/lessons/fr/balance-8-10.mdx': asTopic('balance') }),
      /^content\/lessons\/fr\/balance-8-10\.mdx: no English source for the lesson balance, band 8-10; write the English page first/,
    );
    assert.match(
      await refusal({ 'content/guides/ar/parents/set-up.mdx': guideWith('نص.') }),
      /^content\/guides\/ar\/parents\/set-up\.mdx: no English source for the guide parents\/set-up/,
    );
  });

  it('content outside a locale folder, naming the file and the locales', async () => {
    assert.match(
      await refusal({ 'content/lessons/sw/balance-8-10.mdx': asTopic('balance') }),
      /^content\/lessons\/sw\/balance-8-10\.mdx: content must live under a locale folder \(en, .*\); "sw" has no locales\/sw\.json/,
    );
  });

  for (const required of ['parents/index', 'teachers/index', 'help/index', 'privacy/index']) {
    it(`a site without content/guides/en/${required}.mdx`, async () => {
      const message = await refusal({ [`content/guides/en/${required}.mdx`]: null });
      assert.equal(message, `content/guides/en/${required}.mdx is missing: the site needs this page`);
    });
  }

  it('a site without the page of a seed document, naming the seed', async () => {
    const message = await refusal({ 'content/sources/en/002.mdx': null, 'content/sources/en/004.mdx': null });
    assert.equal(message, 'content/sources/en/: no page for seed document(s) 002, 004');
  });
});

describe('help contacts', () => {
  it('warn, naming the file and the field, when evidence is over a year old', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const old = new Date(Date.now() - 400 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const site = await loadSite({
      'content/contacts/gb/childline.yaml': CHILDLINE.replaceAll('checked: 2026-12-02', `checked: ${old}`),
    });
    assert.deepEqual(site.countries, ['GB']);
    assert.deepEqual(
      warn.mock.calls.map((args) => String(args[0])),
      [
        'warning: content/contacts/gb/childline.yaml: evidence.0.checked: more than 12 months old: please re-check https://www.nspcc.org.uk/what-is-child-abuse/',
        'warning: content/contacts/gb/childline.yaml: evidence.1.checked: more than 12 months old: please re-check https://learning.nspcc.org.uk/research-resources/statistics-briefings/childline-nspcc-helpline-statistics',
      ],
    );
  });
});

/** A guide whose body is `text`. */
function guideWith(text: string): string {
  return `---\ntitle: A guide\nsummary: A page.\nsources:\n  - seed: '003'\n    section: A National Checklist › 4\nlastReviewed: 2026-11-22\n---\n\n${text}\n`;
}
