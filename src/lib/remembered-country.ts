/**
 * The country a reader chose for help, kept on this device only (localStorage), never
 * sent anywhere: no geolocation, no address lookup. Once chosen, "Get help" and every link
 * to the help page lead straight to that country's page (an inline script in BaseLayout
 * rewrites them; see `HELP_LINK_SCRIPT`). Listed and cleared on the privacy page.
 */
import { COUNTRY_KEY } from './device-storage.ts';
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
  const box = chooser.querySelector<HTMLElement>('[data-saved]');
  const link = saved && chooser.querySelector<HTMLAnchorElement>(`a[data-country="${saved}"]`);
  if (box && link) {
    const text = JSON.parse(box.dataset['saved'] ?? '{}') as Record<string, string>;
    const name = link.textContent?.trim() ?? '';
    box.querySelector('p')!.textContent = (text['saved'] ?? '').replace('{{country}}', name);
    const show = box.querySelector<HTMLAnchorElement>('a')!;
    show.href = link.href;
    show.textContent = (text['show'] ?? '').replace('{{country}}', name);
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
  const text = JSON.parse(box.dataset['strings'] ?? '{}') as Record<string, string>;
  const show = (message?: string) => {
    const isSaved = rememberedCountry() === slug;
    remember.hidden = isSaved;
    forget.hidden = !isSaved;
    status.textContent = message ?? (isSaved ? (text['remembered'] ?? '') : '');
  };
  remember.addEventListener('click', () => {
    rememberCountry(slug);
    show();
  });
  forget.addEventListener('click', () => {
    forgetCountry();
    show(text['forgotten']);
  });
  box.hidden = false;
  show();
}
