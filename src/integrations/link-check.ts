/**
 * The link check of the built site (run by postbuild.ts; content files get a first,
 * file-naming pass in src/lib/links.ts while the build loads them). On every HTML page,
 * every site-absolute link and source must lead to a file that exists; a link to
 * `page#id` needs an element with that id on the target page; and a link into another
 * language's pages must say so with `hreflang` (the language switcher does), so no reader
 * is sent out of their language by accident.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  why: string;
  /** 'warning': reported, not fatal — a fallback page's English text links to English pages. */
  level?: 'warning';
}

export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });

/** The site path of an HTML file: dist/en/help/index.html → /en/help/. */
export const pagePath = (dir: string, file: string) =>
  `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every HTML page of the built site in `dir`, read once: site path → HTML. */
export const readPages = (dir: string): Map<string, string> =>
  new Map(htmlFiles(dir).map((file) => [pagePath(dir, file), readFileSync(file, 'utf8')]));

/**
 * Every broken internal link of the site in `dir` (its `pages`, as readPages gives them);
 * `locales`: the first URL segments of editions.
 */
export function brokenLinksInDist(
  dir: string,
  locales: readonly string[],
  pages: ReadonlyMap<string, string> = readPages(dir),
): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsAt = (page: string) => {
    let found = ids.get(page);
    if (!found) ids.set(page, (found = idsOf(pages.get(page) ?? '')));
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    const pageLocale = page.split('/')[1];
    for (const match of html.matchAll(/<(?:a|link|script|img|source|form)\s[^>]*>/g)) {
      const tag = match[0];
      const raw = attr(tag, 'href') ?? attr(tag, 'src') ?? attr(tag, 'action');
      if (!raw || raw.startsWith('//') || raw.startsWith('/pagefind/')) continue;
      if (!raw.startsWith('/') && !raw.startsWith('#')) continue; // external, tel:, data:
      const [pathAndQuery = '', fragment] = raw.split('#');
      const path = pathAndQuery.replace(/\?.*$/, '') || page;
      const target = join(dir, decodeURI(path));
      const exists = path.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
      if (!exists) {
        broken.push({ page, link: raw, why: 'no such page or file' });
        continue;
      }
      if (fragment && path.endsWith('/') && !idsAt(path).has(decodeURIComponent(fragment))) {
        broken.push({ page, link: raw, why: `no element with id "${fragment}" on ${path}` });
      }
      const linkLocale = path.split('/')[1];
      if (
        tag.startsWith('<a') &&
        pageLocale &&
        locales.includes(pageLocale) &&
        linkLocale &&
        locales.includes(linkLocale) &&
        linkLocale !== pageLocale &&
        attr(tag, 'hreflang') !== linkLocale
      ) {
        broken.push({
          page,
          link: raw,
          why: `leads to another language without hreflang="${linkLocale}"`,
          level: 'warning',
        });
      }
    }
  }
  return broken;
}
