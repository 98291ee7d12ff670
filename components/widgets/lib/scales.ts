/**
 * Scales for drawing on top of an Observable Plot (an overlay of the same size): read from the
 * drawn figure, or, before it is drawn (the build's static frame, the first render), computed
 * from the same margins and domains as the figure the build prints.
 */
import { frameWidths } from './PlotFigure.tsx';

export interface Scales {
  x: (v: number) => number;
  y: (v: number) => number;
  invertX: (px: number) => number;
  invertY: (px: number) => number;
  width: number;
  height: number;
}

type PlotScale = { apply(v: number): number; invert?(px: number): number };
type ScaledFigure = Element & { scale(name: string): PlotScale | undefined };

/** Scales read from a drawn Plot (`plot.scale('x').apply`). */
export function scalesOf(figure: Element, width: number, height: number): Scales | null {
  const plot = figure as ScaledFigure;
  if (typeof plot.scale !== 'function') return null;
  const sx = plot.scale('x');
  const sy = plot.scale('y');
  if (!sx || !sy) return null;
  return {
    x: (v) => sx.apply(v),
    y: (v) => sy.apply(v),
    invertX: (px) => sx.invert?.(px) ?? 0,
    invertY: (px) => sy.invert?.(px) ?? 0,
    width,
    height,
  };
}

export type ScaleKind = 'linear' | 'log' | 'symlog';

/**
 * How far (px) Plot moves its marks right and down: half a pixel on a screen whose device pixel
 * ratio is 1 (a 1 px line then covers one row of pixels, not two at half strength), else 0, and 0
 * at build time (no window): Plot's own rule (@observablehq/plot's style.js `offset`, which Plot
 * reads once as it loads). An overlay drawn over a Plot figure moves its marks alike, or its lines
 * and dots sit half a pixel off (and blurred) beside the base's.
 */
export const plotOffset = (): number => (typeof window !== 'undefined' && !(window.devicePixelRatio > 1) ? 0.5 : 0);

/** An overlay group's attributes that move its marks by `offset` px right and down (`plotOffset()`), or none for 0. */
export const offsetAttrs = (offset: number): { transform?: string } =>
  offset ? { transform: `translate(${offset},${offset})` } : {};
const forward: Record<ScaleKind, (v: number) => number> = {
  linear: (v) => v,
  log: Math.log10,
  symlog: (v) => Math.sign(v) * Math.log1p(Math.abs(v)),
};
const backward: Record<ScaleKind, (t: number) => number> = {
  linear: (t) => t,
  log: (t) => 10 ** t,
  symlog: (t) => Math.sign(t) * Math.expm1(Math.abs(t)),
};

/**
 * The scales of a build-time frame `width` wide (same margins and domains), for the overlay drawn
 * over it before the browser draws the figure; by default the laptop's frame.
 */
export function fallbackScales(
  domainX: readonly [number, number],
  domainY: readonly [number, number],
  aspect: number,
  margins: { top: number; right: number; bottom: number; left: number },
  kindX: ScaleKind = 'linear',
  kindY: ScaleKind = 'linear',
  width: number = frameWidths.wide,
): Scales {
  const height = Math.round(width * aspect);
  const linear = (d: readonly [number, number], r: [number, number], kind: ScaleKind) => {
    const f = forward[kind];
    const [a, b] = [f(d[0]), f(d[1])];
    // A domain of one value (every loss 0) or one the scale cannot take (a log axis from 0) would
    // divide by zero and write NaN into every path: as d3 does, every value then sits mid-range.
    if (!(Number.isFinite(a) && Number.isFinite(b) && a !== b)) {
      const middle = (r[0] + r[1]) / 2;
      const at = Number.isFinite(a) ? a : Number.isFinite(b) ? b : 0;
      return { apply: (v: number) => (Number.isFinite(f(v)) ? middle : NaN), invert: () => backward[kind](at) };
    }
    return {
      apply: (v: number) => r[0] + ((f(v) - a) / (b - a)) * (r[1] - r[0]),
      invert: (px: number) => backward[kind](a + ((px - r[0]) / (r[1] - r[0])) * (b - a)),
    };
  };
  const sx = linear(domainX, [margins.left, width - margins.right], kindX);
  const sy = linear(domainY, [height - margins.bottom, margins.top], kindY);
  return { x: sx.apply, y: sy.apply, invertX: sx.invert, invertY: sy.invert, width, height };
}

/**
 * Margins as Observable Plot options (`marginTop`...). Plot ignores `top`, `left` and the like, so
 * spreading the margins object itself into `Plot.plot` left Plot's default margins in place while
 * the overlay (and the build's fallback scales) assumed these: the static frame's paths were
 * offset from the map until the browser read the drawn figure's scales.
 */
export const plotMargins = (m: { top: number; right: number; bottom: number; left: number }) => ({
  marginTop: m.top,
  marginRight: m.right,
  marginBottom: m.bottom,
  marginLeft: m.left,
});

/** Facet rows as Observable Plot's `fy` scale lays them out (a band scale over the plot area). */
export interface FacetRows {
  /** The facets, top to bottom. */
  domain: readonly string[];
  /** Plot's `fy.padding`: the gap between rows, as a fraction of a row's step (no outer padding). */
  padding: number;
}

/**
 * Where each facet row starts and how tall it is, in pixels, for a figure `height` px high: d3's
 * `scaleBand().paddingInner(padding).paddingOuter(0).round(true)` over [top, height − bottom], as
 * Plot lays out `fy` (scales.js, autoScaleRangeY; it rounds when rounding wastes at most 30 px).
 * Inside a row, y runs from `offset + bandwidth` (the domain's low end) to `offset`.
 */
export function facetBands(
  rows: FacetRows,
  height: number,
  margins: { top: number; bottom: number },
): { offsets: number[]; bandwidth: number } {
  const n = rows.domain.length;
  const start = margins.top;
  const span = Math.max(0, height - margins.bottom - start);
  const exact = span / Math.max(1, n - rows.padding);
  const round = (exact - Math.floor(exact)) * (n - rows.padding) <= 30;
  const step = round ? Math.floor(exact) : exact;
  let first = start + (span - step * (n - rows.padding)) * 0.5;
  let bandwidth = step * (1 - rows.padding);
  if (round) {
    first = Math.round(first);
    bandwidth = Math.round(bandwidth);
  }
  return { offsets: rows.domain.map((_, i) => first + step * i), bandwidth };
}
