/**
 * The numbers behind the Race's loss chart and map overlay: what the chart plots, axes that change
 * rarely (so the chart's Plot is rarely rebuilt), and trajectories and loss lines as SVG paths.
 */
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
 * The scales of the sweep chart drawn `width` wide from `rows` (the domains Plot takes from its
 * marks: the swept learning rates, the extent of the plotted losses), for the rings over the
 * build's frame when it is kept; null when nothing is plotted.
 */
export function sweepFrameScales(rows: readonly SweepRow[], baseline: number | null, width: number): Scales | null {
  const values = rows.filter((r) => !r.diverged).map((r) => lossValue(r.finalLoss, baseline));
  if (values.length === 0) return null;
  const x: [number, number] = [sweepLrs[0]!, sweepLrs[sweepLrs.length - 1]!];
  const y: [number, number] = [Math.min(...values), Math.max(...values)];
  return fallbackScales(x, y, sweepAspect, chartMargins, 'log', baseline === null ? 'symlog' : 'log', width);
}
