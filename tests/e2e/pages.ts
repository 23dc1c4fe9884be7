import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { readLocales } from '../../src/lib/locale-files.ts';

/** Every edition of the site (discovered from locales/, like the site itself). */
export const LOCALES = readLocales().map(({ code, dir }) => ({ code, dir }));
/**
 * One page of each type (every type of src/lib/page-registry.ts, and each kind of guide), as
 * paths without the locale: what the browser tests visit.
 */
export const PAGE_TYPES = {
  home: '/',
  'band hub': '/kids/8-10/',
  'lesson (child page)': '/lessons/people-online/8-10/',
  'teacher plan': '/teach/people-online/8-10/',
  'parents start': '/parents/',
  'parents band guide': '/parents/8-10/',
  'parents topic briefing': '/parents/topics/people-online/',
  'teachers start': '/teachers/',
  help: '/help/',
  'country help': '/help/fr/',
  privacy: '/privacy/',
  search: '/search/',
  sources: '/sources/',
  'translation status': '/status/',
  offline: '/offline/',
} as const;

export const at = (locale: string, path: string) => `/${locale}${path}`;

/** A locale's UI strings, so tests can find things by the name a reader of that language sees. */
export function stringsOf(locale: string) {
  const strings = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as Record<string, string>;
  return (key: string): string => {
    const text = strings[key];
    if (text === undefined) throw new Error(`locales/${locale}.json has no "${key}"`);
    return text;
  };
}

/** The help contact files (content/contacts/): where each serves, and its phone numbers. */
function contactFiles(dir = 'content/contacts'): { countries: string[]; phones?: unknown[] }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contactFiles(path);
    if (!name.endsWith('.yaml')) return [];
    return [load(readFileSync(path, 'utf8')) as { countries: string[]; phones?: unknown[] }];
  });
}

/** Every country with a help page: the countries named by the contact files (content/contacts/). */
export function coveredCountries(): string[] {
  const codes = new Set(
    contactFiles().flatMap((c) => c.countries.filter((code) => code !== 'international')),
  );
  return [...codes].sort();
}

/** The countries with at least one phone number of their own (so their page has tel: links). */
export function countriesWithPhones(): string[] {
  const codes = new Set(contactFiles().flatMap((c) => (c.phones?.length ? c.countries : [])));
  return [...codes].sort();
}
