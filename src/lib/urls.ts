/**
 * Every URL the site has is made here. URLs are a public contract (people bookmark and
 * print them): all end in a slash, and the locale is always the first segment.
 */
import { guideParam, pathOf } from './page-registry.ts';
import type { Band, Topic } from './taxonomy.ts';

export const urls = {
  languagePicker: () => '/',
  home: (locale: string) => pathOf('home', locale, {}),
  bandHub: (locale: string, band: Band) => pathOf('bandHub', locale, { band }),
  lesson: (locale: string, topic: Topic, band: Band) => pathOf('lesson', locale, { topic, band }),
  teach: (locale: string, topic: Topic, band: Band) => pathOf('teach', locale, { topic, band }),
  /** A guide by its path under content/guides/{locale}/, e.g. "parents/topics/balance". */
  guide: (locale: string, path: string) => pathOf('guide', locale, { guide: guideParam(path) }),
  parents: (locale: string) => urls.guide(locale, 'parents/index'),
  teachers: (locale: string) => urls.guide(locale, 'teachers/index'),
  help: (locale: string) => urls.guide(locale, 'help/index'),
  /** The help page of one country, by its lower-case ISO code: /en/help/fr/. */
  helpCountry: (locale: string, country: string) => pathOf('helpCountry', locale, { country }),
  /** The country list on the help page. */
  helpCountries: (locale: string) => `${urls.help(locale)}#countries`,
  privacy: (locale: string) => urls.guide(locale, 'privacy/index'),
  search: (locale: string, query?: string) =>
    `${pathOf('search', locale, {})}${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  sources: (locale: string) => pathOf('sources', locale, {}),
  status: (locale: string) => pathOf('status', locale, {}),
  offline: (locale: string) => pathOf('offline', locale, {}),
  /** The service worker of a locale's edition (scope: /{locale}/). */
  serviceWorker: (locale: string) => `${urls.home(locale)}sw.js`,
};

/** The locale a site path belongs to (its first segment), if it is one of `locales`. */
export function localeOfPath(pathname: string, locales: readonly string[]): string | undefined {
  const first = pathname.split('/')[1];
  return first && locales.includes(first) ? first : undefined;
}

/**
 * The same page in another locale. Every page exists in every locale (untranslated ones
 * fall back to English), so switching only swaps the first segment.
 */
export function switchLocalePath(pathname: string, to: string, locales: readonly string[]): string {
  const from = localeOfPath(pathname, locales);
  if (!from) return urls.home(to);
  return `/${to}${pathname.slice(from.length + 1)}`;
}
