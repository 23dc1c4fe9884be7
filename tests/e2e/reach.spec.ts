import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGE_TYPES, at, stringsOf } from './pages.ts';

/** A stand-in for the browser's speech engine: records what it is asked to say. */
async function fakeSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((voiceList) => {
    const log = { spoken: [] as string[], paused: false, cancelled: 0 };
    (window as unknown as { speechLog: typeof log }).speechLog = log;
    class FakeUtterance {
      text: string;
      lang = '';
      voice: unknown = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => voiceList,
      speak(u: FakeUtterance) {
        log.spoken.push(u.text);
        setTimeout(() => u.onstart?.(), 10); // and it keeps "speaking" this block
      },
      pause: () => (log.paused = true),
      resume: () => (log.paused = false),
      cancel: () => log.cancelled++,
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, voices);
}

test.describe('read to me', () => {
  for (const [locale, path, lang] of [
    ['en', '/en/lessons/balance/5-7/', 'en-GB'],
    ['ar', '/ar/lessons/balance/8-10/', 'ar-SA'],
  ] as const) {
    test(`${locale}: reads the page in its language, highlights the block, pauses and stops`, async ({
      page,
    }) => {
      await fakeSpeech(page, [{ lang, name: 'Test voice' }]);
      await page.goto(path);
      const controls = page.locator('#read-aloud');
      await expect(controls).toBeVisible();
      await controls.getByRole('button').first().click();
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveClass(/reading/);
      expect(
        await page.evaluate(
          () => (window as unknown as { speechLog: { spoken: string[] } }).speechLog.spoken[0],
        ),
      ).toBe((await h1.innerText()).trim());
      const text = stringsOf(locale);
      await controls.getByRole('button', { name: text('read.pause') }).click();
      await expect(controls.getByRole('button', { name: text('read.resume'), pressed: true })).toBeVisible();
      expect(
        await page.evaluate(() => (window as unknown as { speechLog: { paused: boolean } }).speechLog.paused),
      ).toBe(true);
      await controls.getByRole('button', { name: text('read.stop') }).click();
      await expect(h1).not.toHaveClass(/reading/);
    });
  }

  test('is hidden where the browser has no voice for the language', async ({ page }) => {
    await fakeSpeech(page, [{ lang: 'de-DE', name: 'German only' }]);
    await page.goto('/en/lessons/balance/5-7/');
    await expect(page.locator('#read-aloud')).toBeHidden();
  });
});

test.describe('device storage', () => {
  test.use({ serviceWorkers: 'allow' });
  test('what the site saves stays on the device, is listed on the privacy page and clears in one click', async ({
    page,
  }) => {
    await page.goto('/en/parents/family-agreement/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const field = page.getByLabel('Where we use devices at home:');
    await field.fill('In the living room');
    await page.reload();
    await expect(page.getByLabel('Where we use devices at home:')).toHaveValue('In the living room');

    await page.goto('/en/privacy/');
    const status = page.locator('#device-storage').getByRole('status');
    await expect(status).toContainText('the offline copy of the site');
    await expect(status).toContainText('answers you typed into a form');
    await page.getByRole('button', { name: 'Remove everything this site saved on this device' }).click();
    await expect(status).toHaveText('Done. Nothing from this site is saved on this device any more.');
    const left = await page.evaluate(async () => ({
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      answers: Object.keys(localStorage).length,
    }));
    expect(left).toEqual({ caches: 0, workers: 0, answers: 0 });
  });
});

test.describe('printing', () => {
  /** What each page shows on screen that paper does not need: the quick exit and its hint, or the breadcrumb. */
  const onScreenOnly: Record<string, (page: Page) => Locator[]> = {
    '/en/help/': (page) => [
      page.locator('#quick-exit').getByRole('link', { name: stringsOf('en')('exit.button') }),
      page.getByText(stringsOf('en')('exit.hint')),
    ],
    '/en/parents/8-10/': (page) => [
      page.getByRole('navigation', { name: stringsOf('en')('nav.breadcrumb') }),
    ],
    '/en/parents/family-agreement/': (page) => [
      page.getByRole('navigation', { name: stringsOf('en')('nav.breadcrumb') }),
    ],
    '/ar/teach/balance/8-10/': (page) => [
      page.getByRole('navigation', { name: stringsOf('ar')('nav.breadcrumb') }),
    ],
  };
  for (const [path, controlsOf] of Object.entries(onScreenOnly)) {
    test(`${path} prints without navigation, with link addresses`, async ({ page }) => {
      await page.goto(path);
      // On screen the reader sees these; on paper they are left out.
      const controls = [page.getByRole('banner'), page.getByRole('contentinfo'), ...controlsOf(page)];
      for (const control of controls) await expect(control).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const control of controls) await expect(control).toBeHidden();
      const link = page.locator('main a[href^="/"]').first();
      const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(await link.getAttribute('href'));
    });
  }
});

test.describe('accessibility beyond axe', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`${type}: keyboard reaches the skip link first, focus is visible, and 320 px (200% zoom) needs no sideways scroll`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(at('en', path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      // Every stop on the way has a visible focus indicator.
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const outline = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return `${style.outlineStyle} ${style.outlineWidth}`;
        });
        expect(outline).not.toMatch(/^none|0px$/);
      }
      await page.keyboard.press('Shift+Tab');
      await page.goto(at('en', path));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });
  }

  test('reduced motion is respected', async ({ page }) => {
    const getHelp = page.getByRole('banner').getByRole('link', { name: 'Get help' });
    const duration = () => getHelp.evaluate((el) => getComputedStyle(el).transitionDuration);
    await page.goto('/en/lessons/balance/5-7/');
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
  });
});
