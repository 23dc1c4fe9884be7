/**
 * What this site keeps in the browser, all of it on the device only: the offline copy
 * (service worker and its caches), the country chosen for help, and answers typed into
 * fill-in forms (localStorage, keys starting with "safesteps:"). Listed and cleared from
 * the privacy page.
 */
import { readStrings } from './browser-strings.ts';

const STORAGE_PREFIX = 'safesteps:';
type SavedItem = 'offline' | 'country' | 'answers';
/** The strings the privacy page's script needs (StorageControls.astro sends these). */
export const STORAGE_STRINGS = [
  'privacy.nothing',
  'privacy.saved',
  'privacy.cleared',
  'privacy.item.offline',
  'privacy.item.country',
  'privacy.item.answers',
] as const;
/** The country chosen for help (see remembered-country.ts). */
export const COUNTRY_KEY = `${STORAGE_PREFIX}country`;

async function savedItems(): Promise<SavedItem[]> {
  const items: SavedItem[] = [];
  const cacheNames = 'caches' in self ? await caches.keys() : [];
  const workers = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : [];
  if (cacheNames.length || workers.length) items.push('offline');
  const keys = Object.keys(localStorage).filter((key) => key.startsWith(STORAGE_PREFIX));
  if (keys.includes(COUNTRY_KEY)) items.push('country');
  if (keys.some((key) => key !== COUNTRY_KEY)) items.push('answers');
  return items;
}

async function clearEverything(): Promise<void> {
  if ('serviceWorker' in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations())
      await registration.unregister();
  }
  if ('caches' in self) for (const name of await caches.keys()) await caches.delete(name);
  for (const key of Object.keys(localStorage))
    if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
}

/** The privacy page's list of what is saved, and its one-click "remove everything". */
export function setupStorageControls(): void {
  const box = document.querySelector<HTMLElement>('#device-storage');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  const button = box?.querySelector<HTMLButtonElement>('button');
  if (!box || !status || !button) return;
  const text = readStrings(box, STORAGE_STRINGS);
  const show = async () => {
    const items = await savedItems();
    status.textContent = items.length
      ? text.text('privacy.saved', { items: items.map((i) => text.text(`privacy.item.${i}`)).join(', ') })
      : text.text('privacy.nothing');
    button.hidden = items.length === 0;
  };
  button.addEventListener('click', async () => {
    await clearEverything();
    await show();
    status.textContent = text.text('privacy.cleared');
  });
  void show();
}

/** Fill-in forms keep their answers on this device (and only here), per page. */
export function setupSavedForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-store]')) {
    const key = `${STORAGE_PREFIX}form:${form.dataset['store']}`;
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
    for (const field of form.querySelectorAll<HTMLTextAreaElement>('textarea')) {
      if (saved[field.name]) field.value = saved[field.name]!;
    }
    form.addEventListener('input', () => {
      const answers: Record<string, string> = {};
      for (const field of form.querySelectorAll<HTMLTextAreaElement>('textarea')) {
        if (field.value.trim()) answers[field.name] = field.value;
      }
      if (Object.keys(answers).length) localStorage.setItem(key, JSON.stringify(answers));
      else localStorage.removeItem(key);
    });
    form.querySelector<HTMLElement>('.saved-note')?.removeAttribute('hidden');
  }
}
