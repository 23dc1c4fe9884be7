/**
 * "What would you do?" in the browser: the <what-would-you-do> element upgrades the check
 * that WhatWouldYouDo.astro renders as plain HTML (each choice a <details> whose summary
 * opens its verdict and feedback, which works with JavaScript off). Upgraded, the choices
 * become buttons (aria-pressed on the one chosen); the chosen one's feedback appears in a
 * polite live region, so screen readers hear it, with "Try another answer", which clears
 * the choice and puts focus back on the first choice. Nothing is stored.
 *
 * Everything the element shows is the server's markup, moved, not rebuilt: the feedback
 * and verdicts from the <details>, the hint and the retry button from a <template>. So the
 * element needs no strings, no imports, and Astro inlines it in the page.
 */
const CHECK_TAG = 'what-would-you-do';

export function defineWhatWouldYouDo(): void {
  if (!('customElements' in window) || customElements.get(CHECK_TAG)) return;
  customElements.define(
    CHECK_TAG,
    class extends HTMLElement {
      #upgraded = false;
      connectedCallback() {
        if (!this.#upgraded) this.#upgraded = upgrade(this);
      }
    },
  );
}

/** Turns the plain check inside `root` into the interactive one; false (nothing changed) if its markup is not as expected. */
function upgrade(root: HTMLElement): boolean {
  const list = root.querySelector('ol');
  const added = root.querySelector('template')?.content;
  const hint = added?.querySelector('p');
  const again = added?.querySelector('button');
  if (!list || !hint || !again) return false;
  const items = [...list.children].filter((el): el is HTMLLIElement => el instanceof HTMLLIElement);
  const choices = items.map((item) => ({
    item,
    text: item.querySelector('summary')?.textContent?.trim() ?? '',
    feedback: item.querySelector<HTMLElement>('.feedback'),
  }));
  if (!choices.length || choices.some((c) => !c.text || !c.feedback)) return false;

  list.before(hint);
  list.setAttribute('aria-describedby', hint.id);
  const live = document.createElement('div');
  live.setAttribute('aria-live', 'polite');
  list.after(live);

  const buttons = choices.map(({ item, text }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'choice';
    button.setAttribute('aria-pressed', 'false');
    button.textContent = text;
    item.replaceChildren(button);
    return button;
  });
  let chosen: number | undefined;
  const choose = (index: number | undefined) => {
    if (index === chosen) return; // the same answer again: nothing new to announce
    chosen = index;
    buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(i === index)));
    const feedback = index === undefined ? undefined : choices[index]?.feedback;
    if (feedback) feedback.append(again);
    live.replaceChildren(...(feedback ? [feedback] : []));
  };
  buttons.forEach((button, i) => button.addEventListener('click', () => choose(i)));
  again.addEventListener('click', () => {
    choose(undefined);
    buttons[0]?.focus();
  });
  return true;
}
