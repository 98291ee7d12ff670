import type { Curve } from '../../../src/engine/problems/index.ts';
import type { Specs } from '../lib/url-state.ts';

/** The link parameters of the widget, with their ranges (same as the author's props). */
export const gdParabolaSpecs = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.1, min: 0.001, max: 1.5 },
    start: { kind: 'number', default: 2.5, min: -3, max: 3 },
    step: { kind: 'number', default: 0, min: 0, max: steps, integer: true },
  }) satisfies Specs;

/** Milliseconds between steps while playing. */
export const playInterval = 350;

/** Points of the curve for drawing, evenly spaced over [lo, hi] (default: its domain). */
export function curveSamples(curve: Curve, n: number, [lo, hi]: readonly [number, number] = curve.domain): { w: number; loss: number }[] {
  const at = new Float64Array(1);
  return Array.from({ length: n }, (_, i) => {
    at[0] = lo + ((hi - lo) * i) / (n - 1);
    return { w: at[0], loss: curve.f(at) };
  });
}
