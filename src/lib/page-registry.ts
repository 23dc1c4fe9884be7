/**
 * The one list of what pages the site has. Every page type is here once, with its route
 * (the file under src/pages/[locale]/ that builds it), the search filters its pages carry
 * and whether the offline edition keeps it; every guide section is here once, with the
 * audience it is written for. URLs (urls.ts), the pages a build must have (site-data.ts),
 * search tags (BaseLayout), the link check and the offline list (src/integrations/) all
 * read it. Adding a page type is one entry here plus its route file; adding a guide section
 * is one entry in GUIDE_SECTIONS plus its content folder. Pure data: runs in the build, in
 * Node scripts and in tests.
 */
import { AUDIENCES, BANDS, isBand, isTopic, type Audience, type Band, type Topic } from './taxonomy.ts';

/** What the content holds, as far as page lists need it (built by site-data.ts). */
export interface SiteIndex {
  /** Every lesson (topic and band) that has an English source. */
  lessons: readonly { topic: Topic; band: Band }[];
  /** Every guide, by its path under content/guides/en/ ("parents/index"). */
  guides: readonly string[];
  /** Countries with a help page, by URL slug ("gb"). */
  countries: readonly string[];
}

/** The names inside a route's brackets: 'lessons/[topic]/[band]' → 'topic' | 'band'. */
type ParamNames<R extends string> = R extends `${string}[${infer P}]${infer Rest}`
  ? (P extends `...${infer Spread}` ? Spread : P) | ParamNames<Rest>
  : never;

/** Filters of a page in search (Pagefind); a page without them is not indexed. */
export interface SearchTags {
  audience: readonly Audience[];
  band?: Band | undefined;
  topic?: Topic | undefined;
}

/**
 * A guide section: a folder under content/guides/{locale}/ and the first segment of its
 * pages' URLs. `singlePage`: only its index.mdx. `topic`: the search topic of its pages.
 */
export interface GuideSection {
  audience: readonly Audience[];
  singlePage: boolean;
  topic?: Topic;
  /** Its index lists its guides, and its other pages lead back there (breadcrumb). */
  hasIndex: boolean;
  /** The section's name in the navigation and breadcrumb (a UI string key). */
  label?: 'nav.parents' | 'nav.teachers';
}

export const GUIDE_SECTIONS = {
  parents: { audience: ['parents'], singlePage: false, hasIndex: true, label: 'nav.parents' },
  teachers: { audience: ['teachers'], singlePage: false, hasIndex: true, label: 'nav.teachers' },
  /** Get help: for everyone, and found under the "getting help" topic. */
  help: { audience: AUDIENCES, singlePage: true, hasIndex: false, topic: 'getting-help' },
  /** What the site keeps on a device: everyone who uses it may look for it. */
  privacy: { audience: AUDIENCES, singlePage: true, hasIndex: false },
} as const satisfies Record<string, GuideSection>;
type GuideSectionId = keyof typeof GUIDE_SECTIONS;
const isGuideSection = (value: string | undefined): value is GuideSectionId =>
  value !== undefined && Object.hasOwn(GUIDE_SECTIONS, value);

/** Where a guide appears and what it is about, from its path ("parents/topics/balance"). */
export type GuidePlace =
  | { section: GuideSectionId; kind: 'index' }
  | { section: GuideSectionId; kind: 'band'; band: Band }
  | { section: GuideSectionId; kind: 'topic'; topic: Topic }
  | { section: GuideSectionId; kind: 'page'; slug: string };

/** A guide's content path from its URL parameter: "parents" → "parents/index". */
export const guidePathOf = (param: string) => (param.includes('/') ? param : `${param}/index`);
/** A guide's URL parameter from its content path: "help/index" → "help". */
export const guideParam = (path: string) => path.replace(/\/index$/, '');

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Classify a guide path under content/guides/{locale}/; throws a message naming the file.
 *
 *   {section}/index            → /{locale}/{section}/
 *   {section}/{band}           → /{locale}/{section}/{band}/          (guide for an age band)
 *   {section}/topics/{topic}   → /{locale}/{section}/topics/{topic}/  (briefing on a topic)
 *   {section}/{slug}           → /{locale}/{section}/{slug}/          (any other guide)
 */
export function placeGuide(path: string, file: string): GuidePlace {
  const parts = path.split('/');
  const [section, a, b] = parts;
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (!isGuideSection(section)) {
    return fail(
      `guides live in ${Object.keys(GUIDE_SECTIONS)
        .map((s) => `${s}/`)
        .join(', ')} — not "${section}/" (sections: src/lib/page-registry.ts)`,
    );
  }
  if (parts.length === 2 && a === 'index') return { section, kind: 'index' };
  if (GUIDE_SECTIONS[section].singlePage) return fail(`${section}/ holds only index.mdx`);
  if (parts.length === 3 && a === 'topics') {
    if (!b || !isTopic(b)) return fail(`"${b}" is not a topic (see src/lib/taxonomy.ts)`);
    return { section, kind: 'topic', topic: b };
  }
  if (parts.length !== 2 || !a) return fail(`unexpected guide path "${path}"`);
  if (isBand(a)) return { section, kind: 'band', band: a };
  if (/^\d/.test(a)) return fail(`"${a}" looks like an age band but is not one of the bands`);
  if (!SLUG.test(a)) return fail(`"${a}" must be lower-case words joined by hyphens`);
  if (a === 'topics') return fail('"topics" is reserved for topic briefings');
  return { section, kind: 'page', slug: a };
}

/** A guide's search filters: its section's audience, and its band or topic. */
function guideSearchTags(place: GuidePlace): SearchTags {
  const section: GuideSection = GUIDE_SECTIONS[place.section];
  return {
    audience: section.audience,
    band: place.kind === 'band' ? place.band : undefined,
    topic: place.kind === 'topic' ? place.topic : section.topic,
  };
}

/**
 * How the offline edition treats a page type. 'always': kept on the device with the
 * edition, and by any worker that keeps less; 'edition': kept with the whole edition.
 */
export type OfflineRule = 'always' | 'edition';

interface PageTypeSpec<R extends string> {
  /** The route under /{locale}/, as in src/pages/[locale]/{route}/index.astro ('' = home). */
  route: R;
  /** The parameters of every page of this type, in each locale (a route's getStaticPaths). */
  pages: (site: SiteIndex) => Record<ParamNames<R>, string>[];
  /** Whether parameters read from a URL name a page of this type (default: any). */
  accepts?: (params: Record<ParamNames<R>, string>) => boolean;
  /** Search filters of a page of this type; none = not indexed. */
  search?: (params: Record<ParamNames<R>, string>) => SearchTags;
  offline: OfflineRule;
}
const once = () => [{}];
const pageType = <R extends string>(spec: PageTypeSpec<R>) => spec;

/** A face of every lesson (the child page, the teacher plan): one page per lesson, for one audience. */
const lessonFace = (route: 'lessons/[topic]/[band]' | 'teach/[topic]/[band]', audience: Audience) =>
  pageType({
    route,
    pages: (site) => site.lessons.map(({ topic, band }) => ({ topic, band })),
    accepts: ({ topic, band }) => isTopic(topic) && isBand(band),
    offline: 'edition',
    search: ({ topic, band }) => ({ audience: [audience], topic: topic as Topic, band: band as Band }),
  });

/**
 * Every page type, most specific route first (the order a path is matched in). Routes
 * with a spread (`[...guide]`) come last: Astro prefers static segments, so do we.
 */
export const PAGE_TYPES = {
  home: pageType({ route: '', pages: once, offline: 'always' }),
  search: pageType({ route: 'search', pages: once, offline: 'edition' }),
  sources: pageType({
    route: 'sources',
    pages: once,
    offline: 'edition',
    search: () => ({ audience: ['parents'] }),
  }),
  status: pageType({ route: 'status', pages: once, offline: 'edition' }),
  offline: pageType({ route: 'offline', pages: once, offline: 'always' }),
  bandHub: pageType({
    route: 'kids/[band]',
    pages: () => BANDS.map((band) => ({ band })),
    accepts: ({ band }) => isBand(band),
    offline: 'edition',
  }),
  lesson: lessonFace('lessons/[topic]/[band]', 'children'),
  teach: lessonFace('teach/[topic]/[band]', 'teachers'),
  helpCountry: pageType({
    route: 'help/[country]',
    pages: (site) => site.countries.map((country) => ({ country })),
    accepts: ({ country }) => /^[a-z]{2}$/.test(country),
    offline: 'always',
    search: () => ({ audience: AUDIENCES, topic: 'getting-help' }),
  }),
  /** Every guide: its path under content/guides/{locale}/ without a final "index". */
  guide: pageType({
    route: '[...guide]',
    pages: (site) => site.guides.map((path) => ({ guide: guideParam(path) })),
    accepts: ({ guide }) => {
      try {
        return Boolean(placeGuide(guidePathOf(guide), guide));
      } catch {
        return false;
      }
    },
    offline: 'edition',
    search: ({ guide }) => guideSearchTags(placeGuide(guidePathOf(guide), `guide "${guide}"`)),
  }),
};
export type PageTypeId = keyof typeof PAGE_TYPES;
export type PageParams<T extends PageTypeId> = Record<ParamNames<(typeof PAGE_TYPES)[T]['route']>, string>;

/** The URL of a page: /{locale}/{route with its parameters}/. */
export function pathOf<T extends PageTypeId>(type: T, locale: string, params: PageParams<T>): string {
  const values = params as Record<string, string>;
  const filled = PAGE_TYPES[type].route.replace(/\[(?:\.\.\.)?([a-z]+)\]/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`pathOf(${type}): no value for [${name}]`);
    return value;
  });
  return `/${[locale, filled].filter(Boolean).join('/')}/`;
}

/** Every page path of one locale, from the registry and the content. */
export const pagesOf = (site: SiteIndex, locale: string): string[] =>
  (Object.keys(PAGE_TYPES) as PageTypeId[]).flatMap((type) =>
    (PAGE_TYPES[type] as PageTypeSpec<string>)
      .pages(site)
      .map((params) => pathOf(type, locale, params as PageParams<typeof type>)),
  );

/** Which page type a path is, and its parameters; undefined for a path outside the registry. */
export function pageAt(
  pathname: string,
  locales: readonly string[],
): { type: PageTypeId; locale: string; params: Record<string, string> } | undefined {
  const [locale = '', ...rest] = pathname.replace(/^\/|\/$/g, '').split('/');
  if (!locales.includes(locale)) return undefined;
  const segments = rest.filter(Boolean);
  for (const [type, spec] of Object.entries(PAGE_TYPES) as [PageTypeId, PageTypeSpec<string>][]) {
    const { route } = spec;
    const pattern = route ? route.split('/') : [];
    const params: Record<string, string> = {};
    let matched = true;
    for (const [i, part] of pattern.entries()) {
      const spread = /^\[\.\.\.([a-z]+)\]$/.exec(part);
      if (spread) {
        if (i >= segments.length) matched = false;
        else params[spread[1]!] = segments.slice(i).join('/');
        break;
      }
      const param = /^\[([a-z]+)\]$/.exec(part);
      if (param && segments[i] !== undefined) params[param[1]!] = segments[i]!;
      else if (part !== segments[i]) matched = false;
      if (!matched) break;
    }
    const spreads = pattern.some((p) => p.startsWith('[...'));
    if (!matched || (!spreads && pattern.length !== segments.length)) continue;
    if (spec.accepts && !spec.accepts(params)) continue;
    return { type, locale, params };
  }
  return undefined;
}

/** The search filters of the page at `pathname`, from its page type (none: not indexed). */
export function searchTagsAt(pathname: string, locales: readonly string[]): SearchTags | undefined {
  const page = pageAt(pathname, locales);
  if (!page) return undefined;
  return (PAGE_TYPES[page.type] as PageTypeSpec<string>).search?.(page.params);
}
