/**
 * The loss chart's curves as SVG paths: train and test loss per network against the step, drawn on
 * an overlay with the chart's scales (the chart's Plot draws only the axes, see `lossAxes`).
 */
import type { SideBySide } from '../../../src/engine/sim/index.ts';
import type { Scales } from '../lib/scales.ts';

/** At most this many points per loss curve (the record has one per epoch). */
export const maxCurvePoints = 400;

export interface LossCurve {
  /** The trainer's key: a built-in's name, or a rule's key (`rule`). */
  name: string;
  set: 'train' | 'test';
  d: string;
}

/** One path per network and set: every `stride`-th record, and always the last one. */
export function lossCurves(
  sideBySide: SideBySide,
  names: readonly string[],
  S: Pick<Scales, 'x' | 'y'>,
  maxPoints = maxCurvePoints,
): LossCurve[] {
  return sideBySide.trainers.flatMap((t, i) => {
    const name = names[i]!;
    const h = t.history;
    const stride = Math.max(1, Math.ceil(h.epochStep.length / maxPoints));
    const path = (losses: readonly number[]) => {
      let d = '';
      for (let k = 0; k < losses.length; k += stride) {
        d += `${k === 0 ? 'M' : 'L'}${S.x(h.epochStep[k]!).toFixed(1)},${S.y(Math.max(losses[k]!, lossFloor)).toFixed(1)}`;
      }
      const last = losses.length - 1;
      if (last > 0 && last % stride !== 0)
        d += `L${S.x(h.epochStep[last]!).toFixed(1)},${S.y(Math.max(losses[last]!, lossFloor)).toFixed(1)}`;
      return d;
    };
    return [
      { name, set: 'train' as const, d: path(h.trainLoss) },
      { name, set: 'test' as const, d: path(h.testLoss) },
    ];
  });
}

/**
 * The smallest of 1, 2, 3, 5 times a power of ten that is >= v (v > 0), so an axis grows in a few
 * jumps (each one rebuilds the chart's Plot) and is at least half filled.
 */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 3, 5, 10]) {
    const candidate = Number((m * power).toPrecision(12));
    if (candidate >= v) return candidate;
  }
  return 10 * power;
}

/** Losses below this are drawn at it (the log axis needs a floor). */
export const lossFloor = 1e-6;

/**
 * Axes of the loss chart that change rarely, so the chart's Plot is rebuilt a few times per run
 * and the curves move on an overlay: x from 0 to a nice step count (at least ten epochs), y on a
 * log scale between the powers of ten around every loss recorded so far.
 */
export function lossAxes(sideBySide: SideBySide, stepsPerEpoch: number): { xMax: number; y: [number, number] } {
  let lo = Infinity;
  let hi = 0;
  let steps = 0;
  for (const t of sideBySide.trainers) {
    steps = Math.max(steps, t.steps);
    for (const list of [t.history.trainLoss, t.history.testLoss])
      for (const loss of list) {
        const v = Math.max(loss, lossFloor);
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
  }
  const xMax = niceCeil(Math.max(stepsPerEpoch * 10, steps));
  if (!(hi > 0) || !Number.isFinite(lo)) return { xMax, y: [0.01, 1] };
  const low = 10 ** Math.floor(Math.log10(lo) + 1e-9);
  let high = 10 ** Math.ceil(Math.log10(hi) - 1e-9);
  if (high <= low) high = low * 10;
  return { xMax, y: [Number(low.toPrecision(6)), Number(high.toPrecision(6))] };
}
