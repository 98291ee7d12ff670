import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Where a pinned figure sticks: below the sticky site header (3.5rem) with a little air. */
export const pinTopRem = 4;

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
 * Keeps `data-pin-figure` on the widget's columns (controls, figure, settings) in step with
 * `shouldPinFigure` as they, their figure or the window change size. The CSS
 * (src/site/styles/widgets.css) makes the figure sticky only in the wide two-column layout, so the
 * attribute means nothing on a phone.
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
        foot: foot?.getBoundingClientRect().height ?? 0,
      });
      body.toggleAttribute('data-pin-figure', pin);
    };
    const observer = new ResizeObserver(update);
    for (const child of body.children) observer.observe(child);
    window.addEventListener('resize', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [columnsRef]);
}
