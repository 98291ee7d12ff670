/**
 * The numbers behind the Race's loss chart and map overlay: what the chart plots, axes that change
 * rarely (so the chart's Plot is rarely rebuilt), and trajectories and loss lines as SVG paths.
 */
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { logTickFormat } from '../lib/log-ticks.ts';
import { xAxisRoom } from '../lib/plot-theme.ts';
import { fallbackScales } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { polylinePath } from '../lib/svg-path.ts';
import { runColor, runKey } from './model.ts';
import type { RaceRun } from './model.ts';
import { sweepLrs } from './sweep.ts';
import type { SweepRow } from './sweep.ts';

/** The margins of the loss and sweep charts (the overlays draw inside them). */
export const chartMargins = { top: 22, right: 20, bottom: xAxisRoom, left: 62 } as const;

/**
 * Axis ticks: short numbers, and outside 0.001–99,999 powers of ten written as 10⁻⁴ (log-ticks.ts),
 * not 1×10⁻⁴, which at 360 px touched the sweep's next label. Zero and negative ticks (the symlog
 * axis) keep fmt's true minus sign.
 */
export const tick = (v: number) => (v > 0 ? logTickFormat(Number(v.toPrecision(2))) : fmt(v, 2));

/** The y value the loss chart plots: the gap to the known minimum (log axis), or the loss itself (symlog). */
export const lossValue = (loss: number, baseline: number | null) =>
  baseline === null ? loss : Math.max(loss - baseline, 1e-16);

/** The smallest and largest plotted value over every run (1e-16 and 1 when there is none). */
export function lossRange(runs: readonly RaceRun[], baseline: number | null): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = 0;
  for (const { run } of runs)
    for (const l of run.losses) {
      const v = lossValue(l, baseline);
      // A diverged run's last loss (Infinity) would stretch the axis to nothing.
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return { lo: Number.isFinite(lo) ? lo : 1e-16, hi: hi > 0 ? hi : 1 };
}

const decade = (v: number, up: boolean) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));

/** At least one decade: when every gap is the same (a start at the minimum: all 0), a log axis of one value has no length. */
const gapDomain = (lo: number, hi: number): [number, number] => [lo, Math.max(hi, lo * 10)];

/**
 * The loss chart's y domain, rounded out to whole decades so that most input changes keep the axes
 * (and the Plot) as they are: symlog from ≤ 0 when there is no known minimum, log of the gap otherwise.
 */
export function lossDomainY(range: { lo: number; hi: number }, baseline: number | null): [number, number] {
  return baseline === null
    ? [Math.min(0, -decade(Math.max(1e-3, -range.lo), true)), decade(Math.max(1e-3, range.hi), true)]
    : gapDomain(Math.max(1e-16, decade(range.lo, false)), decade(range.hi, true));
}

/**
 * Paths already made, by the scales they were drawn with and the run (both objects that a new
 * figure or a new run replaces, so nothing is kept for them): a run's whole trajectory and its loss
 * line, and the last part of its trajectory asked for. The Race makes them in the stages of a change
 * (use-race-runs.ts), one run at a time, so that the render which shows the new race only looks
 * them up: made there, six runs' paths were most of a 35-50 ms task at 4x CPU slow-down.
 */
const made = new WeakMap<object, WeakMap<RunResult, Map<string, string>>>();
function madeFor(S: object, run: RunResult): Map<string, string> {
  let byRun = made.get(S);
  if (!byRun) made.set(S, (byRun = new WeakMap()));
  let paths = byRun.get(run);
  if (!paths) byRun.set(run, (paths = new Map<string, string>()));
  return paths;
}

/** A run's trajectory from the start to step `upTo`, in pixels. */
export function trajectoryPath(run: RunResult, upTo: number, S: Pick<Scales, 'x' | 'y'>): string {
  const n = Math.max(0, Math.min(upTo, run.steps));
  const paths = madeFor(S, run);
  // The whole path, and one part (a played frame asks for a new one each time).
  const key = n === run.steps ? 'full' : 'part';
  const kept = paths.get(key);
  if (kept !== undefined && (key === 'full' || paths.get('part-at') === String(n))) return kept;
  const d = polylinePath(
    Array.from({ length: n + 1 }, (_, k) => [S.x(run.points[2 * k]!), S.y(run.points[2 * k + 1]!)] as const),
  );
  paths.set(key, d);
  if (key === 'part') paths.set('part-at', String(n));
  return d;
}

/** A run's loss line against the step, in pixels. */
export function lossPath(run: RunResult, baseline: number | null, S: Pick<Scales, 'x' | 'y'>): string {
  const paths = madeFor(S, run);
  const key = `loss ${baseline}`;
  let d = paths.get(key);
  if (d === undefined) {
    d = polylinePath(
      Array.from({ length: run.steps + 1 }, (_, k) => [S.x(k), S.y(lossValue(run.losses[k]!, baseline))] as const),
    );
    paths.set(key, d);
  }
  return d;
}

/** Each run's loss line against the step, in pixels. */
export function lossPaths(
  runs: readonly RaceRun[],
  baseline: number | null,
  S: Pick<Scales, 'x' | 'y'>,
): { key: string; color: string; d: string }[] {
  return runs.map((r) => ({ key: runKey(r), color: runColor(r), d: lossPath(r.run, baseline, S) }));
}

/** The sweep chart's height over its width. */
export const sweepAspect = 0.5;

/**
 * The sweep chart's axes: the kind of its y scale (the gap to a known minimum on a log axis, or
 * the loss itself on a symlog one) and its y domain, the extent of the plotted final losses (what
 * Plot takes from the lines it drew before), or null when nothing is plotted. The x axis is the
 * swept learning rates, the same for every sweep. The chart's Plot draws only these axes, and is
 * drawn again only when they change; the lines and dots are an overlay.
 */
export interface SweepAxes {
  gap: boolean;
  domain: readonly [number, number] | null;
}

/** The sweep chart's x domain: the swept learning rates. */
export const sweepDomainX: readonly [number, number] = [sweepLrs[0]!, sweepLrs[sweepLrs.length - 1]!];

export function sweepAxes(rows: readonly SweepRow[], baseline: number | null): SweepAxes {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    if (r.diverged) continue;
    const v = lossValue(r.finalLoss, baseline);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return { gap: baseline !== null, domain: lo <= hi ? [lo, hi] : null };
}

/** The axes as one value (ScaledPlot's `deps`: figures are drawn and kept by it). */
export const sweepAxesKey = ({ gap, domain }: SweepAxes): string =>
  `${gap ? 'log' : 'symlog'} ${domain ? `${domain[0]} ${domain[1]}` : 'none'}`;

/** The scales of the sweep chart `width` wide with `axes`; null when nothing is plotted. */
export function sweepScalesAt({ gap, domain }: SweepAxes, width: number): Scales | null {
  if (domain === null) return null;
  return fallbackScales(sweepDomainX, domain, sweepAspect, chartMargins, 'log', gap ? 'log' : 'symlog', width);
}

/**
 * The scales of the sweep chart drawn `width` wide from `rows` (the domains Plot takes from its
 * marks: the swept learning rates, the extent of the plotted losses); null when nothing is plotted.
 */
export function sweepFrameScales(rows: readonly SweepRow[], baseline: number | null, width: number): Scales | null {
  return sweepScalesAt(sweepAxes(rows, baseline), width);
}

/** A coordinate as d3's path writes Plot's lines: to three decimals (d3-shape's `line.digits`). */
const d3Digits = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A line through `points` in pixels, as Plot's line mark writes it (d3's linear curve: M, then L
 * to each point, three decimals; a run of one point a closed move), broken where a point is not
 * finite. Not thinned as the loss lines are: a sweep's line has 21 points, and thinning moved it
 * by up to half a pixel from where Plot drew it.
 */
export function plotLinePath(points: Iterable<readonly [number, number]>): string {
  let d = '';
  let run = 0;
  for (const [x, y] of points) {
    if (!(Number.isFinite(x) && Number.isFinite(y))) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${d3Digits(x)},${d3Digits(y)}`;
    run++;
  }
  return run === 1 ? `${d}Z` : d;
}

/** A sweep's line per optimizer (those with a run that did not diverge), in pixels, as Plot's line draws it. */
export function sweepLines(
  rows: readonly SweepRow[],
  baseline: number | null,
  S: Pick<Scales, 'x' | 'y'>,
): { name: OptimizerName; d: string }[] {
  return optimizerNames.flatMap((name) => {
    const own = rows.filter((r) => r.name === name && !r.diverged);
    return own.length === 0
      ? []
      : [{ name, d: plotLinePath(own.map((r) => [S.x(r.lr), S.y(lossValue(r.finalLoss, baseline))] as const)) }];
  });
}
