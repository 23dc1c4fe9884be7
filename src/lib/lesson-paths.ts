/** getStaticPaths for the two faces of a lesson: every English lesson, in every locale. */
import { perLocale } from './paths.ts';
import { lessonFor, loadSite } from './site-data.ts';

export async function lessonPaths() {
  const site = await loadSite();
  const variants = [...site.lessons.values()].map((byLocale) => {
    const { topic, band } = byLocale.get('en')!.entry.data;
    return { params: { topic, band }, props: (locale: string) => lessonFor(site, locale, topic, band)! };
  });
  return perLocale(variants);
}
