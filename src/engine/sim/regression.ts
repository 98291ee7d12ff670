/**
 * The smallest real learning problem: fit a line y ≈ a·x + b to n seeded data points by least
 * squares, with the two parameters w = [a, b]. Its loss is the mean squared error
 *
 *   L(a, b) = (1/n) Σᵢ (a·xᵢ + b − yᵢ)²,
 *
 * a quadratic bowl whose contours can be drawn, with an exact minimum (the least-squares line)
 * to compare against. It is where full-batch gradient descent and stochastic (mini-batch)
 * gradient descent can be watched side by side on the same data.
 *
 * ```ts
 * const fit = createLinearRegression({ seed: 3 });
 * const sgd = miniBatchGrad(fit, { batchSize: 4, seed: 1 });   // a GradFn: each call, the next mini-batch
 * runWithGrad(2, fit.f, sgd, { name: 'sgd', lr: 0.05 }, { steps: 200, start: [0, 0] });
 * ```
 *
 * Mini-batches are drawn without replacement: each epoch visits every point once in an order
 * shuffled afresh (Fisher–Yates, seeded); when the batch size does not divide n, the last batch
 * of an epoch is smaller (PyTorch's `DataLoader(shuffle=True, drop_last=False)`).
 */
import type { GradFn } from '../optim/index.ts';
import { createRng } from '../rng/index.ts';

export interface LinearRegressionOptions {
  /** Number of data points, an integer from 2 to 10 000. Default 32. */
  n?: number;
  /** Seed of the data (x positions and noise). Default 1. */
  seed?: number;
  /** The line the data come from: y = slope·x + intercept + noise. Defaults 2 and −1. */
  slope?: number;
  intercept?: number;
  /** Standard deviation of the Gaussian noise on y. Default 0.5. */
  noise?: number;
  /** x is uniform on this interval. Default [0, 3]. */
  xRange?: readonly [number, number];
}

export const linearRegressionDefaults = Object.freeze({ n: 32, seed: 1, slope: 2, intercept: -1, noise: 0.5, xRange: [0, 3] as const });

export interface LinearRegression {
  readonly n: number;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Mean squared error over all n points at w = [a, b]. */
  readonly f: (w: Float64Array) => number;
  /** Its exact (full-batch) gradient. */
  readonly grad: GradFn;
  /** The gradient of the mean squared error over the points idx[from..to). */
  readonly batchGrad: (w: Float64Array, out: Float64Array, idx: Int32Array, from: number, to: number) => void;
  /** The least-squares line [a*, b*]: where the gradient is zero. */
  readonly solution: readonly [number, number];
  /** L at the solution: the lowest loss any line reaches on these data. */
  readonly minLoss: number;
  /** Eigenvalues of the (constant) Hessian, ascending: gradient descent converges for lr < 2 / largest. */
  readonly hessianEigenvalues: readonly [number, number];
}

export function createLinearRegression(options: LinearRegressionOptions = {}): LinearRegression {
  const d = linearRegressionDefaults;
  const n = options.n ?? d.n;
  const seed = options.seed ?? d.seed;
  const slope = options.slope ?? d.slope;
  const intercept = options.intercept ?? d.intercept;
  const noise = options.noise ?? d.noise;
  const [x0, x1] = options.xRange ?? d.xRange;
  if (!Number.isInteger(n) || n < 2 || n > 10000) throw new RangeError(`n must be an integer from 2 to 10000, got ${n}`);
  if (!Number.isFinite(noise) || noise < 0) throw new RangeError(`noise must be a finite number >= 0, got ${noise}`);
  if (!(Number.isFinite(x0) && Number.isFinite(x1) && x1 > x0)) throw new RangeError(`xRange must be [lo, hi] with lo < hi`);
  if (!Number.isFinite(slope) || !Number.isFinite(intercept)) throw new RangeError('slope and intercept must be finite');

  const rng = createRng(seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = x0 + (x1 - x0) * rng.next();
    ys[i] = slope * xs[i]! + intercept + noise * rng.normal();
  }

  // Moments for the closed-form solution and the Hessian H = 2 [[E x², E x], [E x, 1]].
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
    sxx += xs[i]! * xs[i]!;
    sxy += xs[i]! * ys[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  const vx = sxx / n - mx * mx;
  if (!(vx > 0)) throw new RangeError('the x values must not all be equal');
  const a = (sxy / n - mx * my) / vx;
  const b = my - a * mx;

  const batchGrad = (w: Float64Array, out: Float64Array, idx: Int32Array, from: number, to: number): void => {
    let ga = 0;
    let gb = 0;
    for (let k = from; k < to; k++) {
      const i = idx[k]!;
      const r = w[0]! * xs[i]! + w[1]! - ys[i]!;
      ga += r * xs[i]!;
      gb += r;
    }
    const scale = 2 / (to - from);
    out[0] = scale * ga;
    out[1] = scale * gb;
  };
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const f = (w: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const r = w[0]! * xs[i]! + w[1]! - ys[i]!;
      sum += r * r;
    }
    return sum / n;
  };
  const grad: GradFn = (w, out) => batchGrad(w, out, all, 0, n);

  const h11 = (2 * sxx) / n;
  const h12 = 2 * mx;
  const h22 = 2;
  const mean = (h11 + h22) / 2;
  const spread = Math.sqrt(((h11 - h22) / 2) ** 2 + h12 * h12);
  return Object.freeze({
    n,
    xs,
    ys,
    f,
    grad,
    batchGrad,
    solution: [a, b] as const,
    minLoss: f(Float64Array.of(a, b)),
    hessianEigenvalues: [mean - spread, mean + spread] as const,
  });
}

export interface MiniBatchOptions {
  /** Points per gradient, an integer >= 1; values >= n give the full-batch gradient. */
  batchSize: number;
  /** Seed of the shuffling. */
  seed: number;
}

/** Steps in one epoch (one pass over the data) at this batch size. */
export const stepsPerEpoch = (n: number, batchSize: number): number => Math.ceil(n / Math.min(batchSize, n));

/**
 * A stateful gradient function: each call returns the gradient on the next mini-batch (so an
 * optimizer that calls it once per step, like SGD, sees one mini-batch per step). Create a new
 * one to start over: the same seed gives the same sequence of batches.
 */
export function miniBatchGrad(problem: Pick<LinearRegression, 'n' | 'batchGrad'>, options: MiniBatchOptions): GradFn {
  const { n } = problem;
  const { batchSize, seed } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be an integer >= 1, got ${batchSize}`);
  const size = Math.min(batchSize, n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  let cursor = n;
  return (w, out) => {
    if (cursor >= n) {
      if (size < n) {
        for (let i = n - 1; i > 0; i--) {
          const j = rng.int(i + 1);
          const t = order[i]!;
          order[i] = order[j]!;
          order[j] = t;
        }
      }
      cursor = 0;
    }
    const to = Math.min(n, cursor + size);
    problem.batchGrad(w, out, order, cursor, to);
    cursor = to;
  };
}
