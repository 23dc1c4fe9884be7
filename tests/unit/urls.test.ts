import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { placeGuide } from '../../src/lib/page-registry.ts';
import { brokenLinks, internalLinks } from '../../src/lib/links.ts';
import { localeOfPath, switchLocalePath, urls } from '../../src/lib/urls.ts';

const LOCALES = ['en', 'fr', 'ar'];

describe('urls', () => {
  it('builds the public URL contract', () => {
    assert.equal(urls.home('fr'), '/fr/');
    assert.equal(urls.bandHub('en', '8-10'), '/en/kids/8-10/');
    assert.equal(urls.lesson('ar', 'balance', '5-7'), '/ar/lessons/balance/5-7/');
    assert.equal(urls.teach('en', 'balance', '5-7'), '/en/teach/balance/5-7/');
    assert.equal(urls.guide('en', 'parents/index'), '/en/parents/');
    assert.equal(urls.guide('en', 'parents/topics/balance'), '/en/parents/topics/balance/');
    assert.equal(urls.guide('en', 'help/index'), '/en/help/');
    assert.equal(urls.search('en', 'mot de passe'), '/en/search/?q=mot%20de%20passe');
  });

  it('switches language and keeps the page', () => {
    assert.equal(switchLocalePath('/en/lessons/balance/5-7/', 'ar', LOCALES), '/ar/lessons/balance/5-7/');
    assert.equal(switchLocalePath('/fr/', 'en', LOCALES), '/en/');
    assert.equal(switchLocalePath('/', 'fr', LOCALES), '/fr/');
  });

  it('finds the locale of a path', () => {
    assert.equal(localeOfPath('/ar/help/', LOCALES), 'ar');
    assert.equal(localeOfPath('/xx/help/', LOCALES), undefined);
  });
});

describe('guide places', () => {
  it('reads what a guide is from its path', () => {
    assert.deepEqual(placeGuide('parents/index', 'f'), { section: 'parents', kind: 'index' });
    assert.deepEqual(placeGuide('parents/8-10', 'f'), { section: 'parents', kind: 'band', band: '8-10' });
    assert.deepEqual(placeGuide('parents/topics/balance', 'f'), {
      section: 'parents',
      kind: 'topic',
      topic: 'balance',
    });
    assert.deepEqual(placeGuide('teachers/safeguarding', 'f'), {
      section: 'teachers',
      kind: 'page',
      slug: 'safeguarding',
    });
  });
  it('names the file when a path is wrong', () => {
    assert.throws(
      () => placeGuide('parents/topics/robots', 'content/guides/en/parents/topics/robots.mdx'),
      /robots\.mdx: "robots" is not a topic/,
    );
    assert.throws(() => placeGuide('parents/6-9', 'g.mdx'), /g\.mdx: "6-9" looks like an age band/);
    assert.throws(() => placeGuide('kids/x', 'k.mdx'), /k\.mdx: guides live in parents\//);
  });
});

describe('internal links', () => {
  it('finds Markdown and HTML links, without fragments', () => {
    assert.deepEqual(
      internalLinks('See [help](/en/help/#top) or <a href="/en/sources/">x</a> and [web](https://x.org/).'),
      ['/en/help/', '/en/sources/'],
    );
  });
  it('reports links to pages that do not exist, with the file', () => {
    const pages = new Set(['/en/help/']);
    assert.deepEqual(brokenLinks([{ file: 'a.mdx', body: '[a](/en/help) [b](/en/nowhere/)' }], pages), [
      { file: 'a.mdx', link: '/en/nowhere/' },
    ]);
  });
});
