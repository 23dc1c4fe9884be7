/**
 * Translation status: for each English content file and each locale, whether the
 * translation exists, and whether it is outdated — the English file changed (in git)
 * after the translation was last changed. A commit whose message contains "[i18n-minor]"
 * (a typo fix, say) does not make translations outdated. Uncommitted edits count as
 * changed now. Without git history (a tarball, a shallow clone) the status still says
 * what exists, and says that "outdated" could not be checked. Runs in Node.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { SOURCE_LOCALE } from './locale-core.ts';

/** Marks a commit as a minor English change that translations need not follow. */
const MINOR_CHANGE = '[i18n-minor]';

export type PageState = 'translated' | 'outdated' | 'missing';

interface StatusRow {
  /** The English source file, e.g. content/lessons/en/balance-8-10.mdx. */
  source: string;
  /** State per locale code. */
  states: Record<string, PageState>;
}

interface LocaleTotals {
  translated: number;
  outdated: number;
  missing: number;
  /** Share of files translated and up to date, 0–100. */
  percent: number;
}

export interface StatusReport {
  rows: StatusRow[];
  totals: Record<string, LocaleTotals>;
  /** False when git history was not available, so nothing could be found outdated. */
  history: boolean;
}

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      })
    : [];

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
  } catch {
    return undefined;
  }
}

interface Changes {
  /** Last change of each file (seconds since 1970), any commit. */
  last: Map<string, number>;
  /** Last change of each file that was not marked as minor. */
  major: Map<string, number>;
}

/** When each file under content/ last changed, from one pass over the git log; undefined without full history. */
function contentChanges(cwd: string): Changes | undefined {
  if (git(cwd, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return undefined;
  const log = git(cwd, ['log', '--no-renames', '--format=%x00%ct %s', '--name-only', '--', 'content']);
  if (log === undefined) return undefined;
  const changes: Changes = { last: new Map(), major: new Map() };
  for (const commit of log.split('\0').slice(1)) {
    const [header = '', ...files] = commit.split('\n');
    const time = Number(header.slice(0, header.indexOf(' ')));
    const minor = header.includes(MINOR_CHANGE);
    for (const file of files.filter(Boolean)) {
      if (!changes.last.has(file)) changes.last.set(file, time);
      if (!minor && !changes.major.has(file)) changes.major.set(file, time);
    }
  }
  // Work not yet committed counts as changed now.
  const now = Math.floor(Date.now() / 1000);
  for (const line of (
    git(cwd, ['status', '--porcelain', '--untracked-files=all', '--', 'content']) ?? ''
  ).split('\n')) {
    const file = line.slice(3).trim();
    if (file) {
      changes.last.set(file, now);
      changes.major.set(file, now);
    }
  }
  return changes;
}

/** Help contacts: a contact is translated for a locale when its `purpose` has that locale. */
function contactRows(cwd: string, codes: string[]): StatusRow[] {
  const dir = `${cwd}/content/contacts`;
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return files.map((name) => {
    const data = load(readFileSync(`${dir}/${name}`, 'utf8')) as { purpose?: Record<string, string> };
    return {
      source: `content/contacts/${name}`,
      states: Object.fromEntries(codes.map((c) => [c, data.purpose?.[c] ? 'translated' : 'missing'])),
    };
  });
}

function totalsOf(rows: StatusRow[], codes: string[]): Record<string, LocaleTotals> {
  return Object.fromEntries(
    codes.map((code) => {
      const count = (state: PageState) => rows.filter((r) => r.states[code] === state).length;
      const translated = count('translated');
      return [
        code,
        {
          translated,
          outdated: count('outdated'),
          missing: count('missing'),
          percent: rows.length ? Math.floor((translated / rows.length) * 100) : 100,
        },
      ];
    }),
  );
}

let cached: Promise<StatusReport> | undefined;
/** The status for the site's own folder, computed once per build (every locale's status page shows it). */
export const siteTranslationStatus = (locales: readonly { code: string; name: string }[]) =>
  (cached ??= translationStatus(locales));

/** The status of every translatable file in every locale other than English. */
export async function translationStatus(
  locales: readonly { code: string; name: string }[],
  cwd = process.cwd(),
): Promise<StatusReport> {
  const targets = locales.filter((l) => l.code !== SOURCE_LOCALE);
  const codes = targets.map((l) => l.code);
  const changes = contentChanges(cwd);
  const sources = ['lessons', 'guides', 'sources']
    .flatMap((kind) => walk(join(cwd, 'content', kind, SOURCE_LOCALE)))
    .map((file) => relative(cwd, file).split('\\').join('/'))
    .filter((file) => file.endsWith('.mdx'));
  const rows: StatusRow[] = sources.map((source) => ({
    source,
    states: Object.fromEntries(
      codes.map((code) => {
        const translation = source.replace(`/${SOURCE_LOCALE}/`, `/${code}/`);
        if (!existsSync(join(cwd, translation))) return [code, 'missing'];
        const sourceChanged = changes?.major.get(source) ?? 0;
        const translated = changes?.last.get(translation) ?? 0;
        return [code, sourceChanged > translated ? 'outdated' : 'translated'];
      }),
    ),
  }));
  rows.push(...contactRows(cwd, codes));
  rows.sort((a, b) => a.source.localeCompare(b.source));
  return { rows, totals: totalsOf(rows, codes), history: changes !== undefined };
}
