/** 2-D loss surfaces f(x, y), where a trajectory can be drawn over contour lines. */
import type { Minimum, Surface } from './types.ts';
import { cos, sin } from '../math/index.ts';

/** The Hessian eigenvalues of `illConditioned`: curvature 1 along the valley, 20 across it. */
export const illConditionedEigenvalues: readonly number[] = Object.freeze([1, 20]);

/**
 * A long, narrow elliptical valley along the diagonal x = y: a quadratic whose Hessian has
 * eigenvalues 1 (along (1, 1)) and 20 (along (1, -1)), a condition number of 20. Gradient descent
 * converges only for lr < 2/20 = 0.1 and then zig-zags across the valley while creeping along it.
 */
export const illConditioned: Surface = Object.freeze({
  id: 'illConditioned',
  title: 'Ill-conditioned valley',
  latex: String.raw`f(x, y) = \tfrac{1}{4}(x + y)^2 + 5\,(x - y)^2`,
  description: 'A rotated quadratic with curvatures 1 and 20: steep walls, a gentle floor.',
  dim: 2,
  f: (w: Float64Array) => {
    const u = w[0]! + w[1]!;
    const v = w[0]! - w[1]!;
    return 0.25 * u * u + 5 * v * v;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    const u = w[0]! + w[1]!;
    const v = w[0]! - w[1]!;
    out[0] = 0.5 * u + 10 * v;
    out[1] = 0.5 * u - 10 * v;
  },
  domain: { x: [-3, 3], y: [-3, 3] },
  minima: [{ point: [0, 0], value: 0, kind: 'global' }],
  start: [-2.5, -0.5],
  hessianEigenvalues: illConditionedEigenvalues,
} as const);

/** Rosenbrock's banana: a curved, flat-bottomed valley y = x^2 leading to the minimum at (1, 1). */
export const rosenbrock: Surface = Object.freeze({
  id: 'rosenbrock',
  title: 'Rosenbrock',
  latex: String.raw`f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2`,
  description: 'Finding the curved valley is easy; following it to (1, 1) is slow.',
  dim: 2,
  f: (w: Float64Array) => {
    const x = w[0]!;
    const a = 1 - x;
    const b = w[1]! - x * x;
    return a * a + 100 * b * b;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    const x = w[0]!;
    const b = w[1]! - x * x;
    out[0] = -2 * (1 - x) - 400 * x * b;
    out[1] = 200 * b;
  },
  domain: { x: [-2, 2], y: [-1, 3] },
  minima: [{ point: [1, 1], value: 0, kind: 'global' }],
  start: [-1.2, 1],
} as const);

/** Beale's function: flat regions, steep edges, and a narrow valley to the minimum at (3, 0.5). */
export const beale: Surface = Object.freeze({
  id: 'beale',
  title: 'Beale',
  latex: String.raw`f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2`,
  description: 'Values span six orders of magnitude; the minimum sits at the end of a thin valley.',
  dim: 2,
  f: (w: Float64Array) => {
    const x = w[0]!;
    const y = w[1]!;
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y * y;
    const c = 2.625 - x + x * y * y * y;
    return a * a + b * b + c * c;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    const x = w[0]!;
    const y = w[1]!;
    const y2 = y * y;
    const y3 = y2 * y;
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y2;
    const c = 2.625 - x + x * y3;
    out[0] = 2 * (a * (y - 1) + b * (y2 - 1) + c * (y3 - 1));
    out[1] = 2 * x * (a + 2 * b * y + 3 * c * y2);
  },
  domain: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  minima: [{ point: [3, 0.5], value: 0, kind: 'global' }],
  saddles: [[0, 1]],
  start: [1, 1.5],
} as const);

/** Himmelblau's function: four global minima, all with f = 0; where a run ends depends on where it starts. */
export const himmelblau: Surface = Object.freeze({
  id: 'himmelblau',
  title: 'Himmelblau',
  latex: String.raw`f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2`,
  description: 'Four equally deep minima: the optimizer and the start decide which one a run finds.',
  dim: 2,
  f: (w: Float64Array) => {
    const x = w[0]!;
    const y = w[1]!;
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return a * a + b * b;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    const x = w[0]!;
    const y = w[1]!;
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    out[0] = 4 * x * a + 2 * b;
    out[1] = 2 * a + 4 * y * b;
  },
  domain: { x: [-5, 5], y: [-5, 5] },
  // Newton's method in float64 from the textbook approximations; |grad| < 1e-13 at each.
  minima: [
    { point: [3, 2], value: 0, kind: 'global' },
    { point: [-2.805118086952745, 3.131312518250573], value: 0, kind: 'global' },
    { point: [-3.779310253377747, -3.283185991286169], value: 0, kind: 'global' },
    { point: [3.5844283403304917, -1.8481265269644034], value: 0, kind: 'global' },
  ],
  start: [0, 0],
} as const);

/**
 * A saddle at the origin, bounded below: f curves up along x (curvature 2) and down along y
 * (curvature -1) near 0, with two minima at (0, +-1). Starting almost on the ridge y = 0, gradient
 * descent slides toward the saddle, stalls there, and escapes only slowly.
 */
export const saddle: Surface = Object.freeze({
  id: 'saddle',
  title: 'Saddle point',
  latex: String.raw`f(x, y) = x^2 + \tfrac{1}{4}(y^2 - 1)^2`,
  description: 'Near the origin it is x^2 - y^2/2: a saddle. Two minima wait at y = 1 and y = -1.',
  dim: 2,
  f: (w: Float64Array) => {
    const x = w[0]!;
    const b = w[1]! * w[1]! - 1;
    return x * x + 0.25 * b * b;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    const y = w[1]!;
    out[0] = 2 * w[0]!;
    out[1] = y * (y * y - 1);
  },
  domain: { x: [-2, 2], y: [-2, 2] },
  minima: [
    { point: [0, 1], value: 0, kind: 'global' },
    { point: [0, -1], value: 0, kind: 'global' },
  ],
  saddles: [[0, 0]],
  start: [-1.8, 0.001],
} as const);

/**
 * A winding ravine: the floor follows y = sin x, the walls are steep (curvature ~10 across) and
 * the floor descends gently (curvature 0.1 along) to the minimum at the origin. At the minimum the
 * Hessian's eigenvalues are about 0.05 and 20.05.
 */
export const ravine: Surface = Object.freeze({
  id: 'ravine',
  title: 'Winding ravine',
  latex: String.raw`f(x, y) = \tfrac{1}{20} x^2 + 5\,(y - \sin x)^2`,
  description: 'A narrow, curving valley: the gradient points at the walls, not along the floor.',
  dim: 2,
  f: (w: Float64Array) => {
    const x = w[0]!;
    const d = w[1]! - sin(x);
    return 0.05 * x * x + 5 * d * d;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    const x = w[0]!;
    const d = w[1]! - sin(x);
    out[0] = 0.1 * x - 10 * d * cos(x);
    out[1] = 10 * d;
  },
  domain: { x: [-6, 6], y: [-3, 3] },
  minima: [{ point: [0, 0], value: 0, kind: 'global' }],
  start: [-5, -1],
} as const);

// Rastrigin is separable: f(x, y) = h(x) + h(y) with h(u) = u^2 + A (1 - cos 2 pi u).
const rastriginA = 2;
const twoPi = 2 * Math.PI;

function rastrigin1d(u: number): number {
  return u * u + rastriginA * (1 - cos(twoPi * u));
}

/** The local minima of h near the integers -3..3, by Newton's method from each integer. */
const rastriginMinima1d: readonly number[] = [-3, -2, -1, 0, 1, 2, 3].map((k) => {
  let u = k;
  for (let i = 0; i < 50; i++) {
    const slope = 2 * u + twoPi * rastriginA * sin(twoPi * u);
    const curvature = 2 + twoPi * twoPi * rastriginA * cos(twoPi * u);
    u -= slope / curvature;
  }
  return u;
});

function rastriginMinima(): Minimum[] {
  const minima: Minimum[] = [];
  for (const x of rastriginMinima1d) {
    for (const y of rastriginMinima1d) {
      const isGlobal = x === 0 && y === 0;
      minima.push({ point: [x, y], value: rastrigin1d(x) + rastrigin1d(y), kind: isGlobal ? 'global' : 'local' });
    }
  }
  return minima.sort((a, b) => a.value - b.value);
}

/**
 * Rastrigin's function, scaled down (A = 2 instead of 10) so the bowl still shows through the
 * bumps: a local minimum near every integer point, the global one at the origin.
 */
export const rastrigin: Surface = Object.freeze({
  id: 'rastrigin',
  title: 'Rastrigin',
  latex: String.raw`f(x, y) = x^2 + y^2 + 2\,(2 - \cos 2\pi x - \cos 2\pi y)`,
  description: 'A bumpy bowl with 49 minima in view: a test of escaping local minima.',
  dim: 2,
  f: (w: Float64Array) => rastrigin1d(w[0]!) + rastrigin1d(w[1]!),
  grad: (w: Float64Array, out: Float64Array) => {
    const x = w[0]!;
    const y = w[1]!;
    out[0] = 2 * x + twoPi * rastriginA * sin(twoPi * x);
    out[1] = 2 * y + twoPi * rastriginA * sin(twoPi * y);
  },
  domain: { x: [-3.2, 3.2], y: [-3.2, 3.2] },
  minima: Object.freeze(rastriginMinima()),
  start: [2.3, -2.6],
} as const);
