/**
 * The sources matrix: for each seed document, each cited section and the pages citing it.
 * Derived from the `sources` of every lesson and guide — nothing is listed by hand.
 */
import type { Translate } from './i18n.ts';
import { guideFor, lessonFor, type SiteData } from './site-data.ts';
import { urls } from './urls.ts';

interface CitingPage {
  href: string;
  title: string;
  lang: string;
}
export interface CitedSection {
  section: string;
  pages: CitingPage[];
}

const sortKey = (section: string) => section.replace(/\d+/g, (n) => n.padStart(4, '0')).toLowerCase();

export function citationsBySeed(site: SiteData, locale: string, t: Translate): Map<string, CitedSection[]> {
  const bySeed = new Map<string, Map<string, CitingPage[]>>();
  const add = (seed: string, section: string, page: CitingPage) => {
    let sections = bySeed.get(seed);
    if (!sections) bySeed.set(seed, (sections = new Map()));
    const pages = sections.get(section) ?? [];
    if (!pages.some((p) => p.href === page.href)) pages.push(page);
    sections.set(section, pages);
  };

  for (const byLocale of site.lessons.values()) {
    const { topic, band } = byLocale.source.entry.data;
    const lesson = lessonFor(site, locale, topic, band)!;
    const { data } = lesson.entry.entry;
    const page = {
      href: urls.teach(locale, topic, band),
      title: `${data.title} (${t(`band.short.${band}`)})`,
      lang: lesson.lang,
    };
    // Citations are matched on the English source's sections, which every translation shares.
    for (const s of byLocale.source.entry.data.sources) add(s.seed, s.section, page);
  }
  for (const path of site.guides.keys()) {
    const guide = guideFor(site, locale, path)!;
    const page = { href: urls.guide(locale, path), title: guide.entry.entry.data.title, lang: guide.lang };
    for (const s of site.guides.get(path)!.source.entry.data.sources) add(s.seed, s.section, page);
  }

  return new Map(
    [...bySeed].map(([seed, sections]) => [
      seed,
      [...sections]
        .map(([section, pages]) => ({ section, pages }))
        .sort((a, b) => sortKey(a.section).localeCompare(sortKey(b.section))),
    ]),
  );
}
