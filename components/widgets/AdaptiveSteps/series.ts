/**
 * The time charts' data: each parameter's recorded cache or effective step at the drawn steps, per
 * optimizer and coordinate, and the overlay layers that show them up to the cursor (OverlayFigure).
 */
import { optimizerTitles } from '../../../src/engine/optim/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import type { OverlayLayer, Point } from '../lib/overlay-layers.ts';
import { colors, optimizerColor } from '../lib/plot-theme.ts';
import { steppedLogDomain } from '../lib/stepped-domain.ts';
import type { AdaptiveOptimizer } from './model.ts';

/** One line of a time chart: an optimizer's cache or effective step in one coordinate, by step. */
export interface Series {
  /** "Adagrad, x". */
  name: string;
  axis: 'x' | 'y';
  color: string;
  /** Steps (x) and values (y), in step order; positive, finite values only (the axes are logarithmic). */
  points: Point[];
}

/** Per-parameter series of a recorded state at the drawn steps: x coordinates first, then y (Plot's order of old). */
export function stateSeries(
  runs: readonly RunResult[],
  names: readonly AdaptiveOptimizer[],
  key: 'cache' | 'effectiveStep',
  steps: readonly number[],
): Series[] {
  const out: Series[] = [];
  for (const [i, axis] of (['x', 'y'] as const).entries()) {
    runs.forEach((run, r) => {
      const values = run.states?.[key];
      if (!values) return;
      const points: Point[] = [];
      for (const t of steps) {
        if (t > run.steps) break;
        const value = values[2 * (t - 1) + i]!;
        if (value > 0 && Number.isFinite(value)) points.push({ x: t, y: value });
      }
      out.push({ name: `${optimizerTitles[names[r]!]}, ${axis}`, axis, color: optimizerColor(names[r]!), points });
    });
  }
  return out;
}

/**
 * The range of every value, widened by 1.5× each way (a log axis), then rounded out to 1, 2 or
 * 5 × 10^k (stepped-domain.ts): a slider step that moves the values a little leaves the axes as
 * they are, so the charts' Plot is not redrawn; [1e-3, 1] when there is no value.
 */
export function extent(series: readonly Series[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (const p of s.points) {
      if (p.y < lo) lo = p.y;
      if (p.y > hi) hi = p.y;
    }
  if (!(hi >= lo)) return [1e-3, 1];
  if (hi === lo) return steppedLogDomain([lo / 2, hi * 2]);
  return steppedLogDomain([lo / 1.5, hi * 1.5]);
}

/** The points of a step-ordered line up to step `t`. */
export function upTo(points: readonly Point[], t: number): readonly Point[] {
  let n = 0;
  while (n < points.length && points[n]!.x <= t) n++;
  return n === points.length ? points : points.slice(0, n);
}

/** The series up to step `t`: solid for x, dashed for y, 2 px; then the cursor's rule. */
export function seriesLayers(series: readonly Series[], t: number): OverlayLayer[] {
  const layers: OverlayLayer[] = series.map((s) => ({
    kind: 'line',
    points: upTo(s.points, t),
    stroke: s.color,
    strokeWidth: 2,
    ...(s.axis === 'y' ? { strokeDasharray: '6 3' } : {}),
  }));
  if (t > 0) layers.push({ kind: 'ruleX', x: t, stroke: colors.soft, strokeOpacity: 0.6 });
  return layers;
}

/**
 * Adagrad's step under a gradient of constant size, 1/√t through the first series' first value,
 * up to step `t` and inside the chart (below its floor the line and its label would run across the
 * axis title), with its label above and to the right of the line's middle on the log time axis:
 * the line falls to the right, so it never crosses the label there.
 */
export function referenceLayers(
  first: Series | undefined,
  steps: readonly number[],
  t: number,
  floor: number,
): OverlayLayer[] {
  const start = first?.points[0];
  if (!start) return [];
  const points = steps
    .filter((k) => k <= t)
    .map((k) => ({ x: k, y: start.y / Math.sqrt(k) }))
    .filter((p) => p.y >= floor);
  const layers: OverlayLayer[] = [
    { kind: 'line', points, stroke: colors.soft, strokeDasharray: '1 3', strokeWidth: 1.5 },
  ];
  if (points.length > 1) {
    const middle = Math.sqrt(points[0]!.x * points[points.length - 1]!.x);
    const at = points.reduce((best, p) =>
      Math.abs(Math.log(p.x / middle)) < Math.abs(Math.log(best.x / middle)) ? p : best,
    );
    layers.push({
      kind: 'text',
      x: at.x,
      y: at.y,
      text: '∝ 1/√t',
      dx: 4,
      dy: -9,
      textAnchor: 'start',
      fill: colors.soft,
    });
  }
  return layers;
}
