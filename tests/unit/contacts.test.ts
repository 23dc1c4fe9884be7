/**
 * Help contacts: the evidence rules (a wrong number is worse than none), the phone checks,
 * and what each country page shows. Pure logic; the build runs the same rules.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { load } from 'js-yaml';
import { contactSchema } from '../../src/content/schemas.ts';
import { contactProblems, type ContactInput } from '../../src/lib/contact-rules.ts';
import {
  countryChoices,
  coveredCountries,
  hasHelplineNumber,
  helpForCountry,
  type ContactItem,
} from '../../src/lib/help.ts';
import { checkPhone } from '../../src/lib/phone.ts';

const today = new Date('2026-12-02');
const checked = new Date('2026-12-01');
const childline: ContactInput = {
  countries: ['GB'],
  phones: [{ number: '0800 1111', e164: '+448001111' }],
  links: [{ kind: 'website', url: 'https://www.childline.org.uk/' }],
  evidence: [
    { url: 'https://www.childline.org.uk/get-support/', quote: 'You can call us on 0800 1111.', checked },
  ],
};
const errors = (c: ContactInput, when = today) =>
  contactProblems(c, when)
    .filter((p) => p.level === 'error')
    .map((p) => `${p.path.join('.')}: ${p.message}`);

describe('contact evidence rules', () => {
  it('accept a number quoted by the page, and a link on the page’s own host', () => {
    assert.deepEqual(errors(childline), []);
  });

  it('compare digits, not spacing: "08001111" in the quote matches "0800 1111"', () => {
    const spaced = { ...childline, evidence: [{ ...childline.evidence[0]!, quote: 'Call 08001111 free.' }] };
    assert.deepEqual(errors(spaced), []);
  });

  it('refuse a number the quote does not contain, naming the field', () => {
    const wrong = { ...childline, phones: [{ number: '0800 2222', e164: '+448002222' }] };
    const [message] = errors(wrong);
    assert.match(message!, /^phones\.0\.number: 0800 2222: no evidence quote contains these digits/);
  });

  it('refuse a number that is not valid for its country (libphonenumber)', () => {
    const bad = {
      ...childline,
      phones: [{ number: '0800 11', e164: '+448001' }],
      evidence: [{ ...childline.evidence[0]!, quote: 'Call 0800 11.' }],
    };
    assert.match(errors(bad).join('\n'), /phones\.0\.number: 0800 11 is not a valid phone number in GB/);
  });

  it('refuse a wrong international form, and say the right one', () => {
    const bad = { ...childline, phones: [{ number: '0800 1111', e164: '+448001112' }] };
    assert.match(errors(bad).join('\n'), /phones\.0\.e164: must be \+448001111/);
  });

  it('accept short codes without an international form, and refuse one with it', () => {
    const short = {
      countries: ['FR'],
      phones: [{ number: '119' }],
      evidence: [{ url: 'https://www.allo119.gouv.fr/', quote: 'Appelez le 119, 24h/24.', checked }],
    };
    assert.deepEqual(errors(short), []);
    const withE164 = { ...short, phones: [{ number: '119', e164: '+33119' }] };
    assert.match(errors(withE164).join('\n'), /phones\.0\.e164: 119 is a short code/);
  });

  it('refuse a link whose host is neither quoted nor the evidence page’s host', () => {
    const bad = { ...childline, links: [{ kind: 'chat', url: 'https://chat.example.org/' }] };
    assert.match(errors(bad).join('\n'), /links\.0\.url: no evidence quote contains "chat\.example\.org"/);
    const quoted = {
      ...bad,
      evidence: [
        ...childline.evidence,
        { url: 'https://gov.uk/x', quote: 'Chat at chat.example.org', checked },
      ],
    };
    assert.deepEqual(errors(quoted), []);
  });

  it('refuse phone numbers on a contact serving several countries', () => {
    assert.match(
      errors({ ...childline, countries: ['GB', 'IE'] }).join('\n'),
      /countries: a contact with phone numbers must serve exactly one country/,
    );
  });

  it('warn after 12 months, fail after 24', () => {
    const old = (months: number) => new Date(today.getTime() - months * 30.5 * 24 * 3600 * 1000);
    const at = (months: number) => ({
      ...childline,
      evidence: [{ ...childline.evidence[0]!, checked: old(months) }],
    });
    assert.deepEqual(contactProblems(at(6), today), []);
    const warned = contactProblems(at(13), today);
    assert.deepEqual(
      warned.map((p) => p.level),
      ['warning'],
    );
    assert.match(warned[0]!.message, /^more than 12 months old: please re-check/);
    assert.match(errors(at(25)).join('\n'), /evidence\.0\.checked: more than 24 months old/);
  });
});

describe('phone numbers', () => {
  it('give the E.164 form of ordinary numbers and none for short codes', () => {
    assert.deepEqual(checkPhone('0800 1111', 'GB'), { ok: true, short: false, e164: '+448001111' });
    assert.deepEqual(checkPhone('116 111', 'DE'), { ok: true, short: true });
    assert.equal(checkPhone('116111', 'AE').ok, false);
    assert.equal(checkPhone('not a number', 'FR').ok, false);
  });
});

describe('contact schema', () => {
  const file = {
    name: 'Childline',
    kind: 'child-helpline',
    for: 'children',
    countries: ['GB'],
    phones: [{ number: '0800 1111', e164: '+448001111' }],
    evidence: [{ url: 'https://www.childline.org.uk/', quote: 'Call 0800 1111.', checked: '2026-12-01' }],
  };
  const messages = (data: unknown) => {
    const result = contactSchema.safeParse(data);
    assert.equal(result.success, false, 'expected the contact to be rejected');
    return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  };
  it('accepts a contact with evidence', () => assert.ok(contactSchema.safeParse(file).success));
  it('needs evidence', () => {
    const { evidence: _, ...none } = file;
    assert.match(messages(none), /^evidence: evidence is required/);
    assert.match(messages({ ...file, evidence: [] }), /evidence must list at least one/);
  });
  it('refuses a country code that does not exist', () => {
    assert.match(messages({ ...file, countries: ['XX'] }), /"XX" is not an ISO 3166-1 alpha-2 country code/);
  });
  it('refuses an unknown kind, listing the kinds', () => {
    assert.match(
      messages({ ...file, kind: 'police-station' }),
      /^kind: kind "police-station" is not one of: child-helpline/,
    );
  });
  it('refuses the Childline file with a number its evidence does not quote, naming the field', () => {
    // What the build refuses (src/content.config.ts uses this schema for content/contacts/).
    const real = readFileSync('content/contacts/gb/childline.yaml', 'utf8');
    assert.ok(contactSchema.safeParse(load(real)).success);
    const wrong = real
      .replace('number: "0800 1111"', 'number: "0800 1112"')
      .replace('e164: "+448001111"', 'e164: "+448001112"');
    assert.match(
      messages(load(wrong)),
      /(^|\n)phones\.0\.number: 0800 1112: no evidence quote contains these digits/,
    );
  });
  it('runs the evidence rules, naming the field', () => {
    assert.match(
      messages({ ...file, phones: [{ number: '0800 1112', e164: '+448001112' }] }),
      /^phones\.0\.number: /,
    );
  });
});

/** Every contact file of the site, parsed as the build parses it. */
function contactFiles(dir = 'content/contacts'): ContactItem[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contactFiles(path);
    if (!name.endsWith('.yaml')) return [];
    const data = contactSchema.parse(load(readFileSync(path, 'utf8')));
    return [{ id: path.slice('content/contacts/'.length, -'.yaml'.length), file: path, data }];
  });
}

describe('help by country', () => {
  const contacts = contactFiles();

  it('covers at least 60 countries with a sourced child helpline number', () => {
    const withNumber = coveredCountries(contacts).filter((code) => hasHelplineNumber(contacts, code));
    assert.ok(withNumber.length >= 60, `${withNumber.length}: ${withNumber.join(' ')}`);
  });

  it('shows a country its own helplines, with international take-down tools and directories', () => {
    const gb = helpForCountry(contacts, 'GB');
    assert.ok(gb.helplines.some((c) => c.data.phones.some((p) => p.number === '0800 1111')));
    assert.ok(
      gb.takedown.some((c) => c.data.countries.includes('GB')),
      'Report Remove first',
    );
    assert.ok(
      gb.takedown.some((c) => c.data.countries.includes('international')),
      'then Take It Down',
    );
    assert.ok(gb.directories.length >= 2);
    for (const list of Object.values(gb)) {
      for (const c of list)
        assert.ok(c.data.countries.includes('GB') || c.data.countries.includes('international'));
    }
  });

  it('never shows the Virtual Global Taskforce as a place to report', () => {
    assert.ok(!contacts.some((c) => /Virtual Global Taskforce/i.test(c.data.name)));
  });

  it('suggests a language’s own countries first, only among covered ones', () => {
    const { suggested, all } = countryChoices(['BE', 'FR', 'GB'], 'FR, be,CH', 'fr');
    assert.deepEqual(suggested, ['FR', 'BE']);
    assert.deepEqual(all, ['BE', 'FR', 'GB']); // Belgique, France, Royaume-Uni
  });
});
