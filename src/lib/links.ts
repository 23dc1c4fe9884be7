/** Internal links written in content, checked against the pages the site really has. */

const MARKDOWN_LINK = /\]\((\/[^)\s]*)\)/g;
const HTML_HREF = /href=["'](\/[^"']*)["']/g;

/** Site-absolute links in a Markdown/MDX body, without their #fragment or ?query. */
export function internalLinks(body: string): string[] {
  const found = new Set<string>();
  for (const pattern of [MARKDOWN_LINK, HTML_HREF]) {
    for (const match of body.matchAll(pattern)) {
      const link = (match[1] ?? '').replace(/[?#].*$/, '');
      if (link) found.add(link);
    }
  }
  return [...found];
}

/** Normalise a path so "/en/help" and "/en/help/" match the same page. */
const normalisePath = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** Links (per file) that point to no page in `pages`; empty when all is well. */
export function brokenLinks(
  files: readonly { file: string; body: string }[],
  pages: ReadonlySet<string>,
): { file: string; link: string }[] {
  const broken: { file: string; link: string }[] = [];
  for (const { file, body } of files) {
    for (const link of internalLinks(body)) {
      if (/\.[a-z0-9]+$/i.test(link)) continue; // a file such as /favicon.svg
      if (!pages.has(normalisePath(link))) broken.push({ file, link });
    }
  }
  return broken;
}
