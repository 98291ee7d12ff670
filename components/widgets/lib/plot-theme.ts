import type { DrawContext } from './PlotFigure.tsx';
import { series } from './palette.ts';

/**
 * Colours come from the page's CSS custom properties, so a figure follows the light/dark theme
 * without being redrawn. Chromium, Firefox and Safari resolve var() in SVG presentation attributes.
 */
export const colors = {
  fg: 'var(--fg)',
  soft: 'var(--fg-soft)',
  grid: 'var(--border)',
  accent: 'var(--accent)',
  good: 'var(--good)',
  bad: 'var(--bad)',
  warn: 'var(--warn)',
  /** The wash that builds up with height under a contour map (lighter in the dark theme). */
  mapShade: 'var(--map-shade)',
  series,
} as const;

export { seriesColor, optimizerColor, classColors } from './palette.ts';

/**
 * The room under a figure for the x axis: tick labels, then its title below them. Plot's default
 * (30 px, the title's baseline 27 px down) is made for its own 10 px text; at the course's 11–12 px
 * the title touched the tick labels above it ("an axis title on a tick", issue #22). Figures that
 * set their own margins take this too; the layout test finds any two labels that overlap.
 */
export const xAxisRoom = 40;

/**
 * The room above a figure for the y axis's title ("↑ loss"), which Plot sets 3 px below the top
 * edge, over the top tick label. Plot's default (20 px) leaves the two line boxes 1-2 px apart at
 * 12 px text, less than that with a CJK font's taller line boxes: on the Chinese author-guide pages
 * the top tick and the title touched. Figures that set their own margins take this too.
 */
export const yTitleRoom = 24;

/**
 * The margins of a figure with the course's axes (basePlotOptions' top and bottom, Plot's default
 * 20 px right and 40 px left), as numbers: what an overlay over the figure (OverlayFigure) must be
 * told, and the base given with `plotMargins`, so that both place values alike.
 */
export const defaultMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 40 } as const;

/**
 * The options every Plot in the course starts from: the document and size from PlotFigure, an
 * accessible name and description (Plot's bare ARIA attributes are not enough for axe), the
 * course's fonts, and a transparent background.
 */
export function basePlotOptions(context: DrawContext, label: string, description: string) {
  return {
    document: context.document,
    width: context.width,
    height: context.height,
    marginTop: yTitleRoom,
    marginBottom: xAxisRoom,
    ariaLabel: label,
    ariaDescription: description,
    style: {
      background: 'transparent',
      color: colors.fg,
      fontFamily: 'var(--font-ui)',
      fontSize: context.width < 420 ? '11px' : '12px',
    },
  } as const;
}
