/**
 * The site's locales, discovered at build time from locales/*.json (Vite reads the folder,
 * so a new file is a new locale with no code change). Parsed once, strictly: a file that
 * does not parse fails the build with its name.
 */
import { buildLocales, type LocaleInfo } from './locale-core.ts';

const files = import.meta.glob<string>('/locales/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const LOCALES: readonly LocaleInfo[] = buildLocales(
  Object.fromEntries(Object.entries(files).map(([path, raw]) => [path.slice(1), raw])),
);
export const LOCALE_CODES = LOCALES.map((l) => l.code);

export function getLocale(code: string): LocaleInfo {
  const locale = LOCALES.find((l) => l.code === code);
  if (!locale) throw new Error(`Unknown locale "${code}": there is no locales/${code}.json`);
  return locale;
}
