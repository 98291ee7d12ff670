import { expect, test } from '@playwright/test';
import { hydrateFromTheBottomUp, scrollDown, watchForErrors } from './helpers.ts';
import { englishChapterPages, sidewaysOverflow } from './pages.ts';

/**
 * An English chapter on a phone (360 px, touch), found from the build, in one page load: every
 * widget comes alive when the reader scrolls to it (site.spec.ts checks this on the other pages),
 * each answers a tap, and nothing scrolls sideways before or after. (Bad input, every control at
 * its extremes and hostile link parameters, is extremes.spec.ts.)
 */
// Widgets behave the same in every language; the taps go to the English pages.
const chapters = englishChapterPages();

test.describe('touch at 360px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test.describe.configure({ timeout: 180_000 });
  for (const path of chapters) {
    test(`${path}: every widget comes alive when the reader scrolls to it and answers a tap; nothing scrolls sideways`, async ({ page }) => {
      const problems = await watchForErrors(page, { network: false });
      await page.goto(path);
      await hydrateFromTheBottomUp(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await scrollDown(page, 500);
      expect(await sidewaysOverflow(page), 'sideways scroll before the taps').toBeLessThanOrEqual(0);
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
      expect(await sidewaysOverflow(page), 'sideways scroll after the taps').toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    });
  }
});
