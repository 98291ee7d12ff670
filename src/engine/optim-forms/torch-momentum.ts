/**
 * PyTorch's forms of momentum and Nesterov momentum, written out so that a chapter can run them
 * beside the engine's (the article's) form and compare the paths. The engine in src/engine/optim runs
 * one convention only; this file is the other one, kept small on purpose.
 *
 * Article form (src/engine/optim/momentum.ts):  v_t = mu v_{t-1} + alpha_t g_t,   w_t = w_{t-1} - v_t
 * PyTorch `SGD(momentum=mu, dampening=0)`: b_t = mu b_{t-1} + g_t,         w_t = w_{t-1} - alpha_t b_t
 *
 * With a constant alpha, v_t = alpha b_t at every step (induction: both start at 0), so the paths
 * agree up to rounding. When alpha changes, the article's v still carries the old alpha inside
 * it, while PyTorch rescales the whole remembered sum by the new alpha: the paths part.
 *
 * PyTorch `SGD(momentum=mu, nesterov=True, dampening=0)` keeps only u (its "parameters"):
 *   g_t = grad L(u_{t-1}),  b_t = mu b_{t-1} + g_t,  u_t = u_{t-1} - alpha_t (g_t + mu b_t).
 * At a constant alpha, u_t is the engine's NAG look-ahead point w_t - mu v_t (src/engine/optim/nag.ts).
 *
 * A learning rate is either a number or a schedule `(t) => alpha_t` for t = 1, 2, ...
 */
import type { GradFn } from '../optim/index.ts';

export type LearningRate = number | ((t: number) => number);

export interface FormRunOptions {
  /** Starting point (its length is the dimension). */
  start: ArrayLike<number>;
  /** Steps to take, an integer >= 0. */
  steps: number;
  /** Learning rate alpha: a positive number, or a schedule t -> alpha_t (t starts at 1). */
  lr: LearningRate;
  /** Momentum coefficient mu in [0, 1). */
  momentum: number;
}

function check(opts: FormRunOptions): (t: number) => number {
  if (!Number.isSafeInteger(opts.steps) || opts.steps < 0) throw new RangeError(`steps must be an integer >= 0, got ${opts.steps}`);
  if (!(opts.momentum >= 0 && opts.momentum < 1)) throw new RangeError(`momentum must be a number in [0, 1), got ${opts.momentum}`);
  const { lr } = opts;
  if (typeof lr === 'number') {
    if (!Number.isFinite(lr) || lr <= 0) throw new RangeError(`lr must be a finite number > 0, got ${lr}`);
    return () => lr;
  }
  return lr;
}

/** Runs one of the three forms; `points` holds (steps + 1) * dim numbers, the start first. */
function run(grad: GradFn, opts: FormRunOptions, form: 'article' | 'torch' | 'torch-nesterov'): Float64Array {
  const lrAt = check(opts);
  const dim = opts.start.length;
  const mu = opts.momentum;
  const w = Float64Array.from(opts.start);
  const g = new Float64Array(dim);
  const buf = new Float64Array(dim);
  const points = new Float64Array((opts.steps + 1) * dim);
  points.set(w, 0);
  for (let t = 1; t <= opts.steps; t++) {
    const alpha = lrAt(t);
    grad(w, g);
    for (let i = 0; i < dim; i++) {
      if (form === 'article') {
        buf[i] = mu * buf[i]! + alpha * g[i]!;
        w[i] = w[i]! - buf[i]!;
      } else if (form === 'torch') {
        buf[i] = mu * buf[i]! + g[i]!;
        w[i] = w[i]! - alpha * buf[i]!;
      } else {
        buf[i] = mu * buf[i]! + g[i]!;
        w[i] = w[i]! - alpha * (g[i]! + mu * buf[i]!);
      }
    }
    points.set(w, t * dim);
  }
  return points;
}

/** The article's (and the engine's) momentum, with an optional learning-rate schedule. */
export const runArticleMomentum = (grad: GradFn, opts: FormRunOptions): Float64Array => run(grad, opts, 'article');

/** PyTorch's `SGD(momentum=mu, dampening=0)`: the buffer holds raw gradients, lr multiplies the step. */
export const runTorchMomentum = (grad: GradFn, opts: FormRunOptions): Float64Array => run(grad, opts, 'torch');

/** PyTorch's `SGD(momentum=mu, nesterov=True, dampening=0)`: the points are NAG's look-ahead points. */
export const runTorchNesterov = (grad: GradFn, opts: FormRunOptions): Float64Array => run(grad, opts, 'torch-nesterov');

/** The largest |a_i - b_i| over the common length (0 for empty arrays; NaN if any difference is NaN). */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (Number.isNaN(d)) return NaN;
    if (d > max) max = d;
  }
  return max;
}
