/**
 * UI string check: parses every locales/*.json strictly and lists, per locale, the keys
 * it is missing (shown in English until translated) and the keys English does not have
 * (typos or leftovers). Fails on a file that does not parse or on extra keys; with
 * --strict, also on missing keys.
 */
import { compareKeys } from '../src/lib/locale-core.ts';
import { readLocales } from '../src/lib/locale-files.ts';

const strict = process.argv.includes('--strict');
let locales;
try {
  locales = readLocales();
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}

const total = Object.keys(locales[0]!.strings).length;
let failed = false;
console.log(`en (source): ${total} keys`);
for (const { code, missing, extra } of compareKeys(locales)) {
  const done = Math.round(((total - missing.length) / total) * 100);
  console.log(`${code}: ${total - missing.length}/${total} keys (${done}%)`);
  for (const key of missing) console.log(`  missing: ${key}`);
  for (const key of extra) console.log(`  extra:   ${key}`);
  if (extra.length || (strict && missing.length)) failed = true;
}
if (failed) {
  console.error(strict ? '✗ locale files have missing or extra keys' : '✗ locale files have extra keys');
  process.exit(1);
}
console.log('✓ every locale file parses; no extra keys');
