import { describe, expect, it } from 'vitest';
import { createLinearRegression, miniBatchGrad, stepsPerEpoch } from '../../../../src/engine/sim/regression.ts';
import { runWithGrad } from '../../../../src/engine/sim/index.ts';

describe('createLinearRegression', () => {
  const fit = createLinearRegression({ seed: 3 });
  const fdGrad = (w: number[]): number[] => {
    const h = 1e-6;
    return w.map((_, i) => {
      const up = Float64Array.from(w);
      const down = Float64Array.from(w);
      up[i]! += h;
      down[i]! -= h;
      return (fit.f(up) - fit.f(down)) / (2 * h);
    });
  };

  it('the gradient matches central differences', () => {
    const out = new Float64Array(2);
    for (const w of [
      [0, 0],
      [1.3, -2],
      [-4, 3.5],
    ]) {
      fit.grad(Float64Array.from(w), out);
      const fd = fdGrad(w);
      expect(out[0]).toBeCloseTo(fd[0]!, 6);
      expect(out[1]).toBeCloseTo(fd[1]!, 6);
    }
  });

  it('the least-squares solution has zero gradient and the lowest loss', () => {
    const out = new Float64Array(2);
    const w = Float64Array.from(fit.solution);
    fit.grad(w, out);
    expect(Math.abs(out[0]!)).toBeLessThan(1e-12);
    expect(Math.abs(out[1]!)).toBeLessThan(1e-12);
    expect(fit.minLoss).toBe(fit.f(w));
    // Noise 0.5 around y = 2x - 1: the fit is close to the true line, the loss near 0.25.
    expect(fit.solution[0]).toBeGreaterThan(1.6);
    expect(fit.solution[0]).toBeLessThan(2.4);
    expect(fit.minLoss).toBeGreaterThan(0.1);
    expect(fit.minLoss).toBeLessThan(0.5);
    expect(fit.f(Float64Array.of(fit.solution[0] + 0.1, fit.solution[1]))).toBeGreaterThan(fit.minLoss);
  });

  it('the Hessian eigenvalues match the curvature of f along its eigenvectors', () => {
    const [lo, hi] = fit.hessianEigenvalues;
    // A quadratic: f(w* + t v) - f(w*) = (1/2) lambda t^2 for a unit eigenvector v. Check the extremes by scanning directions.
    const w = fit.solution;
    let min = Infinity;
    let max = 0;
    for (let k = 0; k < 3600; k++) {
      const th = (Math.PI * k) / 3600;
      const t = 0.5;
      const c =
        (2 * (fit.f(Float64Array.of(w[0] + t * Math.cos(th), w[1] + t * Math.sin(th))) - fit.minLoss)) / (t * t);
      min = Math.min(min, c);
      max = Math.max(max, c);
    }
    expect(lo).toBeCloseTo(min, 4);
    expect(hi).toBeCloseTo(max, 4);
    expect(lo).toBeGreaterThan(0);
  });

  it('is seeded: the same seed gives the same data', () => {
    expect([...createLinearRegression({ seed: 3 }).ys]).toEqual([...fit.ys]);
    expect([...createLinearRegression({ seed: 4 }).ys]).not.toEqual([...fit.ys]);
  });
});

describe('miniBatchGrad', () => {
  const fit = createLinearRegression({ n: 12, seed: 2 });
  const w = Float64Array.of(0.4, -0.3);

  it('with the batch as large as the data it is the full gradient', () => {
    const g = miniBatchGrad(fit, { batchSize: 100, seed: 1 });
    const a = new Float64Array(2);
    const b = new Float64Array(2);
    g(w, a);
    fit.grad(w, b);
    expect([...a]).toEqual([...b]);
  });

  it('over one epoch the mini-batch gradients average to the full gradient (batch divides n)', () => {
    const g = miniBatchGrad(fit, { batchSize: 3, seed: 7 });
    const full = new Float64Array(2);
    fit.grad(w, full);
    for (let epoch = 0; epoch < 2; epoch++) {
      const sum = [0, 0];
      const out = new Float64Array(2);
      const seen: number[][] = [];
      for (let s = 0; s < stepsPerEpoch(12, 3); s++) {
        g(w, out);
        sum[0]! += out[0]! / 4;
        sum[1]! += out[1]! / 4;
        seen.push([...out]);
      }
      expect(sum[0]).toBeCloseTo(full[0]!, 12);
      expect(sum[1]).toBeCloseTo(full[1]!, 12);
      // The batches differ from one another: the gradient is noisy.
      expect(seen[0]).not.toEqual(seen[1]);
    }
  });

  it('is seeded, and a last smaller batch is used when the size does not divide n', () => {
    expect(stepsPerEpoch(12, 5)).toBe(3);
    const run = (seed: number) =>
      runWithGrad(
        2,
        fit.f,
        miniBatchGrad(fit, { batchSize: 5, seed }),
        { name: 'sgd', lr: 0.05 },
        { steps: 30, start: [0, 0] },
      );
    expect([...run(1).points]).toEqual([...run(1).points]);
    expect([...run(1).points]).not.toEqual([...run(2).points]);
  });

  it('full-batch GD reaches the least-squares line; SGD at constant lr hovers near it but not on it', () => {
    const big = createLinearRegression({ seed: 3 });
    const lr = 0.1;
    const gd = runWithGrad(2, big.f, big.grad, { name: 'sgd', lr }, { steps: 2000, start: [0, 0] });
    const sgd = runWithGrad(
      2,
      big.f,
      miniBatchGrad(big, { batchSize: 1, seed: 1 }),
      { name: 'sgd', lr },
      { steps: 2000, start: [0, 0] },
    );
    expect(gd.losses[2000]! - big.minLoss).toBeLessThan(1e-9);
    const gap = sgd.losses[2000]! - big.minLoss;
    expect(gap).toBeGreaterThan(1e-5);
    expect(gap).toBeLessThan(0.5);
  });
});
