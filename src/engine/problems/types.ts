/**
 * What a loss landscape is: a function that travels with its analytic gradient, where to draw it,
 * where it is lowest, and where a run starts by default.
 *
 * Points are plain arrays of length `dim` ([w] for a curve, [x, y] for a surface); `f` and `grad`
 * take a `Float64Array` of that length (so `grad` is an optimizer's `GradFn`).
 *
 * Domain. A curve (`dim: 1`) has `domain: [lo, hi]`; a surface (`dim: 2`) has
 * `domain: { x: [lo, hi], y: [lo, hi] }`. The domain is the region to draw; nothing stops a run
 * from leaving it.
 */

export interface Minimum {
  readonly point: readonly number[];
  /** f(point). */
  readonly value: number;
  readonly kind: 'global' | 'local';
}

interface ProblemBase {
  /** Key in the `problems` table. */
  readonly id: string;
  readonly title: string;
  /** The formula, as KaTeX source (e.g. `f(x, y) = ...`). */
  readonly latex: string;
  readonly description?: string;
  readonly f: (w: Float64Array) => number;
  /** Fills `out` with the analytic gradient at `w`. */
  readonly grad: (w: Float64Array, out: Float64Array) => void;
  /** Every minimum inside the domain, the global one(s) first. Empty if f has none. */
  readonly minima: readonly Minimum[];
  /** Saddle points worth marking, if any. */
  readonly saddles?: readonly (readonly number[])[];
  /** The default starting point. */
  readonly start: readonly number[];
  /**
   * Quadratics only: the eigenvalues of the (constant) Hessian, ascending. Gradient descent
   * converges on a quadratic exactly when lr < 2 / (largest eigenvalue).
   */
  readonly hessianEigenvalues?: readonly number[];
}

export type Interval = readonly [lo: number, hi: number];

/** A 1-D loss curve f(w). */
export interface Curve extends ProblemBase {
  readonly dim: 1;
  readonly domain: Interval;
}

/** A 2-D loss surface f(x, y). */
export interface Surface extends ProblemBase {
  readonly dim: 2;
  readonly domain: { readonly x: Interval; readonly y: Interval };
}

export type Problem = Curve | Surface;
