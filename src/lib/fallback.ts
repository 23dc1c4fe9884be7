/**
 * Translations and fallback. Content is grouped by what it is (a lesson's topic/band, a
 * guide's path) and then by locale; a page in a locale without its own translation shows
 * the English source with a notice.
 */
import { SOURCE_LOCALE } from './locale-core.ts';

export interface Localized<T> {
  entry: T;
  /** Language of the text actually shown. */
  lang: string;
  /** True when the reader's locale has no translation and the source is shown instead. */
  fallback: boolean;
}

/** The entry to show for `locale`: its own translation, else the source locale's. */
export function resolveLocalized<T>(
  byLocale: ReadonlyMap<string, T>,
  locale: string,
): Localized<T> | undefined {
  const own = byLocale.get(locale);
  if (own) return { entry: own, lang: locale, fallback: false };
  const source = byLocale.get(SOURCE_LOCALE);
  return source ? { entry: source, lang: SOURCE_LOCALE, fallback: true } : undefined;
}

/** One page's files by locale, with its English source, which every page has. */
export interface Translations<T> extends ReadonlyMap<string, T> {
  readonly source: T;
}

export interface Keyed {
  key: string;
  locale: string;
  file: string;
}

/**
 * Group entries by key, then locale. Fails — naming both files — when two entries claim
 * the same key in one locale, and — naming the file — when a translation has no source.
 */
export function groupTranslations<T extends Keyed>(
  entries: readonly T[],
  describe: (key: string) => string,
): Map<string, Translations<T>> {
  const groups = new Map<string, Map<string, T>>();
  for (const entry of entries) {
    let byLocale = groups.get(entry.key);
    if (!byLocale) groups.set(entry.key, (byLocale = new Map()));
    const existing = byLocale.get(entry.locale);
    if (existing) {
      throw new Error(
        `Two files for ${describe(entry.key)} in locale "${entry.locale}": ${existing.file} and ${entry.file}. Keep one.`,
      );
    }
    byLocale.set(entry.locale, entry);
  }
  const translations = new Map<string, Translations<T>>();
  for (const [key, byLocale] of groups) {
    const source = byLocale.get(SOURCE_LOCALE);
    if (!source) {
      const files = [...byLocale.values()].map((e) => e.file).join(', ');
      throw new Error(`${files}: no English source for ${describe(key)}; write the English page first`);
    }
    translations.set(key, Object.assign(byLocale, { source }));
  }
  return translations;
}
