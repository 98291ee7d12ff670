import { expect, test, type Page } from '@playwright/test';
import { hydrateAll, urlSettled, watchForErrors } from './helpers.ts';
import { englishChapterPages, sidewaysOverflow } from './pages.ts';

/**
 * Bad input, for every widget on every chapter, found from the build: the widget's controls are
 * driven to their extremes and its link parameters are replaced by hostile values. Nothing may
 * break: no console error or exception, no NaN / Infinity / "undefined" on screen, no dialog,
 * no injected markup; a bad link parameter is answered with a visible message.
 */
// Widgets behave the same in every language; the fuzz runs on the English pages (the Chinese ones get
// the accessibility, keyboard, no-JavaScript and budget checks of quality.spec.ts).
const chapters = englishChapterPages();

const hostile = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '-1',
  '',
  'x'.repeat(1000),
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'constructor',
  '__proto__',
  'javascript:alert(1)',
];

async function expectCleanScreen(page: Page): Promise<void> {
  // The page's own text, without the messages that quote the reader's bad input back to them.
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const m of copy.querySelectorAll('[data-messages]')) m.remove();
    return copy.innerText || copy.textContent || '';
  });
  const bad = /.{0,60}\b(NaN|undefined|Infinity)\b.{0,60}|\[object Object\]/.exec(text);
  expect(bad?.[0] ?? null).toBeNull();
  // Nothing from a link parameter became markup: no injected image or script.
  const injected = await page.evaluate(
    () => document.querySelectorAll('img[src="x"]').length + [...document.scripts].filter((s) => s.text.includes('alert(1)')).length,
  );
  expect(injected).toBe(0);
}

test.describe('bad input', () => {
  test.describe.configure({ timeout: 240_000 });
  for (const path of chapters) {
    test(`${path}: controls at their extremes and hostile link parameters break nothing`, async ({ page }) => {
      // Failed requests are not counted here (site.spec.ts counts them on every page).
      const problems = await watchForErrors(page, { network: false });
      await page.goto(path);
      await hydrateAll(page);

      // 1. Every slider to both ends, every select through its options: the URL gains the widgets' parameters.
      const sliders = page.locator('[data-widget] input[type="range"]');
      const count = await sliders.count();
      for (let i = 0; i < count; i++) {
        const slider = sliders.nth(i);
        if (!(await slider.isEnabled())) continue;
        await slider.focus();
        await page.keyboard.press('End');
        await page.keyboard.press('Home');
        await page.keyboard.press('End');
      }
      await urlSettled(page);
      await expectCleanScreen(page);
      const keys = [...new URL(page.url()).searchParams.keys()];
      expect(keys.length, 'the widgets put their state in the URL').toBeGreaterThan(0);

      // 2. Each parameter replaced in turn by each hostile value.
      // A long value goes to a few parameters per load: every parameter at once made a URL over the
      // 16 KB a server reads in one request (the playground has 22 parameters).
      const loads = hostile.flatMap((value) => {
        const perLoad = Math.max(1, Math.floor(12_000 / (encodeURIComponent(value).length + 40)));
        return Array.from({ length: Math.ceil(keys.length / perLoad) }, (_, i) => ({ value, keys: keys.slice(i * perLoad, (i + 1) * perLoad) }));
      });
      const start = page.url();
      for (const { value, keys: some } of loads) {
        const url = new URL(start);
        for (const key of some) url.searchParams.set(key, value);
        await page.goto(url.toString());
        await hydrateAll(page);
        // Every widget has read the hostile link and drawn what it made of it.
        await urlSettled(page);
        await expectCleanScreen(page);
        if (value !== '' && !/^-?\d/.test(value)) {
          await expect(page.locator('[data-widget] [data-messages]').filter({ hasText: /./ }).first()).toBeVisible();
        }
      }

      // 3. Unknown parameters are ignored.
      await page.goto(`${path}?nope.x=1&${encodeURIComponent('<b>')}=1`);
      await hydrateAll(page);
      await expectCleanScreen(page);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('touch at 360px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test.describe.configure({ timeout: 180_000 });
  for (const path of chapters) {
    test(`${path}: every widget answers a tap`, async ({ page }) => {
      const problems = await watchForErrors(page, { network: false });
      await page.goto(path);
      await hydrateAll(page);
      const widgets = page.locator('[data-widget]');
      const n = await widgets.count();
      for (let i = 0; i < n; i++) {
        const widget = widgets.nth(i);
        const name = await widget.getAttribute('data-widget');
        const status = widget.locator('[data-status]');
        const before = (await status.innerText()) + (await widget.locator('svg, canvas').first().evaluate((e) => e.outerHTML.length));
        // Tap the first enabled button that changes something (Step, Play, a scenario), else a slider's far end.
        const button = widget.locator('button:not([disabled])', { hasText: /^(Step|Play|Train|Near|Run|Randomi)/ }).first();
        if ((await button.count()) > 0) {
          await button.scrollIntoViewIfNeeded();
          await button.tap();
        } else {
          const slider = widget.locator('input[type="range"]').first();
          await slider.scrollIntoViewIfNeeded();
          const box = (await slider.boundingBox())!;
          // Tap the end of the track away from the current value, so the tap always moves it.
          const nearMax = await slider.evaluate((el: HTMLInputElement) => Number(el.value) > (Number(el.min) + Number(el.max)) / 2);
          await page.touchscreen.tap(nearMax ? box.x + 2 : box.x + box.width - 2, box.y + box.height / 2);
        }
        await expect
          .poll(async () => (await status.innerText()) + (await widget.locator('svg, canvas').first().evaluate((e) => e.outerHTML.length)), {
            message: `${name} reacts to a tap`,
            timeout: 10_000,
          })
          .not.toBe(before);
        // Pause anything the tap started.
        const pause = widget.locator('button', { hasText: /^Pause/ });
        if ((await pause.count()) > 0) await pause.first().tap();
      }
      const overflow = await sidewaysOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    });
  }
});
