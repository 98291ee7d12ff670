/**
 * Contour maps of a 2-D loss surface with optimizer paths on top, as Observable Plot marks, for
 * any widget that draws a surface (reuse it; do not copy it).
 *
 * ```ts
 * const grid = sampleGrid(problem.f, problem.domain, { nx: 90 });        // src/engine/sim/index.ts
 * const levels = contourLevels(grid, { count: 14, scale: 'log' });
 * Plot.plot({
 *   ...basePlotOptions(context, label, description),
 *   ...surfaceAxes(problem.domain, { x: 'w₁', y: 'w₂' }),
 *   marks: [
 *     ...contourMarks(grid, { levels }),
 *     ...pathMarks(pathPoints(run.points, shown), { stroke: seriesColor(0) }),
 *     ...minimaMarks(problem),
 *   ],
 * });
 * ```
 *
 * - `contourMarks` draws the level lines and, by default, shades the map: every level fills the
 *   region above it with a faint wash of `shade`, so washes pile up where f is high. The colours
 *   are CSS variables, so the map follows the light/dark theme without a redraw.
 * - `pathMarks` draws an iterate path: a thin line through the points, a dot per point, and a
 *   ring on the last one. Pass `pathPoints(run.points, k)` to show the first k steps.
 * - `minimaMarks` marks a problem's minima (a cross) and saddles (a diamond).
 * - `pathLayers` and `minimaLayers` draw the same as `pathMarks` and `minimaMarks`, as layers of a
 *   figure's SVG overlay (ContourFigure's `layers`, OverlayFigure.tsx), updated without a Plot.
 * - `surfaceAxes` gives x/y scales fixed to a domain, with clipping, so a path that leaves the
 *   domain is cut at the frame instead of rescaling the map.
 * Keep the aspect of the PlotFigure close to the domain's aspect so circles look round.
 */
import type * as PlotTypes from '@observablehq/plot';
import { Plot } from './plot.ts';
import type { Minimum } from '../../../src/engine/problems/index.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { keptMark } from './kept-mark.ts';
import { colors } from './plot-theme.ts';
import type { OverlayLayer } from './overlay-layers.ts';
import type { DrawContext } from './PlotFigure.tsx';

type Interval = readonly [number, number];

export interface ContourMarkOptions {
  /** The values at which to draw level lines (ascending), e.g. from `contourLevels`. */
  levels: readonly number[];
  /** Colour of the level lines. Default: the soft foreground. */
  stroke?: string;
  strokeOpacity?: number;
  /** Colour of the wash that builds up with height; `null` for lines only. Default: `colors.mapShade`. */
  shade?: string | null;
  /** Opacity each level adds to the wash. Default 0.032. */
  shadeOpacity?: number;
}

/**
 * The level lines (and the shading) of a grid sampled with `sampleGrid`. Given the figure's
 * `context`, the map is contoured once per grid, levels and size and copied into later draws
 * (kept-mark.ts): for a figure that draws paths on the map and whose scales follow from the grid.
 */
export function contourMarks(grid: Grid, options: ContourMarkOptions, context?: DrawContext): PlotTypes.Markish[] {
  const { levels, stroke = colors.soft, strokeOpacity = 0.45, shade = colors.mapShade, shadeOpacity = 0.032 } = options;
  const frame = { width: grid.nx, height: grid.ny, x1: grid.x[0], x2: grid.x[1], y1: grid.y[0], y2: grid.y[1], thresholds: [...levels] };
  // One mark fills and strokes the same bands: two marks would ship every band's outline twice
  // in each page's static figure.
  const fill = shade === null ? {} : { fill: shade, fillOpacity: shadeOpacity };
  const mark = (render?: PlotTypes.RenderFunction) =>
    gridContour(Array.from(grid.values), { ...frame, ...fill, stroke, strokeOpacity, strokeWidth: 1, ...(render ? { render } : {}) });
  if (!context) return [mark()];
  return [keptMark(grid, [levels.join(), stroke, strokeOpacity, shade, shadeOpacity].join(' '), context, mark)];
}

/**
 * `Plot.contour` of values sampled on a dense grid (row-major, `width` × `height` of them, spread
 * over x1..x2 and y1..y2), for every contour of gridded data: use it instead of `Plot.contour`.
 *
 * The values are handed to the contouring as the raster itself (x and y null: Plot then neither
 * places nor interpolates samples), since each sample is the centre of its own raster cell
 * (width × height, the grid's). By default Plot gave every sample a position, filtered them, and
 * found for each cell that same sample again by 'nearest' interpolation, through a Delaunay
 * triangulation of every point, on every draw: half of a map's redraw on a phone-class CPU, for
 * the same map. A grid with holes (values not finite) keeps 'nearest', which fills them from
 * their neighbours.
 */
export function gridContour(
  values: ArrayLike<number>,
  options: PlotTypes.ContourOptions & { width: number; height: number },
): PlotTypes.Contour {
  const sampled = Array.isArray(options.value) || ArrayBuffer.isView(options.value) ? (options.value as ArrayLike<number>) : values;
  let complete = true;
  for (let i = 0; i < sampled.length && complete; i++) complete = Number.isFinite(sampled[i]);
  return Plot.contour(values as number[], { ...(complete ? { x: null, y: null } : {}), ...options });
}

export interface PathPoint {
  /** Step number (0 = the start). */
  k: number;
  x: number;
  y: number;
}

/**
 * The first `count + 1` points (steps 0..count) of a flattened 2-D path [x0, y0, x1, y1, ...].
 * A long run is thinned evenly to at most about `max` points (the first and the last kept), so
 * that a 10,000-step path does not put 10,000 points in the figure.
 */
export function pathPoints(points: ArrayLike<number>, count: number = Math.floor(points.length / 2) - 1, max = Infinity): PathPoint[] {
  const n = Math.max(0, Math.min(count + 1, Math.floor(points.length / 2)));
  const stride = Number.isFinite(max) ? Math.max(1, Math.ceil(n / max)) : 1;
  const out: PathPoint[] = [];
  for (let k = 0; k < n; k += stride) out.push({ k, x: points[2 * k]!, y: points[2 * k + 1]! });
  const end = n - 1;
  if (end >= 0 && out[out.length - 1]!.k !== end) out.push({ k: end, x: points[2 * end]!, y: points[2 * end + 1]! });
  return out;
}

export interface PathMarkOptions {
  stroke: string;
  /** Dot radius. Default 2.5; 0 for no dots. */
  r?: number;
  /** Ring the last point. Default true. */
  current?: boolean;
  strokeWidth?: number;
  strokeDasharray?: string;
}

/** An iterate path: a line through the points, a dot at each, a ring on the last. */
export function pathMarks(path: readonly PathPoint[], options: PathMarkOptions): PlotTypes.Markish[] {
  const { stroke, r = 2.5, current = true, strokeWidth = 1.6, strokeDasharray } = options;
  const marks: PlotTypes.Markish[] = [Plot.line(path, { x: 'x', y: 'y', stroke, strokeWidth, strokeOpacity: 0.85, ...(strokeDasharray === undefined ? {} : { strokeDasharray }) })];
  if (r > 0) marks.push(Plot.dot(path, { x: 'x', y: 'y', fill: stroke, r }));
  const last = path[path.length - 1];
  if (current && last) marks.push(Plot.dot([last], { x: 'x', y: 'y', r: r + 4, stroke, strokeWidth: 2.5 }));
  return marks;
}

/** `pathMarks` as overlay layers: the same line, dots and ring. */
export function pathLayers(path: readonly PathPoint[], options: PathMarkOptions): OverlayLayer[] {
  const { stroke, r = 2.5, current = true, strokeWidth = 1.6, strokeDasharray } = options;
  const line: OverlayLayer = { kind: 'line', points: path, stroke, strokeWidth, strokeOpacity: 0.85 };
  const layers: OverlayLayer[] = [strokeDasharray === undefined ? line : { ...line, strokeDasharray }];
  if (r > 0) layers.push({ kind: 'dots', points: path, r, fill: stroke });
  const last = path[path.length - 1];
  if (current && last) layers.push({ kind: 'dots', points: [last], r: r + 4, stroke, strokeWidth: 2.5 });
  return layers;
}

/** A run on a map as the adaptive optimizers' widgets draw it: its path, and a dot of its colour on its head. */
export function headedPathLayers(path: readonly PathPoint[], color: string): OverlayLayer[] {
  return [
    { kind: 'line', points: path, stroke: color, strokeWidth: 2 },
    { kind: 'dots', points: path.slice(-1), r: 5, fill: color, stroke: 'var(--bg)', strokeWidth: 1.5 },
  ];
}

/** A cross on a surface's (first) minimum and a ring on its start (the runs' first point), as those widgets' maps mark them. */
export function startAndMinimumLayers(surface: { start: readonly number[]; minima: readonly Minimum[] }): {
  minimum: OverlayLayer;
  start: OverlayLayer;
} {
  const [x, y] = surface.minima[0]?.point ?? [0, 0];
  return {
    minimum: { kind: 'dots', symbol: 'times', points: [{ x: x!, y: y! }], r: 5, stroke: colors.fg },
    start: { kind: 'dots', points: [{ x: surface.start[0]!, y: surface.start[1]! }], r: 4, stroke: colors.fg },
  };
}

/** `minimaMarks` as overlay layers: a cross on each minimum, a diamond on each saddle. */
export function minimaLayers(problem: { minima: readonly Minimum[]; saddles?: readonly (readonly number[])[] }): OverlayLayer[] {
  const minima = problem.minima.map((m) => ({ x: m.point[0]!, y: m.point[1]! }));
  const saddles = (problem.saddles ?? []).map((p) => ({ x: p[0]!, y: p[1]! }));
  return [
    { kind: 'dots', symbol: 'times', points: minima, r: 6, stroke: colors.fg, strokeWidth: 2.5 },
    { kind: 'dots', symbol: 'diamond', points: saddles, r: 6, stroke: colors.fg, strokeWidth: 2 },
  ];
}

/** Crosses on the minima and diamonds on the saddles of a surface. */
export function minimaMarks(problem: { minima: readonly Minimum[]; saddles?: readonly (readonly number[])[] }): PlotTypes.Markish[] {
  const minima = problem.minima.map((m) => ({ x: m.point[0]!, y: m.point[1]! }));
  const saddles = (problem.saddles ?? []).map((p) => ({ x: p[0]!, y: p[1]! }));
  return [
    Plot.dot(minima, { x: 'x', y: 'y', symbol: 'times', r: 6, stroke: colors.fg, strokeWidth: 2.5 }),
    Plot.dot(saddles, { x: 'x', y: 'y', symbol: 'diamond', r: 6, stroke: colors.fg, strokeWidth: 2 }),
  ];
}

/** x and y scales fixed to the domain, with clipping. */
export function surfaceAxes(domain: { readonly x: Interval; readonly y: Interval }, labels: { x: string; y: string } = { x: 'x', y: 'y' }) {
  return {
    x: { domain: [domain.x[0], domain.x[1]], label: labels.x },
    y: { domain: [domain.y[0], domain.y[1]], label: labels.y },
    clip: true,
  } as const;
}
