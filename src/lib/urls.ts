/**
 * Every URL the site has is made here. URLs are a public contract (people bookmark and
 * print them): all end in a slash, and the locale is always the first segment.
 */
import type { Band, Topic } from './taxonomy.ts';

export const urls = {
  languagePicker: () => '/',
  home: (locale: string) => `/${locale}/`,
  bandHub: (locale: string, band: Band) => `/${locale}/kids/${band}/`,
  lesson: (locale: string, topic: Topic, band: Band) => `/${locale}/lessons/${topic}/${band}/`,
  teach: (locale: string, topic: Topic, band: Band) => `/${locale}/teach/${topic}/${band}/`,
  /** A guide by its path under content/guides/{locale}/, e.g. "parents/topics/balance". */
  guide: (locale: string, path: string) =>
    `/${locale}/${path.replace(/(^|\/)index$/, '')}/`.replace(/\/\/$/, '/'),
  parents: (locale: string) => `/${locale}/parents/`,
  teachers: (locale: string) => `/${locale}/teachers/`,
  help: (locale: string) => `/${locale}/help/`,
  /** The help page of one country, by its lower-case ISO code: /en/help/fr/. */
  helpCountry: (locale: string, country: string) => `/${locale}/help/${country}/`,
  /** The country list on the help page. */
  helpCountries: (locale: string) => `/${locale}/help/#countries`,
  privacy: (locale: string) => `/${locale}/privacy/`,
  search: (locale: string, query?: string) =>
    `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  sources: (locale: string) => `/${locale}/sources/`,
  status: (locale: string) => `/${locale}/status/`,
  offline: (locale: string) => `/${locale}/offline/`,
  /** The service worker of a locale's edition (scope: /{locale}/). */
  serviceWorker: (locale: string) => `/${locale}/sw.js`,
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
