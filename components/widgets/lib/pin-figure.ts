import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Where a pinned figure sticks: below the sticky site header (3.5rem) with a little air. */
export const pinTopRem = 4;
/** On a phone, right under the header: every pixel of the band below the figure is for the controls. */
export const pinTopNarrowRem = 3.6;
/** The widest a widget is laid out in one column (widgets.css: `@container widget (width >= 46rem)`). */
const oneColumnRem = 46;
/**
 * The most of the screen a figure pinned on top of a phone's single column may take: what is left
 * (at 360×780, some 280 px) shows the control being moved and a little around it.
 */
export const narrowShare = 0.6;

interface Sizes {
  /** The figure column's height. */
  figure: number;
  /** The controls column's height (controls and settings, with the gap between them). */
  controls: number;
  /** The viewport's height. */
  viewport: number;
  /** Where the figure sticks (px from the top of the viewport). */
  top: number;
  /** The status line pinned at the bottom of the viewport. */
  foot: number;
}

/**
 * Whether a wide widget's figure column should stay in view (sticky) while the reader scrolls
 * down its controls column: only when the controls column is the taller one (otherwise there is
 * nothing to scroll beside the figure) and the whole figure fits between the header and the
 * pinned status line. A figure taller than that band is left in the flow: pinned, its lower part
 * would stay hidden until the column beside it ended.
 */
export function shouldPinFigure({ figure, controls, viewport, top, foot }: Sizes): boolean {
  return figure > 0 && controls > figure && figure <= viewport - top - foot;
}

/**
 * Whether a phone's single column should keep the figure (its `pinned` part) on top of the screen
 * while the reader works through what follows it in the column (a long settings list: the Race's
 * optimizer cards, the Trainer's, a rule's parameters): only when something follows it and it
 * takes at most `narrowShare` of the band between the header and the pinned status line, so the
 * control being moved still has room under it.
 */
export function shouldPinOnTop({
  pinned,
  after,
  viewport,
  top,
  foot,
}: {
  pinned: number;
  after: number;
  viewport: number;
  top: number;
  foot: number;
}): boolean {
  return pinned > 0 && after > 0 && pinned <= narrowShare * (viewport - top - foot);
}

/**
 * The height of what follows `pinned` in the column (the settings, and the rest of the figure
 * after a pinned part of it): sizes, not positions, which a sticky element's offset would change.
 */
function followingHeight(pinned: HTMLElement | null | undefined, settings: HTMLElement | null): number {
  let height = settings?.getBoundingClientRect().height ?? 0;
  if (pinned && !pinned.classList.contains('widget__figure'))
    for (let next = pinned.nextElementSibling; next; next = next.nextElementSibling)
      height += next.getBoundingClientRect().height;
  return height;
}

/**
 * Keeps `data-pin-figure` on the widget's columns (controls, figure, settings) in step with
 * `shouldPinFigure` as they, their figure or the window change size, and, in one column (a
 * phone), `data-pin-top` in step with `shouldPinOnTop`, with `--pin-height` (the pinned part's
 * height) so a control focused under it scrolls clear of it. The pinned part is the figure's
 * `[data-pin-part]` when it has one (the RuleCell's map and loss chart, above its parameters and
 * editor), else the whole figure. The CSS is in src/site/styles/widgets.css (wide) and
 * widget-pin-phone.css (one column).
 */
export function usePinnedFigure(columnsRef: RefObject<HTMLElement>): void {
  useLayoutEffect(() => {
    const body = columnsRef.current;
    if (!body || typeof ResizeObserver === 'undefined') return;
    const part = (selector: string) => body.querySelector<HTMLElement>(`:scope > ${selector}`);
    const update = () => {
      const figure = part('.widget__figure');
      const foot = body.parentElement?.querySelector<HTMLElement>(':scope > .widget__foot');
      const columns = [part('.widget__controls'), part('.widget__settings')].filter((el) => el !== null);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const footHeight = foot?.getBoundingClientRect().height ?? 0;
      if (body.getBoundingClientRect().width < oneColumnRem * rem) {
        body.removeAttribute('data-pin-figure');
        const pinned = figure?.querySelector<HTMLElement>(':scope > [data-pin-part]') ?? figure;
        const box = pinned?.getBoundingClientRect();
        const pin = shouldPinOnTop({
          pinned: box?.height ?? 0,
          after: followingHeight(pinned, part('.widget__settings')),
          viewport: window.innerHeight,
          top: pinTopNarrowRem * rem,
          foot: footHeight,
        });
        body.toggleAttribute('data-pin-top', pin);
        body.style.setProperty('--pin-height', `${Math.ceil(box?.height ?? 0)}px`);
        return;
      }
      body.removeAttribute('data-pin-top');
      const controls =
        columns.length === 0
          ? 0
          : Math.max(...columns.map((el) => el.getBoundingClientRect().bottom)) -
            Math.min(...columns.map((el) => el.getBoundingClientRect().top));
      const pin = shouldPinFigure({
        figure: figure?.getBoundingClientRect().height ?? 0,
        controls,
        viewport: window.innerHeight,
        top: pinTopRem * rem,
        foot: footHeight,
      });
      body.toggleAttribute('data-pin-figure', pin);
    };
    const observer = new ResizeObserver(update);
    for (const child of body.children) observer.observe(child);
    // The pinned part on a phone (the figure's [data-pin-part]) changes size apart from its column.
    const pinPart = body.querySelector(':scope > .widget__figure > [data-pin-part]');
    if (pinPart) observer.observe(pinPart);
    window.addEventListener('resize', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [columnsRef]);
}
