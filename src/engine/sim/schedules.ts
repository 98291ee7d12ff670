/**
 * What a learning-rate schedule does, in three pictures: the rate itself step by step, SGD on a
 * noisy bowl with and without it (a constant rate stops at a noise floor, a decaying one goes
 * lower), and the size of Adam's first steps (bias correction makes step 1 as large as alpha in
 * every coordinate; a warm-up is what makes it smaller).
 */
import { scheduledLr } from '../optim/index.ts';
import type { OptimizerSpec } from '../optim/index.ts';
import { quadratic1d } from '../problems/index.ts';
import { runWithGrad } from './run.ts';
import { decayScales } from './decay.ts';

/** The learning rate steps 1..steps use: entry k - 1 is step k's. */
export function lrCurve(spec: OptimizerSpec, steps: number): Float64Array {
  const out = new Float64Array(steps);
  for (let k = 1; k <= steps; k++) out[k - 1] = scheduledLr(spec, k);
  return out;
}

export interface NoisyBowlOptions {
  steps: number;
  /** Standard deviation of the gradient noise. */
  sigma: number;
  /** How many seeded runs to average (1, 2, ..., runs). */
  runs: number;
}

/**
 * The loss of `spec` on f(w) = w^2 from w = -1.5 with noisy gradients, averaged over `opts.runs`
 * seeds (one noisy run's loss jumps by decades from step to step; the mean shows the floor):
 * steps + 1 numbers, entry k after step k. A run that diverges ends the average at its last
 * step (the array is shortened).
 */
export function noisyBowlLoss(spec: OptimizerSpec, { steps, sigma, runs }: NoisyBowlOptions): Float64Array {
  const { dim, f, grad, start } = quadratic1d;
  let length = steps + 1;
  const sum = new Float64Array(length);
  for (let seed = 1; seed <= runs; seed++) {
    const run = runWithGrad(dim, f, grad, spec, { steps, start, noise: { sigma, seed } });
    length = Math.min(length, run.losses.length);
    for (let k = 0; k < length; k++) sum[k] = sum[k]! + run.losses[k]!;
  }
  const mean = sum.slice(0, length);
  for (let k = 0; k < length; k++) mean[k] = mean[k]! / runs;
  return mean;
}

/**
 * The size of each of Adam's first `steps` steps, |w_k - w_{k-1}|, for weights whose gradients
 * differ by a factor of 1,000 (the bowl of `decay.ts`, gradient scales 10 and 0.01, from w = 0,
 * no noise, no decay): two arrays of `steps` numbers, largest scale first. Adam divides out the
 * scale, so the two are equal, and step 1 is alpha_1 exactly.
 */
export function adamStepSizes(spec: Omit<OptimizerSpec, 'name'>, steps: number): [Float64Array, Float64Array] {
  const scales = [decayScales[0]!, decayScales.at(-1)!];
  const f = (w: Float64Array) => scales.reduce((sum, h, i) => sum + 0.5 * h * (w[i]! - 1) ** 2, 0);
  const grad = (w: Float64Array, out: Float64Array) => {
    for (let i = 0; i < scales.length; i++) out[i] = scales[i]! * (w[i]! - 1);
  };
  const run = runWithGrad(2, f, grad, { ...spec, name: 'adam', weightDecay: 0 }, { steps, start: [0, 0] });
  const sizes: [Float64Array, Float64Array] = [new Float64Array(run.steps), new Float64Array(run.steps)];
  for (let k = 1; k <= run.steps; k++) {
    for (let i = 0; i < 2; i++) sizes[i]![k - 1] = Math.abs(run.points[2 * k + i]! - run.points[2 * (k - 1) + i]!);
  }
  return sizes;
}
