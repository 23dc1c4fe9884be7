/**
 * The evidence rules for help contacts, beyond field types: a wrong number is worse than
 * none. Pure (no Astro), so the schema, the content lint and the unit tests share them.
 *
 * - every phone number's digits appear in an evidence quote (as dialled locally or in
 *   E.164), and the number is valid for the country it serves (src/lib/phone.ts);
 * - every link's host appears in an evidence quote, or an evidence page is on that host
 *   (the organisation's own page states its own address);
 * - a contact with phone numbers serves exactly one country;
 * - a check older than 12 months is a warning, older than 24 months an error.
 */
import { checkPhone, digitsOf } from './phone.ts';

export interface ContactInput {
  countries: string[];
  phones?: { number: string; e164?: string | undefined }[] | undefined;
  links?: { kind: string; url: string }[] | undefined;
  evidence: { url: string; quote: string; checked: Date }[];
}

export interface ContactProblem {
  level: 'error' | 'warning';
  /** The field, as Zod paths name it: ["phones", 0, "number"]. */
  path: (string | number)[];
  message: string;
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;
const WARN_AFTER_MONTHS = 12;
const FAIL_AFTER_MONTHS = 24;

/** "www.iwf.org.uk" → "iwf.org.uk"; mailto: addresses give their domain. */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const host = parsed.protocol === 'mailto:' ? parsed.pathname.split('@')[1] : parsed.hostname;
    return host?.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export function contactProblems(contact: ContactInput, today: Date): ContactProblem[] {
  const problems: ContactProblem[] = [];
  const quotes = contact.evidence.map((e) => e.quote);
  const quoteDigits = quotes.map(digitsOf);
  const evidenceHosts = new Set(contact.evidence.map((e) => hostOf(e.url)));
  const regions = contact.countries.filter((c) => c !== 'international');

  (contact.phones ?? []).forEach((phone, i) => {
    const local = digitsOf(phone.number);
    const international = phone.e164 ? digitsOf(phone.e164) : undefined;
    if (!quoteDigits.some((q) => q.includes(local) || (international && q.includes(international)))) {
      problems.push({
        level: 'error',
        path: ['phones', i, 'number'],
        message: `${phone.number}: no evidence quote contains these digits; quote the page that states the number`,
      });
    }
    const [region] = regions;
    if (regions.length !== 1 || !region) {
      problems.push({
        level: 'error',
        path: ['countries'],
        message:
          'a contact with phone numbers must serve exactly one country (numbers are dialled within a country)',
      });
      return;
    }
    const check = checkPhone(phone.number, region);
    if (!check.ok) {
      problems.push({ level: 'error', path: ['phones', i, 'number'], message: check.reason });
    } else if (!check.short && phone.e164 !== check.e164) {
      problems.push({
        level: 'error',
        path: ['phones', i, 'e164'],
        message: `must be ${check.e164} (the international form of ${phone.number} in ${region})`,
      });
    } else if (check.short && phone.e164) {
      problems.push({
        level: 'error',
        path: ['phones', i, 'e164'],
        message: `${phone.number} is a short code, dialled only inside ${region}; remove e164`,
      });
    }
  });

  (contact.links ?? []).forEach((link, i) => {
    const host = hostOf(link.url);
    if (!host) {
      problems.push({ level: 'error', path: ['links', i, 'url'], message: 'not a web or mail address' });
      return;
    }
    const stated = quotes.some((q) => q.toLowerCase().includes(host)) || evidenceHosts.has(host);
    if (!stated) {
      problems.push({
        level: 'error',
        path: ['links', i, 'url'],
        message: `no evidence quote contains "${host}" and no evidence page is on ${host}`,
      });
    }
  });

  if (!(contact.phones ?? []).length && !(contact.links ?? []).length) {
    problems.push({
      level: 'error',
      path: ['phones'],
      message: 'a contact needs at least one phone number or link',
    });
  }

  contact.evidence.forEach((evidence, i) => {
    const months = (today.getTime() - evidence.checked.getTime()) / MONTH_MS;
    if (months > FAIL_AFTER_MONTHS) {
      problems.push({
        level: 'error',
        path: ['evidence', i, 'checked'],
        message: `more than ${FAIL_AFTER_MONTHS} months old: read ${evidence.url} again and update the date (or remove the contact)`,
      });
    } else if (months > WARN_AFTER_MONTHS) {
      problems.push({
        level: 'warning',
        path: ['evidence', i, 'checked'],
        message: `more than ${WARN_AFTER_MONTHS} months old: please re-check ${evidence.url}`,
      });
    } else if (months < -0.1) {
      problems.push({ level: 'error', path: ['evidence', i, 'checked'], message: 'is in the future' });
    }
  });
  return problems;
}
