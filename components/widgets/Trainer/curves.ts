/**
 * The loss chart's curves as SVG paths: train and test loss per network against the step, drawn on
 * an overlay with the chart's scales (the chart's Plot draws only the axes, see `lossAxes`).
 */
import type { SideBySide } from '../../../src/engine/sim/index.ts';
import type { Scales } from '../lib/scales.ts';
import { lossFloor } from './model.ts';

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
