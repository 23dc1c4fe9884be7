/**
 * Countries, by ISO 3166-1 alpha-2 code. Names come from the platform's CLDR data
 * (Intl.DisplayNames) in the reader's language, so no list of names is kept here; the set
 * of codes is the one libphonenumber knows (every country and territory with a phone plan).
 */
import phoneLib from 'google-libphonenumber';

const REGIONS = new Set<string>(phoneLib.PhoneNumberUtil.getInstance().getSupportedRegions());

/** True for an upper-case ISO 3166-1 alpha-2 code of a real country or territory. */
export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && REGIONS.has(code);

const names = new Map<string, Intl.DisplayNames>();
/** The country's name in a language: "France", "Francia", «فرنسا». */
export function countryName(code: string, locale: string): string {
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames([locale], { type: 'region' })));
  return display.of(code) ?? code;
}

/** Countries sorted by their name in a language. */
export const byName = (codes: Iterable<string>, locale: string): string[] => {
  const collator = new Intl.Collator(locale);
  return [...codes].sort((a, b) => collator.compare(countryName(a, locale), countryName(b, locale)));
};

/** URL segment of a country page: the code in lower case (/en/help/fr/). */
export const countrySlug = (code: string) => code.toLowerCase();
