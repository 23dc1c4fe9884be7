/**
 * UI strings through i18next. Keys are typed from the English file, so `t('nav.hlep')`
 * fails the type check. A key missing in a locale falls back to English (and is listed
 * by `npm run i18n:check`).
 */
import i18next, { type TOptions } from 'i18next';
import type enStrings from '../../locales/en.json';
import { SOURCE_LOCALE } from './locale-core.ts';
import { getLocale } from './locales.ts';

export type UIKey = keyof typeof enStrings;
/** Base of keys that have plural forms: "search.count" for "search.count_one"/"_other". */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
export type PluralKey = PluralBase<UIKey>;
export type Translate = (key: UIKey, options?: TOptions) => string;

const cache = new Map<string, Translate>();

/** The translate function for a locale (created once per locale). */
export function useTranslations(code: string): Translate {
  const cached = cache.get(code);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: code,
    fallbackLng: SOURCE_LOCALE,
    resources: {
      [SOURCE_LOCALE]: { translation: getLocale(SOURCE_LOCALE).strings },
      [code]: { translation: getLocale(code).strings },
    },
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    // Astro escapes everything it renders.
    interpolation: { escapeValue: false },
  });
  const t: Translate = (key, options) => instance.t(key, options ?? {});
  cache.set(code, t);
  return t;
}

/**
 * The uninterpolated text of a key (English if the locale lacks it), for strings that the
 * browser fills in, such as the search page's "{{count}} results for “{{query}}”".
 */
export function rawString(code: string, key: string): string | undefined {
  return getLocale(code).strings[key] ?? getLocale(SOURCE_LOCALE).strings[key];
}

/** Plural forms of a key (`key_one`, `key_other`, …) for the browser's Intl.PluralRules. */
export function pluralForms(code: string, key: PluralKey) {
  const categories: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
  return Object.fromEntries(
    categories.flatMap((c) => {
      const text = rawString(code, `${key}_${c}`);
      return text ? [[c, text]] : [];
    }),
  ) as Partial<Record<Intl.LDMLPluralRule, string>>;
}

/** A counted string for a known count, in the locale's plural form: plural('ar', 'exit.press', 2). */
export function plural(code: string, key: PluralKey, count: number): string {
  const forms = pluralForms(code, key);
  const text = forms[new Intl.PluralRules(code).select(count)] ?? forms.other ?? '';
  return text.replaceAll('{{count}}', String(count));
}
