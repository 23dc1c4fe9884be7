import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { groupTranslations, resolveLocalized } from '../../src/lib/fallback.ts';

describe('fallback', () => {
  const byLocale = new Map([
    ['en', 'English text'],
    ['fr', 'Texte français'],
  ]);
  it('shows the translation when there is one', () => {
    assert.deepEqual(resolveLocalized(byLocale, 'fr'), {
      entry: 'Texte français',
      lang: 'fr',
      fallback: false,
    });
  });
  it('falls back to English, saying so and keeping lang="en"', () => {
    assert.deepEqual(resolveLocalized(byLocale, 'ar'), { entry: 'English text', lang: 'en', fallback: true });
  });
  it('has nothing to show when there is no English source', () => {
    assert.equal(resolveLocalized(new Map([['fr', 'x']]), 'es'), undefined);
  });
});

describe('grouping translations', () => {
  const item = (key: string, locale: string, file: string) => ({ key, locale, file });
  it('groups by key and locale', () => {
    const groups = groupTranslations([item('a', 'en', 'a.mdx'), item('a', 'fr', 'fr/a.mdx')], (k) => k);
    assert.deepEqual([...groups.get('a')!.keys()], ['en', 'fr']);
  });
  it('refuses two files for the same lesson in one locale, naming both', () => {
    assert.throws(
      () =>
        groupTranslations(
          [
            item('balance/5-7', 'en', 'content/lessons/en/a.mdx'),
            item('balance/5-7', 'en', 'content/lessons/en/b.mdx'),
          ],
          (k) => `the lesson ${k}`,
        ),
      /Two files for the lesson balance\/5-7 in locale "en": content\/lessons\/en\/a\.mdx and content\/lessons\/en\/b\.mdx/,
    );
  });
  it('refuses a translation without an English source, naming the file', () => {
    assert.throws(
      () => groupTranslations([item('x', 'fr', 'content/lessons/fr/x.mdx')], (k) => k),
      /content\/lessons\/fr\/x\.mdx: no English source/,
    );
  });
});
