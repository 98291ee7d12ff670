import { createLinearRegression, miniBatchGrad, stepsPerEpoch } from '../../../src/engine/sim/index.ts';
import type { LinearRegression } from '../../../src/engine/sim/index.ts';
import { runWithGrad } from '../../../src/engine/sim/index.ts';
import type { RunDivergence, RunResult } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import type { Specs } from '../lib/url-state.ts';
import type { strings } from './strings.ts';

type BatchNoiseStrings = (typeof strings)['en'];

export const lrRange = [0.003, 0.3] as const;
/** Where both runs start: a line that is too flat and too high. */
export const start = [0, 2] as const;
/** The (slope, intercept) region drawn as a contour map. */
export const domain = { x: [-0.5, 4] as const, y: [-3, 2.5] as const };

export const batchNoiseSpecs = {
  lr: { kind: 'number', default: 0.05, min: lrRange[0], max: lrRange[1] },
  /** log₂ of the batch size: 0 (one point) to 5 (all 32). */
  batch: { kind: 'number', default: 2, min: 0, max: 5, integer: true },
  seed: { kind: 'number', default: 1, min: 1, max: 99, integer: true },
  epochs: { kind: 'number', default: 20, min: 1, max: 60, integer: true },
} satisfies Specs;

export interface Comparison {
  fit: LinearRegression;
  batchSize: number;
  stepsPerEpoch: number;
  full: RunResult;
  mini: RunResult;
  /** Lowest and highest loss of the mini-batch run over its last epoch (or what it completed). */
  lastEpochRange: [number, number];
}

/** The same data, the same start, the same α: full-batch GD for `epochs` steps, mini-batch SGD for `epochs` passes. */
export function compareBatches(fit: LinearRegression, lr: number, batchSize: number, seed: number, epochs: number): Comparison {
  const perEpoch = stepsPerEpoch(fit.n, batchSize);
  const spec = { name: 'sgd', lr } as const;
  const full = runWithGrad(2, fit.f, fit.grad, spec, { steps: epochs, start });
  const mini = runWithGrad(2, fit.f, miniBatchGrad(fit, { batchSize, seed }), spec, { steps: epochs * perEpoch, start });
  const tail = mini.losses.subarray(Math.max(0, mini.steps - perEpoch));
  let lo = Infinity;
  let hi = -Infinity;
  for (const l of tail) {
    lo = Math.min(lo, l);
    hi = Math.max(hi, l);
  }
  return { fit, batchSize, stepsPerEpoch: perEpoch, full, mini, lastEpochRange: [lo, hi] };
}

/** The data set of the widget (memoize it: it does not change). */
export const dataFor = (seed: number): LinearRegression => createLinearRegression({ seed, n: 32 });

/**
 * The status line in words, in the language of `s` (the widget's strings): both runs' steps and
 * losses, or, when a run diverged, the full-batch bound and why each run stopped (`explain` turns
 * the engine's divergence into a sentence: useDivergenceText().run).
 */
export function statusText(
  s: BatchNoiseStrings,
  explain: (d: RunDivergence) => string,
  c: Comparison,
  lr: number,
  epochs: number,
): string {
  const { fit, full, mini, batchSize } = c;
  if (full.diverged || mini.diverged) {
    const parts: string[] = [];
    if (full.diverged) parts.push(s.fullStopped(full.diverged.step, explain(full.diverged)));
    if (mini.diverged) parts.push(s.miniStopped(batchSize, mini.diverged.step, explain(mini.diverged)));
    return s.diverged(fmt(lr), fmt(2 / fit.hessianEigenvalues[1]), parts);
  }
  const isFull = batchSize >= fit.n;
  return s.summary({
    epochs,
    n: fit.n,
    fullSteps: full.steps,
    fullLoss: fmt(full.losses[full.steps] ?? 0),
    batchSize,
    isFull,
    miniSteps: mini.steps,
    miniLoss: fmt(mini.losses[mini.steps] ?? 0),
    lastPass: isFull ? null : [fmt(c.lastEpochRange[0]), fmt(c.lastEpochRange[1])],
    best: fmt(fit.minLoss),
  });
}
