/**
 * The search page's script (runs in the browser). Reads the query and filters from the
 * URL, loads Pagefind lazily (this page only), searches the index of the page's
 * language, and renders results as plain links. Typing searches again after a pause;
 * the URL follows so a search can be bookmarked or shared.
 */
import { readStrings } from './browser-strings.ts';

/** The strings the script needs (the search page sends these); the browser fills in {{query}} and {{count}}. */
export const SEARCH_STRINGS = [
  'search.loading',
  'search.empty',
  'search.none',
  'search.error',
  'search.count',
] as const;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const FILTERS = ['audience', 'band', 'topic'] as const;
/** Results shown at once; the count above them is the full number found. */
const MAX_SHOWN = 30;

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const noScript = document.querySelector<HTMLElement>('#search-nojs');
  if (noScript) noScript.hidden = true;
  const locale = form.dataset['locale'] ?? '';
  const text = readStrings(form, SEARCH_STRINGS);

  // Restore the query and filters from the URL.
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement) select.value = params.get(name) ?? '';
  }

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 24 });
      await pf.init();
      return pf;
    }));

  // Each keystroke starts a search at once (no waiting); a newer one makes older ones moot.
  let latest = 0;
  async function run(updateUrl: boolean) {
    const mine = ++latest;
    const query = input!.value.trim();
    const filters: Record<string, string> = {};
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const name of FILTERS) {
      const value = (form!.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
      if (value) {
        filters[name] = value;
        url.searchParams.set(name, value);
      }
    }
    if (updateUrl) history.replaceState(null, '', url);
    if (!query) {
      list!.replaceChildren();
      status!.textContent = text.text('search.empty');
      return;
    }
    status!.textContent = text.text('search.loading');
    try {
      const pf = await load();
      const search = await pf.search(query, { filters });
      if (mine !== latest) return; // a newer keystroke took over
      // Pagefind searches the index of this page's language; the prefix check is a guard.
      const found = search.results;
      const data = (await Promise.all(found.slice(0, MAX_SHOWN).map((r) => r.data()))).filter((d) =>
        d.url.startsWith(`/${locale}/`),
      );
      if (mine !== latest) return;
      list!.replaceChildren(...data.map(renderResult));
      status!.textContent = found.length
        ? text.plural('search.count', found.length, { query })
        : text.text('search.none', { query });
    } catch {
      status!.textContent = text.text('search.error');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  input.addEventListener('input', () => void run(true));
  // Start loading the search index as soon as the reader shows an intention to search.
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('change', () => void run(true));
  void run(false);
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around matches: keep the text and the
  // marks, nothing else (a <template> parses without running anything).
  const parsed = document.createElement('template');
  parsed.innerHTML = data.excerpt;
  for (const node of parsed.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      excerpt.append(mark);
    } else {
      excerpt.append(node.textContent ?? '');
    }
  }
  item.append(heading, excerpt);
  return item;
}
