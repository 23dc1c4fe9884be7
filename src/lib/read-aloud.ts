/**
 * "Read to me" on children's pages: the browser's own speech engine reads the page, in
 * the language of its text, block by block, highlighting the block being read. It can
 * be paused and stopped. The control stays hidden where the browser has no voice for the
 * language. No audio is fetched from anywhere.
 */
import { readStrings } from './browser-strings.ts';

const READABLE = 'h1, h2, h3, p, li, dt, dd';
/** The strings the script needs (ReadAloud.astro sends these): the pause button's two labels. */
export const READ_ALOUD_STRINGS = ['read.pause', 'read.resume'] as const;

export function setupReadAloud(): void {
  const box = document.querySelector<HTMLElement>('#read-aloud');
  const article = box?.closest<HTMLElement>('[lang]');
  if (!box || !article || !('speechSynthesis' in window)) return;
  const lang = article.lang.toLowerCase();
  const [startButton, pauseButton, stopButton] = box.querySelectorAll<HTMLButtonElement>('button');
  if (!startButton || !pauseButton || !stopButton) return;
  const text = readStrings(box, READ_ALOUD_STRINGS);
  const labels = { pause: text.text('read.pause'), resume: text.text('read.resume') };
  const synth = window.speechSynthesis;

  const voice = () =>
    synth
      .getVoices()
      .find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang.split('-')[0]);
  const reveal = () => {
    if (voice()) box.hidden = false;
  };
  reveal();
  synth.addEventListener?.('voiceschanged', reveal);

  // What to read: the text blocks of the page, in order, not the controls or the sources.
  const blocks = () =>
    [...article.querySelectorAll<HTMLElement>(READABLE)].filter(
      (el) =>
        !el.closest('#read-aloud, .sources-list, .meta, .no-read') &&
        el.innerText.trim() &&
        !el.querySelector(READABLE),
    );
  let current: HTMLElement | undefined;
  let reading = false;
  const mark = (el?: HTMLElement) => {
    current?.classList.remove('reading');
    current = el;
    if (el) {
      el.classList.add('reading');
      el.scrollIntoView({
        block: 'nearest',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    }
  };
  const setReading = (on: boolean) => {
    reading = on;
    startButton.hidden = on;
    pauseButton.hidden = !on;
    stopButton.hidden = !on;
    pauseButton.textContent = labels.pause;
    pauseButton.setAttribute('aria-pressed', 'false');
    if (!on) mark(undefined);
  };

  const readFrom = (list: HTMLElement[], index: number) => {
    const el = list[index];
    if (!el || !reading) return setReading(false);
    const utterance = new SpeechSynthesisUtterance(el.innerText.trim());
    utterance.lang = article.lang;
    const v = voice();
    if (v) utterance.voice = v;
    utterance.onstart = () => mark(el);
    utterance.onend = () => readFrom(list, index + 1);
    utterance.onerror = () => setReading(false);
    synth.speak(utterance);
  };

  startButton.addEventListener('click', () => {
    synth.cancel();
    setReading(true);
    readFrom(blocks(), 0);
    pauseButton.focus();
  });
  pauseButton.addEventListener('click', () => {
    const paused = pauseButton.getAttribute('aria-pressed') === 'true';
    if (paused) synth.resume();
    else synth.pause();
    pauseButton.setAttribute('aria-pressed', String(!paused));
    pauseButton.textContent = paused ? labels.pause : labels.resume;
  });
  stopButton.addEventListener('click', () => {
    setReading(false);
    synth.cancel();
    startButton.focus();
  });
}
