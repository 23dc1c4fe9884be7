/**
 * getStaticPaths for every route, from the page registry (page-registry.ts): each page of
 * a type, once per locale. A route file names its page type and, if it needs them, the
 * props its pages get: `export const getStaticPaths = () => staticPaths('lesson', …)`.
 */
import { LOCALE_CODES } from './locales.ts';
import { PAGE_TYPES, type PageParams, type PageTypeId } from './page-registry.ts';
import { loadSite, type SiteData } from './site-data.ts';

export async function staticPaths<T extends PageTypeId, P extends object = Record<string, never>>(
  type: T,
  props?: (site: SiteData, locale: string, params: PageParams<T>) => P,
) {
  const site = await loadSite();
  const pages = (PAGE_TYPES[type].pages as (index: SiteData['index']) => PageParams<T>[])(site.index);
  return LOCALE_CODES.flatMap((locale) =>
    pages.map((params) => ({
      params: { locale, ...params },
      props: props ? props(site, locale, params) : ({} as P),
    })),
  );
}
