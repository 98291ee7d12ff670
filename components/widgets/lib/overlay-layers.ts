/**
 * What a figure's overlay draws (OverlayFigure.tsx): paths, dots, rules and labels given in data
 * coordinates, turned into SVG paths with the base figure's scales (scales.ts). They look as the
 * Plot marks they replace (`Plot.line`, `Plot.dot`, `Plot.ruleX`, `Plot.text` with the same
 * options): the same defaults (a line 1.5 px wide with round joins, a stroked dot 1.5 px), the same
 * symbols (d3's `times` and `diamond` at Plot's size, π r²).
 *
 * Why not Plot: a Plot rebuilds its whole figure (scales, axes, every mark) for a moved point; a
 * slider step or a played frame only needs a few `d` attributes changed in place.
 */
import type { Scales } from './scales.ts';
import { polylinePath } from './svg-path.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

interface Paint {
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  strokeDasharray?: string;
}

/** A polyline through `points` (Plot.line); a point that is not finite breaks it. */
export interface LineLayer extends Paint {
  kind: 'line';
  points: readonly Point[];
  stroke: string;
}

/** A dot at each point (Plot.dot with a fixed `r`). */
export interface DotsLayer extends Paint {
  kind: 'dots';
  points: readonly Point[];
  r: number;
  /** Default 'circle'. */
  symbol?: 'circle' | 'times' | 'diamond';
  fill?: string;
  fillOpacity?: number;
}

/** A vertical line across the plot area at `x` (Plot.ruleX). */
export interface RuleXLayer extends Paint {
  kind: 'ruleX';
  x: number;
  stroke: string;
}

/** A label at a point (Plot.text). */
export interface TextLayer {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  dx?: number;
  dy?: number;
  fill: string;
  textAnchor?: 'start' | 'middle' | 'end';
}

export type OverlayLayer = LineLayer | DotsLayer | RuleXLayer | TextLayer;

/** The plot area inside the margins, in pixels. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Plot's default stroke widths: a line's and a stroked dot's (Plot's `marks/line.js`, `marks/dot.js`). */
export const defaultStrokeWidth = 1.5;

/** A position in pixels to a tenth (no screen shows less), as the build rounds a static frame's. */
export const px = (v: number): number => Math.round(v * 10) / 10;
const tenth = px;

/**
 * A line through `points` (or through `rows`, read with `x` and `y`) in pixels, as Plot's line
 * mark draws it: straight segments, broken wherever a point is missing or off the scale (a log
 * scale's 0). Thinned as the build thins a static frame's paths (polylinePath: within half a pixel,
 * relative moves in tenths), since the build's markup carries the overlay of both frames:
 * unthinned, they added 4–7 KB (gzipped) to a chapter.
 */
export function linePath(points: readonly Point[], scales: Scales): string;
export function linePath<T>(rows: readonly T[], scales: Scales, x: (row: T) => number, y: (row: T) => number): string;
export function linePath<T>(
  rows: readonly T[],
  scales: Scales,
  x: (row: T) => number = (row) => (row as Point).x,
  y: (row: T) => number = (row) => (row as Point).y,
): string {
  return polylinePath(rows.map((row) => [scales.x(x(row)), scales.y(y(row))] as const));
}

/** d3's `times` and `diamond` symbols at Plot's size for radius `r` (area π r²), centred on (cx, cy). */
function symbolAt(symbol: 'times' | 'diamond', r: number, cx: number, cy: number): string {
  const size = Math.PI * r * r;
  if (symbol === 'times') {
    const h = Math.sqrt(size - Math.min(size / 6, 1.7)) * 0.6189;
    return `M${tenth(cx - h)},${tenth(cy - h)}L${tenth(cx + h)},${tenth(cy + h)}M${tenth(cx - h)},${tenth(cy + h)}L${tenth(cx + h)},${tenth(cy - h)}`;
  }
  const tan30 = Math.sqrt(1 / 3);
  const h = Math.sqrt(size / (2 * tan30));
  const w = h * tan30;
  return `M${tenth(cx)},${tenth(cy - h)}L${tenth(cx + w)},${tenth(cy)}L${tenth(cx)},${tenth(cy + h)}L${tenth(cx - w)},${tenth(cy)}Z`;
}

/**
 * Every dot of a layer as one path; points that are not finite are left out, as Plot does. A
 * circle is two arcs (one path for all the dots, not one element each), the same text for every
 * dot of the layer: made once (a run's dots are redrawn in the render of every key press).
 */
export function dotsPath(layer: DotsLayer, scales: Scales): string {
  const symbol = layer.symbol ?? 'circle';
  const r = layer.r;
  const arcs = `a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  let d = '';
  for (const p of layer.points) {
    const cx = scales.x(p.x);
    const cy = scales.y(p.y);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    d += symbol === 'circle' ? `M${tenth(cx - r)},${tenth(cy)}${arcs}` : symbolAt(symbol, r, cx, cy);
  }
  return d;
}

/** A rule across the plot area, or '' when `x` is not on the scale. */
export function rulePath(layer: RuleXLayer, scales: Scales, area: PlotArea): string {
  const x = scales.x(layer.x);
  return Number.isFinite(x) ? `M${tenth(x)},${area.top}V${area.bottom}` : '';
}

/** SVG presentation attributes of a layer's paint, with Plot's defaults for its kind of mark. */
export function paintOf(layer: OverlayLayer): Record<string, string | number> {
  if (layer.kind === 'text') return { fill: layer.fill, 'text-anchor': layer.textAnchor ?? 'middle' };
  const out: Record<string, string | number> = {};
  const stroked = layer.stroke !== undefined;
  out['fill'] = layer.kind === 'dots' ? (layer.fill ?? 'none') : 'none';
  if (layer.kind === 'dots' && layer.fillOpacity !== undefined) out['fill-opacity'] = layer.fillOpacity;
  if (stroked) {
    out['stroke'] = layer.stroke!;
    const width = layer.strokeWidth ?? (layer.kind === 'ruleX' ? undefined : defaultStrokeWidth);
    if (width !== undefined) out['stroke-width'] = width;
    if (layer.strokeOpacity !== undefined) out['stroke-opacity'] = layer.strokeOpacity;
    if (layer.strokeDasharray !== undefined) out['stroke-dasharray'] = layer.strokeDasharray;
  }
  if (layer.kind === 'line') {
    out['stroke-linejoin'] = 'round';
    out['stroke-linecap'] = 'round';
    out['stroke-miterlimit'] = 1;
  }
  return out;
}
