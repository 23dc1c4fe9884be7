import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { buildLocales, compareKeys, parseLocaleFile } from '../../src/lib/locale-core.ts';
import { readLocales } from '../../src/lib/locale-files.ts';
import { LOCALE_CODES } from '../../src/lib/locales.ts';

const ok = JSON.stringify({ 'locale.name': 'Français', 'locale.dir': 'ltr', 'site.name': 'X' });

describe('locale files', () => {
  it('reads name, direction and strings, with the code from the file name', () => {
    const fr = parseLocaleFile('locales/fr.json', ok);
    assert.deepEqual([fr.code, fr.name, fr.dir], ['fr', 'Français', 'ltr']);
  });

  it('names the file when it does not parse', () => {
    assert.throws(
      () => parseLocaleFile('locales/fr.json', '{ "a": '),
      /^LocaleFileError: locales\/fr\.json: is not valid JSON/,
    );
  });

  it('names the file and key when a value is not text', () => {
    assert.throws(
      () =>
        parseLocaleFile(
          'locales/de.json',
          JSON.stringify({ 'locale.name': 'Deutsch', 'locale.dir': 'ltr', n: 3 }),
        ),
      /locales\/de\.json: key "n" must be text/,
    );
  });

  it('requires a writing direction of ltr or rtl', () => {
    assert.throws(
      () =>
        parseLocaleFile(
          'locales/ar.json',
          JSON.stringify({ 'locale.name': 'العربية', 'locale.dir': 'right' }),
        ),
      /locales\/ar\.json: key "locale.dir" must be "ltr" or "rtl"/,
    );
  });

  it('rejects a file name that is not a language code', () => {
    assert.throws(() => parseLocaleFile('locales/french.json', ok), /"french" is not a language code/);
  });

  it('discovers locales from whatever files exist, English first', () => {
    const en = JSON.stringify({ 'locale.name': 'English', 'locale.dir': 'ltr', a: 'A', b: 'B' });
    const sw = JSON.stringify({ 'locale.name': 'Kiswahili', 'locale.dir': 'ltr', a: 'A', z: 'Z' });
    const locales = buildLocales({
      'locales/sw.json': sw,
      'locales/en.json': en,
      'locales/ar.json': JSON.stringify({ 'locale.name': 'العربية', 'locale.dir': 'rtl' }),
    });
    assert.deepEqual(
      locales.map((l) => l.code),
      ['en', 'ar', 'sw'],
    );
    const report = compareKeys(locales).find((r) => r.code === 'sw')!;
    assert.deepEqual(report.missing, ['b']);
    assert.deepEqual(report.extra, ['z']);
  });

  it('counts plural forms per language, not per English form', () => {
    const en = JSON.stringify({ 'locale.name': 'English', 'locale.dir': 'ltr', n_one: '1', n_other: 'n' });
    const ar = JSON.stringify({
      'locale.name': 'العربية',
      'locale.dir': 'rtl',
      n_zero: '0',
      n_two: '2',
      n_other: 'n',
    });
    const [report] = compareKeys(buildLocales({ 'locales/en.json': en, 'locales/ar.json': ar }));
    assert.deepEqual([report!.missing, report!.extra], [[], []]);
  });

  it('ships locale files that all parse, with an Arabic edition written right to left', () => {
    const names = readdirSync('locales').filter((f) => f.endsWith('.json'));
    const files = Object.fromEntries(
      names.map((f) => [`locales/${f}`, readFileSync(`locales/${f}`, 'utf8')]),
    );
    const locales = buildLocales(files);
    // One edition per file in locales/, English first: what the site builds (src/lib/locales.ts,
    // through Vite) and what the config and scripts read (src/lib/locale-files.ts) alike.
    const codes = names.map((f) => f.replace(/\.json$/, '')).sort();
    assert.deepEqual(locales.map((l) => l.code).sort(), codes);
    assert.equal(locales[0]!.code, 'en');
    assert.deepEqual(
      LOCALE_CODES,
      locales.map((l) => l.code),
    );
    assert.deepEqual(
      readLocales().map((l) => l.code),
      LOCALE_CODES,
    );
    assert.equal(locales.find((l) => l.code === 'en')!.dir, 'ltr');
    assert.equal(
      locales.find((l) => l.code === 'ar')?.dir,
      'rtl',
      'locales/ar.json: Arabic is written right to left',
    );
    const reports = compareKeys(locales);
    assert.deepEqual(
      reports.map((r) => r.code),
      codes.filter((c) => c !== 'en'),
    );
    for (const report of reports) assert.deepEqual(report.extra, [], `${report.code} has extra keys`);
  });

  it('stops the build at a locale file that does not parse, naming the file', () => {
    // astro.config.mjs reads locales/ with readLocales() before anything is built.
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    try {
      mkdirSync(join(dir, 'locales'));
      writeFileSync(join(dir, 'locales/en.json'), readFileSync('locales/en.json', 'utf8'));
      writeFileSync(join(dir, 'locales/xx.json'), '{ "locale.name": "Broken", ');
      assert.throws(() => readLocales(dir), /^LocaleFileError: locales\/xx\.json: is not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
