/**
 * Locale files: locales/{code}.json, one flat i18next resource per language. The set of
 * locales is whatever files are in locales/ — adding a language is adding its file.
 * This module is pure (no file system, no Vite) so the build, the scripts and the unit
 * tests share it.
 */

type Direction = 'ltr' | 'rtl';

export interface LocaleInfo {
  /** BCP 47 code, from the file name: "en", "fr", "ar", "pt-BR". */
  code: string;
  /** The language's name in itself, from "locale.name": "Français". */
  name: string;
  /** Writing direction, from "locale.dir". */
  dir: Direction;
  /** Every UI string of the locale, flat dotted keys. */
  strings: Record<string, string>;
}

/** The source locale: complete by definition, and the fallback for everything. */
export const SOURCE_LOCALE = 'en';

class LocaleFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'LocaleFileError';
  }
}

const CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

/** The locale code a file stands for, or an error naming the file. */
function localeCodeFromFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  const code = base.replace(/\.json$/, '');
  if (!CODE.test(code)) {
    throw new LocaleFileError(file, `"${code}" is not a language code like en, fr, pt-BR`);
  }
  return code;
}

/** Parse one locale file strictly: valid JSON, an object of strings, with name and dir. */
export function parseLocaleFile(file: string, raw: string): LocaleInfo {
  const code = localeCodeFromFile(file);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new LocaleFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LocaleFileError(file, 'must be a JSON object of "key": "text" pairs');
  }
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') {
      throw new LocaleFileError(file, `key "${key}" must be text, found ${JSON.stringify(value)}`);
    }
    if (value.trim() === '') throw new LocaleFileError(file, `key "${key}" is empty`);
    strings[key] = value;
  }
  const name = strings['locale.name'];
  if (!name) throw new LocaleFileError(file, 'key "locale.name" (the language\'s own name) is missing');
  const dir = strings['locale.dir'];
  if (dir !== 'ltr' && dir !== 'rtl') {
    throw new LocaleFileError(file, `key "locale.dir" must be "ltr" or "rtl", found ${JSON.stringify(dir)}`);
  }
  return { code, name, dir, strings };
}

/** Build the locale list from files: source locale first, then by code. */
export function buildLocales(files: Record<string, string>): LocaleInfo[] {
  const locales = Object.entries(files).map(([file, raw]) => parseLocaleFile(file, raw));
  if (!locales.some((l) => l.code === SOURCE_LOCALE)) {
    throw new LocaleFileError(`locales/${SOURCE_LOCALE}.json`, 'the source locale file is missing');
  }
  return locales.sort((a, b) =>
    a.code === SOURCE_LOCALE ? -1 : b.code === SOURCE_LOCALE ? 1 : a.code.localeCompare(b.code),
  );
}

export interface KeyReport {
  code: string;
  /** Keys the source has and this locale lacks (shown in English until translated). */
  missing: string[];
  /** Keys this locale has and the source does not (never used). */
  extra: string[];
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/**
 * The key a string counts under: plural forms (`x_one`, `x_few`, …) count as their group
 * `x_*`, because each language has its own set of plural forms (English: one, other;
 * Arabic: zero, one, two, few, many, other).
 */
const keyGroup = (key: string) => key.replace(PLURAL, '$1_*');

/** Missing and extra keys of each locale against the source locale. */
export function compareKeys(locales: LocaleInfo[]): KeyReport[] {
  const source = locales.find((l) => l.code === SOURCE_LOCALE);
  if (!source) throw new Error('no source locale');
  const sourceGroups = new Set(Object.keys(source.strings).map(keyGroup));
  return locales
    .filter((l) => l.code !== SOURCE_LOCALE)
    .map((l) => {
      const groups = new Set(Object.keys(l.strings).map(keyGroup));
      return {
        code: l.code,
        missing: [...sourceGroups].filter((g) => !groups.has(g)),
        extra: [...groups].filter((g) => !sourceGroups.has(g)),
      };
    });
}
