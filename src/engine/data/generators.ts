/**
 * Seeded toy data sets: six 2-D binary classification sets and one 1-D regression set.
 *
 * Every generator takes `(n, { noise, seed })` and returns row-major arrays ready for `src/engine/nn`:
 * `X` is n × inputDim, `Y` is n × outputDim. Classification labels are exactly 0 or 1, split as
 * evenly as n allows (⌊n/2⌋ zeros); rows come out shuffled, so any prefix or split mixes classes.
 *
 * `noise` is always the standard deviation of Gaussian noise: added to both coordinates for the
 * 2-D sets (after the label is fixed, so noisy points may cross the boundary), and to the target
 * for `sine` (for `sparse`, to x only, so that its rare input stays exactly 0 where it is absent). The same `(n, noise, seed)` always gives the same data.
 *
 * The shapes follow scikit-learn (`make_moons`, `make_circles` with factor 0.5, `make_blobs`) and
 * TensorFlow Playground (xor, spirals), scaled to fit roughly in [-1.5, 1.5] (moons: [-1, 2] × [-0.5, 1]).
 */
import { createRng } from '../rng/index.ts';
import type { Rng } from '../rng/index.ts';
import { cos, sin } from '../math/index.ts';

export interface Data {
  /** Inputs, row-major, n × inputDim. */
  readonly X: Float64Array;
  /** Targets, row-major, n × outputDim. */
  readonly Y: Float64Array;
  readonly inputDim: number;
  readonly outputDim: number;
  /** Number of rows. */
  readonly n: number;
}

export interface GeneratorOptions {
  /** Standard deviation of the Gaussian noise. Default: the dataset's `defaultNoise`. */
  noise?: number;
  /** Seed of the random stream. Default 0. */
  seed?: number;
}

/** Default noise (standard deviation) of each generator. */
export const defaultNoise = Object.freeze({
  xor: 0.05,
  moons: 0.1,
  circles: 0.05,
  spirals: 0.03,
  blobs: 0,
  sparse: 0,
  sine: 0.1,
});

export type Generator = (n: number, options?: GeneratorOptions) => Data;

function check(n: number, noise: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!(noise >= 0) || !Number.isFinite(noise)) {
    throw new RangeError(`noise must be a finite number >= 0, got ${noise}`);
  }
}

/** Shuffles the rows of a 2-D classification set in place (Fisher–Yates). */
function shuffleRows(X: Float64Array, Y: Float64Array, rng: Rng): void {
  for (let i = Y.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const y = Y[i]!;
    Y[i] = Y[j]!;
    Y[j] = y;
    const x0 = X[2 * i]!;
    const x1 = X[2 * i + 1]!;
    X[2 * i] = X[2 * j]!;
    X[2 * i + 1] = X[2 * j + 1]!;
    X[2 * j] = x0;
    X[2 * j + 1] = x1;
  }
}

/**
 * Builds a 2-D binary set: `point(i, label, rng)` returns the noiseless point for row i, where
 * rows 0..⌊n/2⌋-1 have label 0 and the rest label 1; `index` is the row's rank within its class
 * and `count` the class size.
 */
function classification(
  n: number,
  noise: number,
  seed: number,
  point: (index: number, count: number, label: number, rng: Rng) => readonly [number, number],
): Data {
  check(n, noise);
  const rng = createRng(seed);
  const X = new Float64Array(2 * n);
  const Y = new Float64Array(n);
  const zeros = Math.floor(n / 2);
  for (let i = 0; i < n; i++) {
    const label = i < zeros ? 0 : 1;
    const [x, y] = label === 0 ? point(i, zeros, 0, rng) : point(i - zeros, n - zeros, 1, rng);
    X[2 * i] = x + noise * rng.normal();
    X[2 * i + 1] = y + noise * rng.normal();
    Y[i] = label;
  }
  shuffleRows(X, Y, rng);
  return { X, Y, inputDim: 2, outputDim: 1, n };
}

/** Uniform in [-1, 1]²; label 1 where x·y > 0. Points keep 0.05 away from the axes. */
export const xor: Generator = (n, { noise = defaultNoise.xor, seed = 0 } = {}) =>
  classification(n, noise, seed, (_i, _count, label, rng) => {
    const sx = rng.next() < 0.5 ? -1 : 1;
    const sy = label === 1 ? sx : -sx;
    return [sx * (0.05 + 0.95 * rng.next()), sy * (0.05 + 0.95 * rng.next())];
  });

/** Two interleaving half circles (scikit-learn `make_moons`): label 0 upper, label 1 lower. */
export const moons: Generator = (n, { noise = defaultNoise.moons, seed = 0 } = {}) =>
  classification(n, noise, seed, (i, count, label) => {
    const t = count > 1 ? (Math.PI * i) / (count - 1) : 0;
    return label === 0 ? [cos(t), sin(t)] : [1 - cos(t), 0.5 - sin(t)];
  });

/** Two concentric circles (scikit-learn `make_circles`, factor 0.5): label 0 outer, 1 inner. */
export const circles: Generator = (n, { noise = defaultNoise.circles, seed = 0 } = {}) =>
  classification(n, noise, seed, (i, count, label) => {
    const t = (2 * Math.PI * i) / count;
    const r = label === 0 ? 1 : 0.5;
    return [r * cos(t), r * sin(t)];
  });

/** Two interleaved spirals of 1.75 turns out to radius 1 (TensorFlow Playground's spiral). */
export const spirals: Generator = (n, { noise = defaultNoise.spirals, seed = 0 } = {}) =>
  classification(n, noise, seed, (i, count, label) => {
    const r = i / count;
    const t = 1.75 * 2 * Math.PI * r + (label === 1 ? 0 : Math.PI);
    return [r * sin(t), r * cos(t)];
  });

/** Two Gaussian blobs of standard deviation 0.3 around (-0.6, -0.6) (label 0) and (0.6, 0.6). */
export const blobs: Generator = (n, { noise = defaultNoise.blobs, seed = 0 } = {}) =>
  classification(n, noise, seed, (_i, _count, label, rng) => {
    const c = label === 0 ? -0.6 : 0.6;
    return [c + 0.3 * rng.normal(), c + 0.3 * rng.normal()];
  });

/** The share of each class in which `sparse`'s rare input y is present. */
export const sparseRareFraction = 0.05;

/**
 * Rare features: x is uniform in ±[0.05, 1] and its sign gives the class, except in the 5 % of the
 * rows of each class (`sparseRareFraction`) where y is ±1: there y's sign gives the class and x
 * points the wrong way. Everywhere else y is exactly 0, so a weight on y gets a gradient only from
 * those rows: the data set where a per-weight step size (Adagrad, the Adagrad chapter) matters.
 */
export const sparse: Generator = (n, { noise = defaultNoise.sparse, seed = 0 } = {}) => {
  check(n, noise);
  return classification(n, 0, seed, (i, count, label, rng) => {
    const side = label === 1 ? 1 : -1;
    const rare = i < Math.round(sparseRareFraction * count);
    const x = (rare ? -side : side) * (0.05 + 0.95 * rng.next()) + noise * rng.normal();
    return [x, rare ? side : 0];
  });
};

/** Regression: x uniform in [-π, π], y = sin(x) + noise. Rows in random x order. */
export const sine: Generator = (n, { noise = defaultNoise.sine, seed = 0 } = {}) => {
  check(n, noise);
  const rng = createRng(seed);
  const X = new Float64Array(n);
  const Y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = Math.PI * (2 * rng.next() - 1);
    X[i] = x;
    Y[i] = sin(x) + noise * rng.normal();
  }
  return { X, Y, inputDim: 1, outputDim: 1, n };
};
