/**
 * The one way translated strings reach the browser. A component puts the keys its script
 * needs on the script's element with `browserStrings()` (src/lib/i18n.ts): one `data-strings`
 * attribute holding the language and the uninterpolated text of each key (a plural key
 * brings every plural form of the language). The script reads them back with
 * `readStrings()`, which fills in `{{name}}` and picks the plural form with
 * Intl.PluralRules. Keys are typed from locales/en.json, like t(), and each script names its
 * keys once, in a list both ends use, so a key the script asks for is a key the page sends.
 *
 * This file runs in the browser: it imports types only, never i18next or the locale files.
 */
import type { PluralKey, UIKey } from './i18n.ts';

/** A key a script can ask for: a UI string, or the base of a plural one ("exit.press"). */
export type BrowserKey = UIKey | PluralKey;
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;
/** What `data-strings` holds. */
export interface StringsPayload {
  lang: string;
  strings: Partial<Record<BrowserKey, string | PluralForms>>;
}
type Values = Record<string, string | number>;

/** The attribute `browserStrings()` writes and `readStrings()` reads. */
export const STRINGS_ATTRIBUTE = 'data-strings';

export interface BrowserStrings<K extends BrowserKey> {
  /** The text of a key, with its `{{name}}` placeholders filled from `values`. */
  text(key: Exclude<K, PluralKey>, values?: Values): string;
  /** The plural form of a key for `count`, with `{{count}}` and other placeholders filled. */
  plural(key: Extract<K, PluralKey>, count: number, values?: Values): string;
}

const fill = (template: string, values: Values = {}) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/** The strings a component put on `element` for its script; `keys` is the list the component used. */
export function readStrings<const K extends BrowserKey>(
  element: Element,
  // Only for the type: the same list the component passed to browserStrings().
  _keys: readonly K[],
): BrowserStrings<K> {
  let payload: StringsPayload = { lang: '', strings: {} };
  try {
    payload = JSON.parse(element.getAttribute(STRINGS_ATTRIBUTE) ?? '') as StringsPayload;
  } catch {
    // No strings: every text is empty rather than the script failing.
  }
  const { strings } = payload;
  const rules = new Intl.PluralRules(payload.lang || undefined);
  return {
    text: (key, values) => {
      const value = strings[key];
      return typeof value === 'string' ? fill(value, values) : '';
    },
    plural: (key, count, values) => {
      const value = strings[key];
      const forms: PluralForms = typeof value === 'object' ? value : {};
      return fill(forms[rules.select(count)] ?? forms.other ?? '', { count, ...values });
    },
  };
}
