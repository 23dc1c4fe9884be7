/** getStaticPaths helpers: every page is built once per locale. */
import { LOCALE_CODES } from './locales.ts';

/** One entry per locale, combined with each of `variants`. */
export function perLocale<T extends Record<string, string | undefined>, P>(
  variants: { params: T; props: (locale: string) => P }[],
) {
  return LOCALE_CODES.flatMap((locale) =>
    variants.map((v) => ({ params: { locale, ...v.params }, props: v.props(locale) })),
  );
}

export const localeOnly = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));
