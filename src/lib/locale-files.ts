/** Reads locales/*.json from disk (for Node scripts and the Astro config). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildLocales, type LocaleInfo } from './locale-core.ts';

export function readLocales(root = process.cwd()): LocaleInfo[] {
  const dir = join(root, 'locales');
  return buildLocales(
    Object.fromEntries(
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => [`locales/${name}`, readFileSync(join(dir, name), 'utf8')]),
    ),
  );
}
