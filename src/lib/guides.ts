/**
 * Where a guide appears follows from its path under content/guides/{locale}/ — one source
 * of truth, nothing repeated in frontmatter.
 *
 *   parents/index            → /{locale}/parents/
 *   parents/{band}           → /{locale}/parents/{band}/          (guide for an age band)
 *   parents/topics/{topic}   → /{locale}/parents/topics/{topic}/  (briefing on a topic)
 *   parents/{slug}           → /{locale}/parents/{slug}/          (any other parents' guide)
 *   teachers/index           → /{locale}/teachers/
 *   teachers/{slug}          → /{locale}/teachers/{slug}/
 *   help/index               → /{locale}/help/  (the Get help page; contacts come from data)
 *   privacy/index            → /{locale}/privacy/  (what the site keeps, and how to clear it)
 */
import { isBand, isTopic, type Band, type Topic } from './taxonomy.ts';

export type GuideSection = 'parents' | 'teachers' | 'help' | 'privacy';
/** Sections that are a single page (their index.mdx). */
const SINGLE_PAGE: readonly string[] = ['help', 'privacy'];
export type GuidePlace =
  | { section: GuideSection; kind: 'index' }
  | { section: 'parents'; kind: 'band'; band: Band }
  | { section: 'parents'; kind: 'topic'; topic: Topic }
  | { section: GuideSection; kind: 'page'; slug: string };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Classify a guide path ("parents/topics/balance"); throws a message naming the file. */
export function placeGuide(path: string, file: string): GuidePlace {
  const parts = path.split('/');
  const [section, a, b] = parts;
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (section !== 'parents' && section !== 'teachers' && section !== 'help' && section !== 'privacy') {
    return fail(`guides live in parents/, teachers/, help/ or privacy/, not "${section}/"`);
  }
  if (parts.length === 2 && a === 'index') return { section, kind: 'index' };
  if (SINGLE_PAGE.includes(section)) return fail(`${section}/ holds only index.mdx`);
  if (section === 'parents' && parts.length === 3 && a === 'topics') {
    if (!b || !isTopic(b)) return fail(`"${b}" is not a topic (see src/lib/taxonomy.ts)`);
    return { section, kind: 'topic', topic: b };
  }
  if (parts.length !== 2 || !a) return fail(`unexpected guide path "${path}"`);
  if (section === 'parents' && isBand(a)) return { section, kind: 'band', band: a };
  if (/^\d/.test(a)) return fail(`"${a}" looks like an age band but is not one of the bands`);
  if (!SLUG.test(a)) return fail(`"${a}" must be lower-case words joined by hyphens`);
  if (a === 'topics') return fail('"topics" is reserved for topic briefings');
  return { section, kind: 'page', slug: a };
}
