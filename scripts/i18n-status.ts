/**
 * Translation status for translators: per locale, how many pages are translated, outdated
 * (the English changed since) or missing, which ones, and the UI strings missing or extra.
 * Run: `npm run i18n:status` (add a locale code to list only that locale's files).
 */
import { compareKeys } from '../src/lib/locale-core.ts';
import { readLocales } from '../src/lib/locale-files.ts';
import { translationStatus } from '../src/lib/translation-status.ts';

const only = process.argv[2];
const locales = readLocales();
const report = await translationStatus(locales);
const keys = compareKeys(locales);

console.log(`Translation status (${report.rows.length} translatable files; English is the source)`);
if (!report.history) console.log('  (no full git history here: "outdated" cannot be detected)');
for (const { code, name } of locales.slice(1)) {
  if (only && only !== code) continue;
  const t = report.totals[code]!;
  const k = keys.find((r) => r.code === code)!;
  console.log(
    `\n${code} ${name}: ${t.percent}% — ${t.translated} translated, ${t.outdated} outdated, ${t.missing} missing; UI strings: ${k.missing.length} missing, ${k.extra.length} extra`,
  );
  for (const state of ['outdated', 'missing'] as const) {
    for (const row of report.rows.filter((r) => r.states[code] === state))
      console.log(`  ${state}: ${row.source}`);
  }
  for (const key of k.missing) console.log(`  missing UI string: ${key}`);
  for (const key of k.extra) console.log(`  extra UI string: ${key}`);
}
