import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { translationStatus } from '../../src/lib/translation-status.ts';

const LOCALES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): {
  dir: string;
  write: (file: string, text: string) => void;
  commit: (day: number, message?: string) => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'status-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.invalid');
  return {
    dir,
    write: (file, text) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    commit: (day, message = `day ${day}`) => {
      const date = `2026-01-${String(day).padStart(2, '0')}T12:00:00Z`;
      git('add', '-A');
      execFileSync('git', ['commit', '-q', '-m', message], {
        cwd: dir,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    },
  };
}

describe('translation status', () => {
  it('finds translated, missing and outdated pages from the git history', async () => {
    const r = repo();
    r.write('content/lessons/en/a.mdx', 'English A');
    r.write('content/lessons/en/b.mdx', 'English B');
    r.write('content/guides/en/parents/index.mdx', 'English guide');
    r.commit(1);
    r.write('content/lessons/fr/a.mdx', 'Français A');
    r.write('content/lessons/fr/b.mdx', 'Français B');
    r.write('content/lessons/ar/a.mdx', 'عربي');
    r.commit(2);
    r.write('content/lessons/en/b.mdx', 'English B, rewritten'); // after the translations
    r.commit(3);

    const report = await translationStatus(LOCALES, r.dir);
    assert.equal(report.history, true);
    const state = (source: string) => report.rows.find((row) => row.source === source)?.states;
    assert.deepEqual(state('content/lessons/en/a.mdx'), { fr: 'translated', ar: 'translated' });
    assert.deepEqual(state('content/lessons/en/b.mdx'), { fr: 'outdated', ar: 'missing' });
    assert.deepEqual(state('content/guides/en/parents/index.mdx'), { fr: 'missing', ar: 'missing' });
    assert.deepEqual(report.totals['fr'], { translated: 1, outdated: 1, missing: 1, percent: 33 });
  });

  it('does not outdate translations for a minor English change, but does for uncommitted work', async () => {
    const r = repo();
    r.write('content/lessons/en/a.mdx', 'English A');
    r.write('content/lessons/en/b.mdx', 'English B');
    r.commit(1);
    r.write('content/lessons/fr/a.mdx', 'Français A');
    r.write('content/lessons/fr/b.mdx', 'Français B');
    r.commit(2);
    r.write('content/lessons/en/a.mdx', 'English A (typo fixed)');
    r.commit(3, 'Fix a typo [i18n-minor]');
    r.write('content/lessons/en/b.mdx', 'English B, being rewritten'); // not committed yet
    const report = await translationStatus(LOCALES, r.dir);
    const fr = (source: string) => report.rows.find((row) => row.source === source)?.states['fr'];
    assert.equal(fr('content/lessons/en/a.mdx'), 'translated');
    assert.equal(fr('content/lessons/en/b.mdx'), 'outdated');
  });

  it('still reports what exists without git history, and says it could not check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'status-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'content/lessons/en'), { recursive: true });
    mkdirSync(join(dir, 'content/lessons/fr'), { recursive: true });
    writeFileSync(join(dir, 'content/lessons/en/a.mdx'), 'A');
    writeFileSync(join(dir, 'content/lessons/fr/a.mdx'), 'A');
    const report = await translationStatus(LOCALES, dir);
    assert.equal(report.history, false);
    assert.deepEqual(report.rows[0]?.states, { fr: 'translated', ar: 'missing' });
  });
});
