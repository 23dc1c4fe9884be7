/**
 * The country a reader chose for help, kept on this device only (localStorage), never
 * sent anywhere: no geolocation, no address lookup. Once chosen, "Get help" and every link
 * to the help page lead straight to that country's page (an inline script in BaseLayout
 * rewrites them; see `HELP_LINK_SCRIPT`). Listed and cleared on the privacy page.
 */
import { readStrings } from './browser-strings.ts';
import { COUNTRY_KEY } from './device-storage.ts';

/** The strings the scripts need (CountryChooser.astro and RememberCountry.astro send these). */
export const CHOOSER_STRINGS = ['help.chooser.saved', 'help.chooser.show'] as const;
export const REMEMBER_STRINGS = ['help.country.remembered', 'help.country.forgotten'] as const;
const isSlug = (value: string | null): value is string => !!value && /^[a-z]{2}$/.test(value);

function rememberedCountry(): string | undefined {
  try {
    const value = localStorage.getItem(COUNTRY_KEY);
    return isSlug(value) ? value : undefined;
  } catch {
    return undefined; // storage blocked: the site works as if nothing was chosen
  }
}

function rememberCountry(slug: string): void {
  if (isSlug(slug)) localStorage.setItem(COUNTRY_KEY, slug);
}

function forgetCountry(): void {
  localStorage.removeItem(COUNTRY_KEY);
}

/** Country chooser on the help page: choosing a country remembers it; a saved one is offered. */
export function setupCountryChooser(): void {
  const chooser = document.querySelector<HTMLElement>('#countries');
  if (!chooser) return;
  for (const link of chooser.querySelectorAll<HTMLAnchorElement>('a[data-country]')) {
    link.addEventListener('click', () => rememberCountry(link.dataset['country'] ?? ''));
  }
  const saved = rememberedCountry();
  const box = chooser.querySelector<HTMLElement>('.saved-country');
  const link = saved && chooser.querySelector<HTMLAnchorElement>(`a[data-country="${saved}"]`);
  if (box && link) {
    const text = readStrings(box, CHOOSER_STRINGS);
    const country = link.textContent?.trim() ?? '';
    box.querySelector('p')!.textContent = text.text('help.chooser.saved', { country });
    const show = box.querySelector<HTMLAnchorElement>('a')!;
    show.href = link.href;
    show.textContent = text.text('help.chooser.show', { country });
    box.hidden = false;
  }
}

/** The country page's "remember this country" / "forget" control. */
export function setupRememberCountry(): void {
  const box = document.querySelector<HTMLElement>('#remember-country');
  if (!box) return;
  const slug = box.dataset['country'] ?? '';
  const [remember, forget] = box.querySelectorAll<HTMLButtonElement>('button');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  if (!remember || !forget || !status) return;
  const text = readStrings(box, REMEMBER_STRINGS);
  const show = (message?: string) => {
    const isSaved = rememberedCountry() === slug;
    remember.hidden = isSaved;
    forget.hidden = !isSaved;
    status.textContent = message ?? (isSaved ? text.text('help.country.remembered') : '');
  };
  remember.addEventListener('click', () => {
    rememberCountry(slug);
    show();
  });
  forget.addEventListener('click', () => {
    forgetCountry();
    show(text.text('help.country.forgotten'));
  });
  box.hidden = false;
  show();
}
