/**
 * An axis-aligned elongated valley, for the adaptive-step chapters (Adagrad, RMSProp, Adam).
 *
 * $$ f(x, y) = \tfrac{1}{20}\, x^2 + 2\, y^2 $$
 *
 * Curvature 0.1 along x and 4 along y (condition number 40). Because the steep and the shallow
 * directions are the coordinate axes themselves, a per-parameter step size can fix the mismatch:
 * Adagrad, RMSProp and Adam keep one cache per coordinate, so here the x cache sees only the
 * gentle slope and the y cache only the steep one. (On `illConditioned`, whose valley runs along
 * the diagonal, every coordinate sees both slopes and per-coordinate scaling helps much less.)
 * Gradient descent converges here only for lr < 2 / 4 = 0.5.
 *
 * Lives in its own file (not in the `problems` table) so that it can be added without editing
 * the table; widgets import it from the package index.
 */
import type { Surface } from './types.ts';

/** Hessian eigenvalues of `axisValley`, ascending: along x, then along y. */
export const axisValleyEigenvalues: readonly number[] = Object.freeze([0.1, 4]);

export const axisValley: Surface = Object.freeze({
  id: 'axisValley',
  title: 'Axis-aligned valley',
  latex: String.raw`f(x, y) = \tfrac{1}{20}\,x^2 + 2\,y^2`,
  description: 'A quadratic with curvature 0.1 along x and 4 along y: a long, flat-floored valley along the x axis.',
  dim: 2,
  f: (w: Float64Array) => {
    const x = w[0]!;
    const y = w[1]!;
    return 0.05 * x * x + 2 * y * y;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    out[0] = 0.1 * w[0]!;
    out[1] = 4 * w[1]!;
  },
  domain: { x: [-4.5, 4.5], y: [-2, 2] },
  minima: [{ point: [0, 0], value: 0, kind: 'global' }],
  start: [-4, 1.5],
  hessianEigenvalues: axisValleyEigenvalues,
} as const);
