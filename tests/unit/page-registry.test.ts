/**
 * The page registry drives the site: every page type has its route file and every route
 * file is a page type; URLs, search filters and the offline list all follow from it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll as after, describe, it } from 'vitest';
import { brokenLinksInDist } from '../../src/integrations/link-check.ts';
import { offlinePages } from '../../src/integrations/offline.ts';
import {
  GUIDE_SECTIONS,
  PAGE_TYPES,
  pageAt,
  pagesOf,
  pathOf,
  searchTagsAt,
  type PageTypeId,
  type SiteIndex,
} from '../../src/lib/page-registry.ts';
import { AUDIENCES } from '../../src/lib/taxonomy.ts';

const LOCALES = ['en', 'fr', 'ar'];
const SITE: SiteIndex = {
  lessons: [
    { topic: 'balance', band: '5-7' },
    { topic: 'people-online', band: '14-17' },
  ],
  guides: [
    'parents/index',
    'parents/8-10',
    'parents/topics/balance',
    'teachers/index',
    'help/index',
    'privacy/index',
  ],
  countries: ['gb', 'ke'],
};

const temp: string[] = [];
after(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** A built site made of the given pages (path → HTML). */
function dist(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  temp.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

describe('route files', () => {
  const routesDir = 'src/pages/[locale]';
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? routeFiles(path) : path.endsWith('.astro') ? [path] : [];
    });

  it('each page type has its route file, which builds its pages from the registry', () => {
    for (const [type, { route }] of Object.entries(PAGE_TYPES)) {
      const file = route.startsWith('[...')
        ? join(routesDir, `${route}.astro`)
        : join(routesDir, route, 'index.astro');
      const source = readFileSync(file, 'utf8');
      assert.match(source, new RegExp(`staticPaths\\('${type}'`), `${file} must build '${type}' pages`);
    }
  });

  it('every route file under [locale]/ is a page type of the registry', () => {
    const expected = Object.values(PAGE_TYPES).map(({ route }) =>
      route.startsWith('[...') ? `${route}.astro` : join(route, 'index.astro'),
    );
    const found = routeFiles(routesDir).map((file) => relative(routesDir, file));
    assert.deepEqual(found.sort(), expected.sort());
  });
});

describe('pages and URLs', () => {
  it('lists every page of a locale once, from the content index', () => {
    const pages = pagesOf(SITE, 'fr');
    assert.equal(new Set(pages).size, pages.length);
    assert.deepEqual(pages.sort(), [
      '/fr/',
      '/fr/help/',
      '/fr/help/gb/',
      '/fr/help/ke/',
      '/fr/kids/11-13/',
      '/fr/kids/14-17/',
      '/fr/kids/5-7/',
      '/fr/kids/8-10/',
      '/fr/lessons/balance/5-7/',
      '/fr/lessons/people-online/14-17/',
      '/fr/offline/',
      '/fr/parents/',
      '/fr/parents/8-10/',
      '/fr/parents/topics/balance/',
      '/fr/privacy/',
      '/fr/search/',
      '/fr/sources/',
      '/fr/status/',
      '/fr/teach/balance/5-7/',
      '/fr/teach/people-online/14-17/',
      '/fr/teachers/',
    ]);
  });

  it('reads every page back to its type and parameters', () => {
    for (const type of Object.keys(PAGE_TYPES) as PageTypeId[]) {
      for (const params of PAGE_TYPES[type].pages(SITE)) {
        const path = pathOf(type, 'ar', params as never);
        assert.deepEqual(pageAt(path, LOCALES), { type, locale: 'ar', params }, path);
      }
    }
    assert.equal(pageAt('/xx/help/', LOCALES), undefined);
    assert.equal(pageAt('/', LOCALES), undefined);
  });
});

describe('search filters', () => {
  it('pages for everyone are found under every audience, with the help topic', () => {
    for (const path of ['/en/help/', '/en/help/gb/']) {
      const tags = searchTagsAt(path, LOCALES);
      assert.deepEqual([tags?.audience, tags?.band, tags?.topic], [AUDIENCES, undefined, 'getting-help']);
    }
    assert.deepEqual(searchTagsAt('/fr/privacy/', LOCALES)?.audience, AUDIENCES);
  });

  it('lessons, plans and guides carry their audience, band and topic', () => {
    assert.deepEqual(searchTagsAt('/en/lessons/balance/5-7/', LOCALES), {
      audience: ['children'],
      topic: 'balance',
      band: '5-7',
    });
    assert.deepEqual(searchTagsAt('/en/teach/balance/5-7/', LOCALES)?.audience, ['teachers']);
    assert.deepEqual(searchTagsAt('/en/parents/8-10/', LOCALES), {
      audience: ['parents'],
      band: '8-10',
      topic: undefined,
    });
    assert.deepEqual(searchTagsAt('/en/parents/topics/balance/', LOCALES)?.topic, 'balance');
    assert.deepEqual(searchTagsAt('/en/teachers/', LOCALES)?.audience, GUIDE_SECTIONS.teachers.audience);
  });

  it('pages that only lead elsewhere are not indexed', () => {
    for (const path of ['/en/', '/en/search/', '/en/status/', '/en/offline/', '/en/kids/5-7/']) {
      assert.equal(searchTagsAt(path, LOCALES), undefined, path);
    }
  });
});

describe('the offline list', () => {
  it('keeps the pages the registry says, and refuses a page outside it', () => {
    const pages = pagesOf(SITE, 'fr');
    const dir = dist(Object.fromEntries([...pages, ...pagesOf(SITE, 'en')].map((p) => [p, '<p>'])));
    const kept = pagesOf(SITE, 'fr').filter((path) => {
      const page = pageAt(path, LOCALES)!;
      return ['always', 'edition'].includes(PAGE_TYPES[page.type].offline);
    });
    assert.deepEqual(
      offlinePages(dir, LOCALES, 'fr'),
      kept.map((path) => `${path.slice(1)}index.html`).sort(),
    );
    mkdirSync(join(dir, 'fr/kids'), { recursive: true });
    writeFileSync(join(dir, 'fr/kids/index.html'), '<p>');
    assert.throws(() => offlinePages(dir, LOCALES, 'fr'), /\/fr\/kids\/ was built but is not a page type/);
  });
});

describe('the link check of the built site', () => {
  it('finds missing pages, missing anchors and unannounced changes of language', () => {
    const dir = dist({
      '/en/help/': '<h2 id="countries">Countries</h2><a href="/fr/help/" hreflang="fr">Français</a>',
      '/fr/help/': [
        '<a href="/fr/help/#countries">ok: no such id, but see below</a>',
        '<a href="/en/help/#countries" hreflang="en">ok</a>',
        '<a href="/en/help/">no hreflang</a>',
        '<a href="/fr/nowhere/">missing</a>',
        '<a href="/en/help/#nothing" hreflang="en">missing anchor</a>',
        '<a href="https://example.org/">external</a>',
      ].join(''),
    });
    assert.deepEqual(
      brokenLinksInDist(dir, LOCALES).map(({ page, link, why }) => `${page} ${link}: ${why}`),
      [
        '/fr/help/ /fr/help/#countries: no element with id "countries" on /fr/help/',
        '/fr/help/ /en/help/: leads to another language without hreflang="en"',
        '/fr/help/ /fr/nowhere/: no such page or file',
        '/fr/help/ /en/help/#nothing: no element with id "nothing" on /en/help/',
      ],
    );
  });
});
