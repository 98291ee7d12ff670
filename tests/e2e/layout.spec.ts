import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrateAll, nextFrame } from './helpers.ts';
import { textCollisions } from './page-checks.ts';
import { englishChapterPages } from './pages.ts';

/**
 * A reader moving a control must see what it changes (issue #22): for every widget of every
 * chapter, its first control and then its last are focused as a keyboard user reaches them
 * (focus() scrolls the page so the control is in view), and the widget's first figure and its
 * status line must then be on screen: below the sticky site header, and the figure not only under
 * the status line pinned to the bottom of the screen. The same page load checks that no two
 * labels of a figure overlap and none is cut off (helpers.ts, textCollisions), in the build's
 * frames and once the widgets run. One page load per chapter and viewport; the widgets of that
 * page are checked in a loop, and every one that fails is named at the end. The Chinese chapters'
 * labels are checked in i18n.spec.ts, in the page load that looks for untranslated text.
 */

// Chapters hydrate every widget first (a network trained on load, whole optimizer runs).
test.describe.configure({ timeout: 120_000 });

/** The chapters that hold a widget (read from the build, as the page list is). */
const chapters = englishChapterPages().filter((path) =>
  readFileSync(`dist${path}index.html`, 'utf8').includes('data-widget='),
);

const viewports = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 360, height: 780 },
] as const;

/**
 * What a keyboard user can reach; controls inside the figures (a map, the Race's downloads under
 * its charts) and the Share menu in the widget's head do not count as its first or last control.
 */
const tabbable = 'input, select, textarea, button, summary, a[href], [tabindex]:not([tabindex="-1"])';
/** A widget's drawing: a Plot figure, a stacked plot, or a canvas/SVG of its own. */
const drawing = ':is(.plot-figure, .scaled-plot, canvas, svg)';

interface Seen {
  widget: string;
  control: string;
  figure: string;
  status: string;
}

/**
 * Focuses the first (or last) control of the widget at `index` and says where its figure and
 * status are relative to the visible band (the viewport below the sticky header), or "missing".
 */
async function focusControl(page: Page, index: number, which: 'first' | 'last'): Promise<Seen> {
  const focused = await page.evaluate(
    ({ index, tabbable, which }) => {
      const widget = document.querySelectorAll<HTMLElement>('[data-widget]')[index]!;
      const usable = (el: HTMLElement) =>
        !el.matches(':disabled') &&
        el.getClientRects().length > 0 &&
        !el.closest('.widget__figure, .widget__below') &&
        // The Share menu in the widget's head is not a control of what the figure shows.
        !el.closest('.widget__head');
      // In one column (a phone), a long settings list (one block per optimizer: the Race, the
      // Trainer, a rule's parameters) follows the figure, which is then above it, not beside it:
      // there the last control checked is the last one before the figure.
      const figure = widget.querySelector('.widget__figure');
      const settings = widget.querySelector<HTMLElement>('.widget__settings');
      const oneColumn =
        figure && settings && settings.getBoundingClientRect().top >= figure.getBoundingClientRect().bottom;
      const controls = [...widget.querySelectorAll<HTMLElement>(tabbable)]
        .filter(usable)
        .filter((el) => !(oneColumn && settings?.contains(el)));
      const control = which === 'first' ? controls[0] : controls.at(-1);
      // Scroll to the top first, so each widget is reached the same way whatever was focused before.
      window.scrollTo(0, 0);
      control?.focus();
      return control
        ? `${control.tagName.toLowerCase()} ${control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? ''}`
        : '';
    },
    { index, tabbable, which },
  );
  // Blocks laid out as they come into view settle over a frame or two.
  await nextFrame(page);
  await nextFrame(page);
  return page.evaluate(
    ({ index, focused, drawing, which }) => {
      const widget = document.querySelectorAll<HTMLElement>('[data-widget]')[index]!;
      const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      const where = (el: Element | null | undefined, band: { top: number; bottom: number }): string => {
        if (!el) return 'missing';
        const box = el.getBoundingClientRect();
        if (box.bottom <= band.top) return `above by ${Math.round(band.top - box.bottom)} px`;
        if (box.top >= band.bottom) return `below by ${Math.round(box.top - band.bottom)} px`;
        return 'on screen';
      };
      const screen = { top: Math.max(0, header), bottom: window.innerHeight };
      const status = widget.querySelector('[data-status]');
      const statusWhere = where(status, screen);
      // A figure hidden under the status line (pinned to the bottom of the screen) is not seen:
      // it must show between the header and the status.
      const statusTop = status && statusWhere === 'on screen' ? status.getBoundingClientRect().top : screen.bottom;
      const figure = widget.querySelector(`.widget__figure ${drawing}`) ?? widget.querySelector(drawing);
      return {
        widget: `${widget.dataset['widget']}#${index} (${which} control)`,
        control: focused || 'missing',
        figure: where(figure, { top: screen.top, bottom: Math.min(screen.bottom, statusTop) }),
        status: statusWhere,
      };
    },
    { index, focused, drawing, which },
  );
}

for (const { label, width, height } of viewports) {
  test.describe(`${label} ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const path of chapters) {
      test(`${path}: labels in every figure neither overlap nor are cut off; each widget's figure and status are on screen while its first and its last control are focused`, async ({
        page,
      }) => {
        await page.goto(path);
        const count = await page.locator('[data-widget]').count();
        expect(count, 'the built page held a widget').toBeGreaterThan(0);
        // The build's frames first (what a reader without JavaScript sees), then the live figures.
        const staticLabels = await textCollisions(page);
        await hydrateAll(page);
        expect(staticLabels, "labels that collide or are cut off in the build's frames").toEqual([]);
        expect(await textCollisions(page), 'labels that collide or are cut off once the widgets run').toEqual([]);
        const failures: Seen[] = [];
        for (let i = 0; i < count; i++) {
          for (const which of ['first', 'last'] as const) {
            const seen = await focusControl(page, i, which);
            if (seen.control === 'missing' || seen.figure !== 'on screen' || seen.status !== 'on screen')
              failures.push(seen);
          }
        }
        expect(failures, 'widgets whose figure or status is off screen while a control is focused').toEqual([]);
      });
    }
  });
}

/**
 * On a phone a long list follows the figure (the Race's optimizer cards, the Trainer's, a rule's
 * parameters and editor, then its racers): the figure stays on top of the screen while the list is
 * used (pin-figure.ts), so with the list's last control focused, the figure's first drawing (the
 * Race's map, the Trainer's first panel, the RuleCell's map) is still whole on screen, below the
 * header and above the pinned status line. One page load per page; its widgets of those kinds
 * are checked in a loop, and every one that fails is named at the end.
 */
const pinnedPages = ['/chapters/playground/', '/chapters/write-your-own-optimizer/', '/chapters/adagrad/'];
test.describe('phone 360x780, long settings lists', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const path of pinnedPages) {
    test(`${path}: the Race's, the Trainer's and the RuleCell's drawing stay on screen while the last control of their settings is focused`, async ({
      page,
    }) => {
      await page.goto(path);
      await hydrateAll(page);
      const widgets = page.locator('[data-widget="race"], [data-widget="trainer"], [data-widget="rule-cell"]');
      const count = await widgets.count();
      expect(count, 'the page holds a Race, a Trainer or a RuleCell').toBeGreaterThan(0);
      const failures: string[] = [];
      for (let i = 0; i < count; i++) {
        const control = await widgets.nth(i).evaluate((widget, tabbable) => {
          const settings = [...widget.querySelectorAll<HTMLElement>(`.widget__settings :is(${tabbable})`)].filter(
            (el) => !el.matches(':disabled') && el.getClientRects().length > 0,
          );
          const last = settings.at(-1);
          window.scrollTo(0, 0);
          last?.focus();
          return last ? `${last.tagName.toLowerCase()} ${last.closest('label')?.textContent?.trim() ?? ''}` : 'missing';
        }, tabbable);
        await nextFrame(page);
        await nextFrame(page);
        const where = await widgets.nth(i).evaluate((widget, drawing) => {
          const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
          const bottom = widget.querySelector('.widget__foot')?.getBoundingClientRect().top ?? window.innerHeight;
          const box = widget.querySelector(`.widget__figure ${drawing}`)?.getBoundingClientRect();
          if (!box) return 'missing';
          // 2 px of slack: a border under the header's own.
          return box.top >= top - 2 && box.bottom <= Math.min(bottom, window.innerHeight) + 2
            ? 'on screen'
            : `at ${Math.round(box.top)}..${Math.round(box.bottom)}, screen ${Math.round(top)}..${Math.round(bottom)}`;
        }, drawing);
        const name = await widgets.nth(i).getAttribute('data-widget');
        if (control === 'missing' || where !== 'on screen') failures.push(`${name}#${i} (${control}): ${where}`);
      }
      expect(
        failures,
        'widgets whose drawing is off screen while the last control of their settings is focused',
      ).toEqual([]);
    });
  }
});
