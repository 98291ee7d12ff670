import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { axisValley, axisValleyEigenvalues } from '../../../../src/engine/problems/axis-valley.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

describe('axisValley', () => {
  it('f and its analytic gradient agree with central differences', () => {
    const h = 1e-6;
    const g = new Float64Array(2);
    for (const [x, y] of [[-4, 1.5], [0.3, -0.7], [2, 2], [0, 0]] as const) {
      axisValley.grad(Float64Array.of(x, y), g);
      const dx = (axisValley.f(Float64Array.of(x + h, y)) - axisValley.f(Float64Array.of(x - h, y))) / (2 * h);
      const dy = (axisValley.f(Float64Array.of(x, y + h)) - axisValley.f(Float64Array.of(x, y - h))) / (2 * h);
      expect(g[0]).toBeCloseTo(dx, 6);
      expect(g[1]).toBeCloseTo(dy, 6);
    }
  });

  it('hand values: f(-4, 1.5) = 0.8 + 4.5, minimum 0 at the origin', () => {
    expect(axisValley.f(Float64Array.of(-4, 1.5))).toBeCloseTo(5.3, 12);
    expect(axisValley.f(Float64Array.of(0, 0))).toBe(0);
    expect(axisValley.minima[0]?.point).toEqual([0, 0]);
  });

  it('the eigenvalues are the curvatures: gradient descent is stable below lr = 2/4 and not above', () => {
    expect(axisValleyEigenvalues).toEqual([0.1, 4]);
    const stable = runOnProblem(axisValley, { name: 'sgd', lr: 0.49 }, { steps: 400 });
    const unstable = runOnProblem(axisValley, { name: 'sgd', lr: 0.51 }, { steps: 400 });
    expect(stable.losses[stable.steps]).toBeLessThan(1e-6);
    expect(unstable.diverged).not.toBeNull();
  });

  it('start and minimum lie inside the domain, and the formula compiles', () => {
    const { x, y } = axisValley.domain;
    expect(axisValley.start[0]).toBeGreaterThanOrEqual(x[0]);
    expect(axisValley.start[1]).toBeLessThanOrEqual(y[1]);
    expect(() => katex.renderToString(axisValley.latex, { throwOnError: true })).not.toThrow();
  });
});
