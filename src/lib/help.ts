/**
 * Help by country: which countries the site covers, what each country page shows, and
 * which countries a language suggests first. Pure (no Astro), so it is unit-tested.
 */
import type { ContactData } from '../content/schemas.ts';
import { CONTACT_KINDS } from '../content/schemas.ts';
import { byName } from './countries.ts';

export interface ContactItem {
  /** Path under content/contacts/ without extension: "fr/allo-119". */
  id: string;
  file: string;
  data: ContactData;
}

const servesCountry = (c: ContactItem, code: string) => c.data.countries.includes(code);
const isInternational = (c: ContactItem) => c.data.countries.includes('international');
const kindOrder = (c: ContactItem) => CONTACT_KINDS.indexOf(c.data.kind);

/** Every country that has at least one contact of its own: each gets a page. */
export function coveredCountries(contacts: readonly ContactItem[]): string[] {
  const codes = new Set(contacts.flatMap((c) => c.data.countries.filter((code) => code !== 'international')));
  return [...codes].sort();
}

/** True if the country has a child helpline with a phone number we could source. */
export const hasHelplineNumber = (contacts: readonly ContactItem[], code: string) =>
  contacts.some(
    (c) => servesCountry(c, code) && c.data.kind === 'child-helpline' && c.data.phones.length > 0,
  );

export interface CountryHelp {
  /** The country's own child helplines (first the ones with a number). */
  helplines: ContactItem[];
  /** Emergency numbers stated by an official page. */
  emergency: ContactItem[];
  /** Take-down tools for this country, then international ones. */
  takedown: ContactItem[];
  /** The country's hotlines for child sexual abuse material. */
  hotlines: ContactItem[];
  /** Official police or government reporting routes. */
  police: ContactItem[];
  /** International directories: the fallback for anything not listed. */
  directories: ContactItem[];
}

const sorted = (items: ContactItem[]) =>
  items.sort(
    (a, b) =>
      Number(b.data.phones.length > 0) - Number(a.data.phones.length > 0) ||
      kindOrder(a) - kindOrder(b) ||
      a.data.name.localeCompare(b.data.name),
  );

/** What the page of one country shows, by kind. */
export function helpForCountry(contacts: readonly ContactItem[], code: string): CountryHelp {
  const own = (kind: ContactData['kind']) =>
    sorted(contacts.filter((c) => c.data.kind === kind && servesCountry(c, code)));
  const international = (kind: ContactData['kind']) =>
    sorted(contacts.filter((c) => c.data.kind === kind && isInternational(c)));
  return {
    helplines: own('child-helpline'),
    emergency: own('emergency'),
    takedown: [...own('takedown'), ...international('takedown')],
    hotlines: own('hotline'),
    police: own('police'),
    directories: international('directory'),
  };
}

/** International contacts of some kinds (the help page, before a country is chosen). */
export const internationalContacts = (
  contacts: readonly ContactItem[],
  kinds: readonly ContactData['kind'][],
) => sorted(contacts.filter((c) => isInternational(c) && kinds.includes(c.data.kind)));

/**
 * The country list of the help page: the countries a language suggests (from its locale
 * file, "help.countries": "FR,BE,CH…"), then every covered country by name.
 */
export function countryChoices(
  covered: readonly string[],
  suggestedSetting: string | undefined,
  locale: string,
): { suggested: string[]; all: string[] } {
  const suggested = (suggestedSetting ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => covered.includes(code));
  return { suggested: [...new Set(suggested)], all: byName(covered, locale) };
}
