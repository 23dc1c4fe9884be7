/** Dates in the reader's language, e.g. "22 November 2026" / "22 novembre 2026". */
export const formatDate = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
