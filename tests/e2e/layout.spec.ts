import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrateAll, nextFrame } from './helpers.ts';
import { englishChapterPages } from './pages.ts';

/**
 * A reader moving a control must see what it changes (issue #22): for every widget of every
 * chapter, its first control is focused as a keyboard user reaches it (focus() scrolls the page
 * so the control is in view), and the widget's first figure and its status line must then be on
 * screen: below the sticky site header, and the figure not only under the status line pinned to
 * the bottom of the screen. One page load per chapter and viewport; the widgets of
 * that page are checked in a loop, and every one that fails is named at the end.
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
 * What a keyboard user can reach; controls inside the figure (a map) and the Share menu in the
 * widget's head do not count as the first control.
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
 * Focuses the first control of the widget at `index` and says where its figure and status are
 * relative to the visible band (the viewport below the sticky header), or "missing".
 */
async function focusFirstControl(page: Page, index: number): Promise<Seen> {
  const focused = await page.evaluate(
    ({ index, tabbable }) => {
      const widget = document.querySelectorAll<HTMLElement>('[data-widget]')[index]!;
      const usable = (el: HTMLElement) =>
        !el.matches(':disabled') &&
        el.getClientRects().length > 0 &&
        !el.closest('.widget__figure') &&
        // The Share menu in the widget's head is not a control of what the figure shows.
        !el.closest('.widget__head');
      const control = [...widget.querySelectorAll<HTMLElement>(tabbable)].find(usable);
      // Scroll to the top first, so each widget is reached the same way whatever was focused before.
      window.scrollTo(0, 0);
      control?.focus();
      return control
        ? `${control.tagName.toLowerCase()} ${control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? ''}`
        : '';
    },
    { index, tabbable },
  );
  // Blocks laid out as they come into view settle over a frame or two.
  await nextFrame(page);
  await nextFrame(page);
  return page.evaluate(
    ({ index, focused, drawing }) => {
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
        widget: `${widget.dataset['widget']}#${index}`,
        control: focused || 'missing',
        figure: where(figure, { top: screen.top, bottom: Math.min(screen.bottom, statusTop) }),
        status: statusWhere,
      };
    },
    { index, focused, drawing },
  );
}

for (const { label, width, height } of viewports) {
  test.describe(`${label} ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const path of chapters) {
      test(`${path}: each widget's figure and status are on screen while its first control is focused`, async ({
        page,
      }) => {
        await page.goto(path);
        const count = await page.locator('[data-widget]').count();
        expect(count, 'the built page held a widget').toBeGreaterThan(0);
        await hydrateAll(page);
        const failures: Seen[] = [];
        for (let i = 0; i < count; i++) {
          const seen = await focusFirstControl(page, i);
          if (seen.control === 'missing' || seen.figure !== 'on screen' || seen.status !== 'on screen')
            failures.push(seen);
        }
        expect(failures, 'widgets whose figure or status is off screen while their first control is focused').toEqual(
          [],
        );
      });
    }
  });
}
