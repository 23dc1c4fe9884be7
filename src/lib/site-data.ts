/**
 * All content, loaded once per build, grouped by what it is and by locale, and checked
 * for the rules a schema cannot see: one file per lesson per locale, an English source
 * for every translation, and internal links that lead to real pages. Pages call
 * `loadSite()` and receive the same object.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupTranslations, resolveLocalized, type Localized, type Translations } from './fallback.ts';
import { contactProblems } from './contact-rules.ts';
import { curriculumProblems } from './content-lint.ts';
import { coveredCountries, type ContactItem } from './help.ts';
import { countrySlug } from './countries.ts';
import { brokenLinks } from './links.ts';
import { LOCALE_CODES } from './locales.ts';
import { SEED_IDS, TOPICS, isBand, isTopic, type Band, type SeedId, type Topic } from './taxonomy.ts';
import { GUIDE_SECTIONS, pagesOf, placeGuide, type GuidePlace, type SiteIndex } from './page-registry.ts';

type Entry = CollectionEntry<'lessons'> | CollectionEntry<'guides'> | CollectionEntry<'sources'>;

export interface LessonItem {
  key: string;
  locale: string;
  file: string;
  entry: CollectionEntry<'lessons'>;
}
export interface GuideItem {
  key: string;
  locale: string;
  file: string;
  place: GuidePlace;
  entry: CollectionEntry<'guides'>;
}
export interface SourceItem {
  key: SeedId;
  locale: string;
  file: string;
  entry: CollectionEntry<'sources'>;
}

export interface SiteData {
  /** Lessons by "topic/band", then locale. */
  lessons: Map<string, Translations<LessonItem>>;
  /** Guides by path ("parents/topics/balance"), then locale. */
  guides: Map<string, Translations<GuideItem>>;
  /** Source documents by seed id, then locale. */
  sources: Map<string, Translations<SourceItem>>;
  /** Help contacts, each with its evidence (content/contacts/{country}/*.yaml). */
  contacts: ContactItem[];
  /** Countries with a help page of their own (ISO codes with at least one contact). */
  countries: string[];
  /** What page lists need (page-registry.ts): lessons, guides and countries with a page. */
  index: SiteIndex;
}

export const lessonKey = (topic: Topic, band: Band) => `${topic}/${band}`;

const fileOf = (entry: { filePath?: string | undefined; id: string }, folder: string) =>
  entry.filePath ?? `content/${folder}/${entry.id}`;

/** Split "en/parents/5-7" into locale "en" and rest "parents/5-7"; the locale must exist. */
function splitLocale(id: string, file: string): [string, string] {
  const [locale = '', ...rest] = id.split('/');
  if (!LOCALE_CODES.includes(locale)) {
    throw new Error(
      `${file}: content must live under a locale folder (${LOCALE_CODES.join(', ')}); "${locale}" has no locales/${locale}.json`,
    );
  }
  return [locale, rest.join('/')];
}

async function build(): Promise<SiteData> {
  const lessonItems: LessonItem[] = (await getCollection('lessons')).map((entry) => {
    const file = fileOf(entry, 'lessons');
    const [locale] = splitLocale(entry.id, file);
    return { key: lessonKey(entry.data.topic, entry.data.band), locale, file, entry };
  });
  const guideItems: GuideItem[] = (await getCollection('guides')).map((entry) => {
    const file = fileOf(entry, 'guides');
    const [locale, path] = splitLocale(entry.id, file);
    return { key: path, locale, file, place: placeGuide(path, file), entry };
  });
  const sourceItems: SourceItem[] = (await getCollection('sources')).map((entry) => {
    const file = fileOf(entry, 'sources');
    const [locale] = splitLocale(entry.id, file);
    return { key: entry.data.seed, locale, file, entry };
  });

  const lessons = groupTranslations(lessonItems, (k) => `the lesson ${k.replace('/', ', band ')}`);
  // The curriculum's rules across files: child pages (every language), the check rules
  // per band, translations keeping the English check (src/lib/content-lint.ts).
  const ruleProblems = curriculumProblems(
    lessonItems.map((item) => ({
      file: item.file,
      locale: item.locale,
      topic: item.entry.data.topic,
      band: item.entry.data.band,
      body: item.entry.body ?? '',
      check: item.entry.data.check,
    })),
  );
  if (ruleProblems.length) {
    throw new Error(
      `Content breaks the curriculum's rules:\n${ruleProblems.map((p) => `  ${p.file}: ${p.problem}`).join('\n')}`,
    );
  }
  const guides = groupTranslations(guideItems, (k) => `the guide ${k}`);
  const sources = groupTranslations(sourceItems, (k) => `source document ${k}`);
  // Every guide section (page-registry.ts) has its index page.
  for (const required of Object.keys(GUIDE_SECTIONS).map((section) => `${section}/index`)) {
    if (!guides.has(required)) {
      throw new Error(`content/guides/en/${required}.mdx is missing: the site needs this page`);
    }
  }
  const missingSeeds = SEED_IDS.filter((seed) => !sources.has(seed));
  if (missingSeeds.length) {
    throw new Error(`content/sources/en/: no page for seed document(s) ${missingSeeds.join(', ')}`);
  }
  const contacts: ContactItem[] = (await getCollection('contacts')).map((entry) => ({
    id: entry.id,
    file: fileOf(entry, 'contacts'),
    data: entry.data,
  }));
  // Errors stopped the build in the schema; checks getting old are reported here.
  for (const contact of contacts) {
    for (const problem of contactProblems(contact.data, new Date())) {
      if (problem.level === 'warning')
        console.warn(`warning: ${contact.file}: ${problem.path.join('.')}: ${problem.message}`);
    }
  }
  const countries = coveredCountries(contacts);

  const index: SiteIndex = {
    lessons: [...lessons.values()].map((byLocale) => byLocale.source.entry.data),
    guides: [...guides.keys()],
    countries: countries.map(countrySlug),
  };

  const allPages = new Set(['/', ...LOCALE_CODES.flatMap((locale) => pagesOf(index, locale))]);
  const withBodies = [...lessonItems, ...guideItems, ...sourceItems].map((item) => ({
    file: item.file,
    body: (item.entry as Entry).body ?? '',
  }));
  const broken = brokenLinks(withBodies, allPages);
  if (broken.length) {
    throw new Error(
      `Links to pages that do not exist:\n${broken.map((b) => `  ${b.file}: ${b.link}`).join('\n')}`,
    );
  }

  return { lessons, guides, sources, contacts, countries, index };
}

let site: Promise<SiteData> | undefined;
/** The site's content, loaded and checked once per build. */
export const loadSite = () => (site ??= build());

/** Whether a page offers the quick exit: decided once, by the English entry, for every language. */
export const offersQuickExit = (
  byLocale: Translations<{ entry: { data: { quickExit: boolean } } }> | undefined,
) => byLocale?.source.entry.data.quickExit ?? false;

/** The lesson for topic/band in a locale (its own or the English source). */
export function lessonFor(
  data: SiteData,
  locale: string,
  topic: Topic,
  band: Band,
): Localized<LessonItem> | undefined {
  const byLocale = data.lessons.get(lessonKey(topic, band));
  return byLocale && resolveLocalized(byLocale, locale);
}

/** The lesson a lesson or plan page shows, from the page's URL parameters. */
export function lessonOfPage(
  data: SiteData,
  locale: string,
  params: { topic: string; band: string },
): Localized<LessonItem> | undefined {
  const { topic, band } = params;
  return isTopic(topic) && isBand(band) ? lessonFor(data, locale, topic, band) : undefined;
}

/** Lessons of a band, in curriculum topic order. */
export function lessonsOfBand(data: SiteData, locale: string, band: Band): Localized<LessonItem>[] {
  return TOPICS.flatMap((topic) => lessonFor(data, locale, topic, band) ?? []);
}

/** A guide by path in a locale (its own or the English source). */
export function guideFor(data: SiteData, locale: string, path: string): Localized<GuideItem> | undefined {
  const byLocale = data.guides.get(path);
  return byLocale && resolveLocalized(byLocale, locale);
}

/** Guides of a section other than its index, sorted by order then title. */
export function guidesOf(
  data: SiteData,
  locale: string,
  filter: (place: GuidePlace) => boolean,
): Localized<GuideItem>[] {
  return [...data.guides.keys()]
    .flatMap((path) => guideFor(data, locale, path) ?? [])
    .filter((g) => filter(g.entry.place))
    .sort(
      (a, b) =>
        (a.entry.entry.data.order ?? 999) - (b.entry.entry.data.order ?? 999) ||
        a.entry.entry.data.title.localeCompare(b.entry.entry.data.title),
    );
}

/** The source document for a seed in a locale. */
export function sourceFor(data: SiteData, locale: string, seed: string): Localized<SourceItem> | undefined {
  const byLocale = data.sources.get(seed);
  return byLocale && resolveLocalized(byLocale, locale);
}
