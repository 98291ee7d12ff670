import type { RunResult } from '../../../src/engine/sim/index.ts';
import { noiseSpecs } from '../lib/gradient-noise.ts';
import type { Specs } from '../lib/url-state.ts';

/** The largest gradient noise σ the widget offers (the bowl's gradient starts near 5). */
export const maxNoise = 3;

export const nesterovSpecs = (steps: number) =>
  ({
    problem: { kind: 'enum', default: 'quadratic1d', values: ['quadratic1d', 'twoMinima'] },
    lr: { kind: 'number', default: 0.02, min: 0.001, max: 0.1 },
    mu: { kind: 'number', default: 0.9, min: 0, max: 0.99 },
    step: { kind: 'number', default: 0, min: 0, max: steps, integer: true },
    ...noiseSpecs(maxNoise),
  }) satisfies Specs;

/** |v_t| for t = 0..steps of a 1-D run recorded with `record: true` (|v_0| = 0). */
export function speeds(run: RunResult): number[] {
  const v = run.states?.velocity;
  return Array.from({ length: run.steps + 1 }, (_, t) => (t === 0 || !v ? 0 : Math.abs(v[t - 1]!)));
}

/** The first step t >= 2 at which the speed falls (|v_t| < |v_{t-1}|), or null. */
export function firstSlowdown(speed: readonly number[]): number | null {
  for (let t = 2; t < speed.length; t++) if (speed[t]! < speed[t - 1]!) return t;
  return null;
}

/**
 * The first step at which NAG's speed falls while momentum's still grows: the moment the
 * look-ahead gradient starts braking NAG. Null if it never happens within the runs.
 */
export function brakeStep(momentumSpeed: readonly number[], nagSpeed: readonly number[]): number | null {
  const n = Math.min(momentumSpeed.length, nagSpeed.length);
  for (let t = 2; t < n; t++) {
    if (nagSpeed[t]! < nagSpeed[t - 1]! && momentumSpeed[t]! > momentumSpeed[t - 1]!) return t;
  }
  return null;
}

export interface StepParts {
  /** w_{t-1}, where the step starts. */
  from: number;
  /** w_{t-1} - mu v_{t-1}: where the kept velocity alone would carry the weight (NAG's look-ahead point). */
  carried: number;
  /** Where the gradient of this step was taken: w_{t-1} (momentum) or the look-ahead point (NAG). */
  gradAt: number;
  /** The gradient g_t used by this step. */
  grad: number;
  /** w_t = carried - alpha g_t. */
  to: number;
}

/** Step t (1-based) of a 1-D momentum or NAG run, split into its kept velocity and its gradient push. */
export function stepParts(run: RunResult, t: number, mu: number, nag: boolean): StepParts | null {
  const v = run.states?.velocity;
  const g = run.states?.grad;
  if (t < 1 || t > run.steps || !v || !g) return null;
  const from = run.points[t - 1]!;
  const carried = from - mu * (t >= 2 ? v[t - 2]! : 0);
  return { from, carried, gradAt: nag ? carried : from, grad: g[t - 1]!, to: run.points[t]! };
}

/** True if a weight at `w` moving with step -v has not yet passed `minimum` (it is still heading toward it). */
export const beforeMinimum = (w: number, v: number, minimum: number): boolean => (minimum - w) * -v > 0;

/**
 * Step t's gradient push −αg_t against the motion: true when it points back (it takes speed
 * off), false when it still points the way the kept velocity carries the weight. With w ← w − v,
 * the motion is −v_{t−1} and the push −g_t: they oppose when g_t v_{t−1} < 0.
 */
export function pushPointsBack(run: RunResult, t: number): boolean {
  const v = run.states?.velocity;
  const g = run.states?.grad;
  if (t < 2 || t > run.steps || !v || !g) return false;
  return g[t - 1]! * v[t - 2]! < 0;
}

/**
 * The first step at which NAG starts before a minimum but its look-ahead point w − μv is already
 * past it, with the gradient there pointing back: the case the chapter's braking story is about.
 */
export function lookAheadCrossing(
  run: RunResult,
  mu: number,
  minima: readonly number[],
): { step: number; minimum: number } | null {
  const v = run.states?.velocity;
  if (!v) return null;
  for (let t = 2; t <= run.steps; t++) {
    const vPrev = v[t - 2]!;
    const parts = stepParts(run, t, mu, true)!;
    const minimum = minima.find(
      (m) => beforeMinimum(parts.from, vPrev, m) && !beforeMinimum(parts.carried, vPrev, m) && parts.carried !== m,
    );
    if (minimum !== undefined && pushPointsBack(run, t)) return { step: t, minimum };
  }
  return null;
}
