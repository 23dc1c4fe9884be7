/**
 * The smallest content a whole site builds from — one frozen lesson, the guides and
 * source pages the site requires, one help contact — as file path → text. The build
 * tests write it to a copy of the site; the content tests hand it to `loadSite()`
 * through a stand-in for `astro:content`, parsed by the real schemas.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { contactSchema, guideSchema, lessonSchema, sourceDocSchema } from '../../src/content/schemas.ts';
import { SEED_IDS } from '../../src/lib/taxonomy.ts';

/** A frozen lesson (people-online, 8-10), so these tests do not move with the curriculum. */
export const EXAMPLE = readFileSync('tests/fixtures/lesson-people-online-8-10.mdx', 'utf8');
export const CHILDLINE = readFileSync('content/contacts/gb/childline.yaml', 'utf8');

export const guide = (title: string) =>
  `---\ntitle: ${title}\nsummary: A page.\nsources:\n  - seed: '003'\n    section: A National Checklist › 4\nlastReviewed: 2026-11-22\n---\n\nText.\n`;

/** The example lesson moved to another topic (same band), so it is a lesson of its own. */
export const asTopic = (topic: string) => EXAMPLE.replace('topic: people-online', `topic: ${topic}`);

/**
 * The minimal site's content files, plus `extra` (a file mapped to `null` is left out).
 * Paths are relative to the site's root, as Astro reports them.
 */
export function minimalContent(extra: Record<string, string | null> = {}): Record<string, string> {
  const files: Record<string, string | null> = {
    'content/lessons/en/people-online-8-10.mdx': EXAMPLE,
    'content/guides/en/parents/index.mdx': guide('Parents'),
    'content/guides/en/teachers/index.mdx': guide('Teachers'),
    'content/guides/en/teachers/safeguarding.mdx': guide('Safeguarding'),
    // The help page lists the countries (#countries), as every country page links there.
    'content/guides/en/help/index.mdx': `${guide('Get help')}\n<CountryChooser />\n`,
    'content/guides/en/privacy/index.mdx': guide('Privacy'),
    'content/contacts/gb/childline.yaml': CHILDLINE,
    ...Object.fromEntries(
      SEED_IDS.map((seed) => [
        `content/sources/en/${seed}.mdx`,
        `---\nseed: '${seed}'\ntitle: Document ${seed}\nissuedBy: United Nations\ndate: '2009'\nlastReviewed: 2026-11-22\n---\n\nAbout it.\n`,
      ]),
    ),
    ...extra,
  };
  return Object.fromEntries(
    Object.entries(files).filter((pair): pair is [string, string] => pair[1] !== null),
  );
}

const SCHEMAS = {
  lessons: lessonSchema,
  guides: guideSchema,
  sources: sourceDocSchema,
  contacts: contactSchema,
} as const;
export type CollectionName = keyof typeof SCHEMAS;

export interface Entry {
  id: string;
  filePath: string;
  data: unknown;
  body?: string;
}

/**
 * Content files as Astro's collections hold them (src/content.config.ts): the id is the
 * path under the collection's folder without extension, `data` is the frontmatter (or
 * YAML) parsed by the collection's real schema, `body` the text after the frontmatter.
 * A file the schema refuses throws, naming the file: schema errors are the build's to
 * report (tests/unit/build.test.ts), these entries are for the rules after it.
 */
export function collectionsOf(files: Record<string, string>): Record<CollectionName, Entry[]> {
  const collections: Record<CollectionName, Entry[]> = { lessons: [], guides: [], sources: [], contacts: [] };
  for (const [filePath, text] of Object.entries(files)) {
    const [, name, rest] = /^content\/([^/]+)\/(.+)\.(?:mdx|md|ya?ml)$/.exec(filePath) ?? [];
    if (!name || !rest || !(name in SCHEMAS)) throw new Error(`${filePath}: not a content file`);
    const collection = name as CollectionName;
    const [, frontmatter, body] =
      collection === 'contacts'
        ? ['', text, undefined]
        : (/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? []);
    if (frontmatter === undefined) throw new Error(`${filePath}: no frontmatter`);
    const parsed = SCHEMAS[collection].safeParse(load(frontmatter));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`${filePath}: ${issues.join('; ')}`);
    }
    collections[collection].push({
      id: rest,
      filePath,
      data: parsed.data,
      ...(body === undefined ? {} : { body }),
    });
  }
  return collections;
}
