/** getStaticPaths for a guide section: every English guide of the section, in every locale. */
import type { GuideSection } from './guides.ts';
import { perLocale } from './paths.ts';
import { guideFor, loadSite } from './site-data.ts';

export async function guidePaths(section: GuideSection) {
  const site = await loadSite();
  const variants = [...site.guides.keys()]
    .filter((path) => path.startsWith(`${section}/`))
    .map((path) => {
      const rest = path.slice(section.length + 1);
      return {
        // help/ and privacy/ are single pages, with no [...slug] segment.
        params:
          section === 'help' || section === 'privacy' ? {} : { slug: rest === 'index' ? undefined : rest },
        props: (locale: string) => guideFor(site, locale, path)!,
      };
    });
  return perLocale(variants);
}
