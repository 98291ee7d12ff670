/**
 * Adam with an L2 term against AdamW, on a problem built to isolate the difference: four weights
 * whose losses are the same bowl at four scales,
 *
 *   L(w) = sum_i (h_i / 2) (w_i - 1)^2,   h = (10, 1, 0.1, 0.01),
 *
 * each gradient carrying mini-batch-like noise of the same relative size (h_i sigma N(0, 1)).
 * Adam divides every gradient by its own scale, so without decay the four weights would follow
 * the same path: whatever differs between them below comes from how the decay is applied.
 *
 * - Adam + L2 (`{ name: 'adam', weightDecay }`): lambda w joins the gradient and is divided by
 *   sqrt(s_hat) + eps with the rest, so weight i shrinks by about alpha lambda / (sqrt(s_hat_i) + eps)
 *   of itself per step: little where gradients are large.
 * - AdamW (`{ name: 'adamw', weightDecay }`): every weight shrinks by alpha lambda of itself.
 *
 * Both runs start at the loss's minimum (w = 1), where only the decay pulls, and see the same
 * noise (one seed).
 */
import type { OptimizerSpec } from '../optim/index.ts';
import { createRng } from '../rng/index.ts';
import { runWithGrad } from './run.ts';
import type { RunResult } from './run.ts';

/** The gradient scale h_i of each weight, largest first. */
export const decayScales: readonly number[] = Object.freeze([10, 1, 0.1, 0.01]);

/** The relative noise of every gradient: h_i sigma N(0, 1). */
export const decayNoise = 0.5;

export interface DecayComparisonOptions {
  /** Learning rate alpha (> 0). */
  lr: number;
  /** lambda (>= 0), as `weightDecay` in both specs. */
  weightDecay: number;
  /** Steps of each run (an integer >= 1). */
  steps: number;
  /** Seed of the gradient noise. Default 1. */
  seed?: number;
}

export interface DecayRun {
  run: RunResult;
  /**
   * steps * 4 numbers: the fraction of itself each weight lost to the decay at each step,
   * alpha lambda / (sqrt(s_hat_i) + eps) for Adam + L2 and alpha lambda for AdamW.
   */
  decay: Float64Array;
}

export interface DecayComparison {
  adamL2: DecayRun;
  adamw: DecayRun;
}

function scaledBowl(seed: number) {
  const rng = createRng(seed);
  const f = (w: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < decayScales.length; i++) sum += 0.5 * decayScales[i]! * (w[i]! - 1) ** 2;
    return sum;
  };
  const grad = (w: Float64Array, out: Float64Array) => {
    for (let i = 0; i < decayScales.length; i++) {
      const h = decayScales[i]!;
      out[i] = h * (w[i]! - 1) + h * decayNoise * rng.normal();
    }
  };
  return { f, grad };
}

function decayRun(spec: OptimizerSpec, steps: number, seed: number): DecayRun {
  const { f, grad } = scaledBowl(seed);
  const start = decayScales.map(() => 1);
  const run = runWithGrad(decayScales.length, f, grad, spec, { steps, start, record: true });
  const lambdaLr = run.spec.lr * run.spec.weightDecay;
  const decay = new Float64Array(run.steps * decayScales.length);
  const sHat = run.states?.sHat;
  for (let j = 0; j < decay.length; j++) {
    decay[j] = spec.name === 'adamw' || sHat === undefined ? lambdaLr : lambdaLr / (Math.sqrt(sHat[j]!) + run.spec.eps);
  }
  return { run, decay };
}

/** Runs Adam + L2 and AdamW with the same lr, lambda and noise (see the top of this file). */
export function compareDecay({ lr, weightDecay, steps, seed = 1 }: DecayComparisonOptions): DecayComparison {
  return {
    adamL2: decayRun({ name: 'adam', lr, weightDecay }, steps, seed),
    adamw: decayRun({ name: 'adamw', lr, weightDecay }, steps, seed),
  };
}

/** The mean over steps (from, to] of weight i's value in a run: the level it hovers at. */
export function meanWeight(run: RunResult, i: number, from: number, to: number): number {
  let sum = 0;
  for (let k = from + 1; k <= to; k++) sum += run.points[k * run.dim + i]!;
  return sum / (to - from);
}
