/**
 * Quick exit, after the GOV.UK "Exit this page" pattern: the button, or the Shift key
 * pressed three times within five seconds, leaves for a neutral site. Escape does nothing
 * here: people press it to clear a search box, close a menu or stop a screen reader.
 *
 * Leaving hides this page first (its content is removed and the title made neutral), so a
 * slow or absent network never leaves it on screen; then `location.replace` loads the
 * neutral site, so the back button does not return here. Screen-reader users hear each
 * Shift press counted and hear that the page is being left. Without JavaScript the button
 * is an ordinary link to the same site.
 */
import { readStrings } from './browser-strings.ts';

export const PRESSES = 3;
/** A neutral, non-commercial site that raises no questions on a shared screen. */
export const NEUTRAL_SITE = { url: 'https://www.wikipedia.org/', title: 'Wikipedia' };
/** The strings the script needs (QuickExit.astro sends these): "leaving", and the presses left. */
export const QUICK_EXIT_STRINGS = ['exit.leaving', 'exit.press'] as const;
export const WINDOW_MS = 5000;

/** Counts Shift presses; true when the third arrives within the time window of the first. */
export function shiftCounter(now: () => number = Date.now) {
  let presses: number[] = [];
  return {
    press(): number {
      const t = now();
      presses = [...presses.filter((p) => t - p < WINDOW_MS), t];
      return presses.length;
    },
    reset() {
      presses = [];
    },
  };
}

export function setupQuickExit(): void {
  const box = document.querySelector<HTMLElement>('#quick-exit');
  const link = box?.querySelector<HTMLAnchorElement>('a');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  if (!box || !link || !status) return;
  const text = readStrings(box, QUICK_EXIT_STRINGS);

  const leave = () => {
    status.textContent = text.text('exit.leaving');
    // Hide everything at once; the announcement stays in the tree for screen readers.
    document.title = NEUTRAL_SITE.title;
    document.body.append(status);
    for (const child of [...document.body.children]) if (child !== status) child.remove();
    location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });

  const counter = shiftCounter();
  let quiet: number | undefined;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) {
      if (event.key !== 'Shift') counter.reset();
      return;
    }
    const count = counter.press();
    window.clearTimeout(quiet);
    if (count >= PRESSES) {
      leave();
      return;
    }
    status.textContent = text.plural('exit.press', PRESSES - count);
    quiet = window.setTimeout(() => {
      counter.reset();
      status.textContent = '';
    }, WINDOW_MS);
  });
}
