/**
 * Runs after Astro has written the site: every internal link in every HTML page must
 * lead to a page that exists (a broken link fails the build, naming the page and the
 * link); then Pagefind indexes the pages — one index per language, from <html lang>;
 * then each locale gets its offline service worker (./offline.ts).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { brokenLinksInDist, readPages } from './link-check.ts';
import { buildServiceWorkers } from './offline.ts';

/** Pages whose text still shows Markdown emphasis marks ("**"): the Markdown did not render. */
function unrenderedMarkdown(pages: ReadonlyMap<string, string>): { page: string; text: string }[] {
  const found: { page: string; text: string }[] = [];
  for (const [page, html] of pages) {
    const match = /.{0,20}\*\*.{0,20}/.exec(html.replace(/<script[\s\S]*?<\/script>/g, ''));
    if (match) found.push({ page, text: match[0] });
  }
  return found;
}

/** `locales`: the site's locale codes (each gets an offline edition). */
export default function postbuild(locales: readonly string[]): AstroIntegration {
  return {
    name: 'postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readPages(out);
        const found = brokenLinksInDist(out, locales, pages);
        for (const w of found.filter((b) => b.level === 'warning')) {
          logger.warn(`on ${w.page}: ${w.link} — ${w.why}`);
        }
        const broken = found.filter((b) => b.level !== 'warning');
        if (broken.length) {
          throw new Error(
            `Broken links:\n${broken.map((b) => `  on ${b.page}: ${b.link} — ${b.why}`).join('\n')}`,
          );
        }
        logger.info('internal links: all lead to real pages, anchors and languages');
        const unrendered = unrenderedMarkdown(pages);
        if (unrendered.length) {
          throw new Error(
            `Markdown shown as text (write <strong>…</strong> where ** sits between a letter and punctuation):\n${unrendered
              .map((u) => `  on ${u.page}: …${u.text}…`)
              .join('\n')}`,
          );
        }

        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const { page_count } = await index.addDirectory({ path: out });
        await index.writeFiles({ outputPath: join(out, 'pagefind') });
        await pagefind.close();
        logger.info(`search index: ${page_count} pages indexed by Pagefind`);

        for (const { locale, files, bytes } of await buildServiceWorkers(out, locales)) {
          logger.info(`offline: /${locale}/sw.js saves ${files} files (${Math.round(bytes / 1024)} KiB)`);
        }
      },
    },
  };
}
