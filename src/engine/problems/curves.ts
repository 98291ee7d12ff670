/** 1-D loss curves f(w): the article's pictures of a single weight. */
import type { Curve } from './types.ts';
import { exp } from '../math/index.ts';

/**
 * f(w) = (lambda / 2) w^2, a bowl of curvature lambda. Gradient descent converges on it exactly
 * when lr < 2 / lambda (and reaches the minimum in one step at lr = 1 / lambda).
 */
export function createQuadratic1d(curvature: number): Curve {
  if (!Number.isFinite(curvature) || curvature <= 0) {
    throw new RangeError(`curvature must be a finite number > 0, got ${curvature}`);
  }
  const half = curvature / 2;
  return Object.freeze({
    id: curvature === 2 ? 'quadratic1d' : `quadratic1d(${curvature})`,
    title: 'Quadratic bowl',
    latex: curvature === 2 ? 'f(w) = w^2' : String.raw`f(w) = \tfrac{\lambda}{2}\, w^2,\quad \lambda = ${curvature}`,
    description: `A bowl of curvature ${curvature}: gradient descent converges only for a learning rate below ${2 / curvature}.`,
    dim: 1,
    f: (w: Float64Array) => half * w[0]! * w[0]!,
    grad: (w: Float64Array, out: Float64Array) => {
      out[0] = curvature * w[0]!;
    },
    domain: [-2, 2],
    minima: [{ point: [0], value: 0, kind: 'global' }],
    start: [-1.5],
    hessianEigenvalues: [curvature],
  } as const);
}

/** f(w) = w^2: curvature 2, so gradient descent converges for lr < 1. */
export const quadratic1d: Curve = createQuadratic1d(2);

/**
 * The article's local-minimum picture: a quartic with a shallow minimum at w = -1.2, a hump at 0
 * and a deeper, global minimum at w = 1.6. Its derivative is f'(w) = w (w + 1.2)(w - 1.6).
 * From the default start, gradient descent settles in the shallow one.
 */
export const twoMinima: Curve = Object.freeze({
  id: 'twoMinima',
  title: 'Two minima',
  latex: String.raw`f(w) = \tfrac{1}{4} w^4 - \tfrac{2}{15} w^3 - \tfrac{24}{25} w^2`,
  description: 'A shallow local minimum at w = -1.2 beside a deeper global minimum at w = 1.6.',
  dim: 1,
  f: (w: Float64Array) => {
    const x = w[0]!;
    const x2 = x * x;
    return 0.25 * x2 * x2 - (2 / 15) * x2 * x - 0.96 * x2;
  },
  grad: (w: Float64Array, out: Float64Array) => {
    const x = w[0]!;
    out[0] = x * (x + 1.2) * (x - 1.6);
  },
  domain: [-2.5, 2.5],
  minima: [
    { point: [1.6], value: -512 / 375, kind: 'global' },
    { point: [-1.2], value: -0.6336, kind: 'local' },
  ],
  start: [-2.2],
} as const);

/**
 * A well with flat sides: f(w) = 1 - exp(-w^2 / 2). Far from 0 the slope is almost zero (at the
 * default start w = 3.5 it is 0.008), so plain gradient descent crawls across the plateau while
 * methods that normalize the step (RMSProp, Adam) or build speed (momentum) cross it.
 */
export const plateau: Curve = Object.freeze({
  id: 'plateau',
  title: 'Plateau',
  latex: String.raw`f(w) = 1 - e^{-w^2/2}`,
  description: 'A narrow well between long, nearly flat shoulders where the gradient almost vanishes.',
  dim: 1,
  f: (w: Float64Array) => 1 - exp(-0.5 * w[0]! * w[0]!),
  grad: (w: Float64Array, out: Float64Array) => {
    const x = w[0]!;
    out[0] = x * exp(-0.5 * x * x);
  },
  domain: [-6, 6],
  minima: [{ point: [0], value: 0, kind: 'global' }],
  start: [3.5],
} as const);
