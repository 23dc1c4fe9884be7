/**
 * UI strings through i18next. Keys are typed from the English file, so `t('nav.hlep')`
 * fails the type check. A key missing in a locale falls back to English (and is listed
 * by `npm run i18n:check`).
 */
import i18next, { type TOptions } from 'i18next';
import type enStrings from '../../locales/en.json';
import { STRINGS_ATTRIBUTE, type BrowserKey, type StringsPayload } from './browser-strings.ts';
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
function pluralForms(code: string, key: PluralKey) {
  const categories: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
  return Object.fromEntries(
    categories.flatMap((c) => {
      const text = rawString(code, `${key}_${c}`);
      return text ? [[c, text]] : [];
    }),
  ) as Partial<Record<Intl.LDMLPluralRule, string>>;
}

/**
 * The strings a browser script needs, as the attribute it reads them from (see
 * browser-strings.ts): `<div {...browserStrings(locale, KEYS)}>`, where KEYS is the list the
 * script passes to `readStrings()`. Texts stay uninterpolated; plural keys bring every form.
 */
export function browserStrings(
  code: string,
  keys: readonly BrowserKey[],
): Record<typeof STRINGS_ATTRIBUTE, string> {
  const strings: StringsPayload['strings'] = {};
  for (const key of keys) {
    const text = rawString(code, key);
    if (text !== undefined) strings[key] = text;
    else if (rawString(code, `${key}_other`) !== undefined)
      strings[key] = pluralForms(code, key as PluralKey);
    else throw new Error(`browserStrings: locales/${SOURCE_LOCALE}.json has no "${key}"`);
  }
  const payload: StringsPayload = { lang: code, strings };
  return { [STRINGS_ATTRIBUTE]: JSON.stringify(payload) };
}
