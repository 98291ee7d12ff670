import { describe, expect, it } from 'vitest';
import {
  criticalMomentum,
  damping,
  directionPath,
  iterationMatrix,
  momentumRate,
  optimalGradientDescent,
  optimalMomentum,
  quadraticRate,
  rateMap,
  runWithGrad,
  stepsToShrink,
} from '../../../../src/engine/sim/index.ts';

/** ½(λ_min x² + λ_max y²): the quadratic whose curvatures are exactly λ_min and λ_max. */
function bowl(lambdaMin: number, lambdaMax: number) {
  return {
    f: (w: Float64Array) => 0.5 * (lambdaMin * w[0]! ** 2 + lambdaMax * w[1]! ** 2),
    grad: (w: Float64Array, out: Float64Array) => {
      out[0] = lambdaMin * w[0]!;
      out[1] = lambdaMax * w[1]!;
    },
  };
}

/**
 * The decay per step of ‖w‖ measured on the engine's own momentum optimizer (an independent
 * oracle: it knows nothing of matrices): the geometric mean of the shrink over steps from..to.
 */
function measuredRate(alpha: number, mu: number, lambdaMin: number, lambdaMax: number): number {
  const { f, grad } = bowl(lambdaMin, lambdaMax);
  // Long enough for the slower eigenvalue to fade, short enough that ‖w‖ stays far above underflow.
  const to = Math.min(1500, Math.ceil(200 / -Math.log10(quadraticRate(alpha, mu, lambdaMin, lambdaMax))));
  const from = Math.round(to / 3);
  const run = runWithGrad(2, f, grad, { name: 'momentum', lr: alpha, momentum: mu }, { steps: to, start: [1, 1] });
  // Oscillating directions make ‖w_t‖ ripple: take the largest ‖w‖ over a window of steps at each end.
  const peak = (end: number) => {
    let max = 0;
    for (let t = end - 60; t <= end; t++) max = Math.max(max, Math.hypot(run.points[2 * t]!, run.points[2 * t + 1]!));
    return max;
  };
  return (peak(to) / peak(from)) ** (1 / (to - from));
}

/** ‖M^k‖^{1/k} (Gelfand's formula) from repeated products of the 2×2 matrix. */
function gelfand(alpha: number, mu: number, lambda: number, k = 4000): number {
  const m = iterationMatrix(alpha, mu, lambda);
  let [a, b, c, d] = [1, 0, 0, 1];
  let logScale = 0;
  for (let i = 0; i < k; i++) {
    [a, b, c, d] = [a * m.a + b * m.c, a * m.b + b * m.d, c * m.a + d * m.c, c * m.b + d * m.d];
    const norm = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d));
    logScale += Math.log(norm);
    [a, b, c, d] = [a / norm, b / norm, c / norm, d / norm];
  }
  return Math.exp(logScale / k);
}

describe('heavy ball on a quadratic: rates per eigendirection', () => {
  const cases: [number, number, number][] = [
    [0.05, 0.9, 1], // complex: √0.9
    [0.01, 0.3, 1], // overdamped
    [1.8, 0.05, 1], // real, negative (alternates)
    [0.08, 0.6, 20], // the valley's steep direction at the momentum widget's defaults
    [0.2, 0.5, 20], // diverging
  ];

  it('matches the spectral radius of the iteration matrix (Gelfand’s formula)', () => {
    for (const [alpha, mu, lambda] of cases)
      expect(momentumRate(alpha, mu, lambda)).toBeCloseTo(gelfand(alpha, mu, lambda), 2);
  });

  it('is √μ whenever the eigenvalues are complex, i.e. above critical damping', () => {
    expect(momentumRate(0.05, 0.9, 1)).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(momentumRate(0.08, 0.6, 1)).toBeCloseTo(Math.sqrt(0.6), 12);
  });

  it('the matrix has trace 1 + μ − αλ and determinant μ', () => {
    const m = iterationMatrix(0.03, 0.7, 5);
    expect(m.a + m.d).toBeCloseTo(1 + 0.7 - 0.15, 14);
    expect(m.a * m.d - m.b * m.c).toBeCloseTo(0.7, 14);
  });

  it('critical damping (1 − √(αλ))² makes the discriminant zero and is the fastest μ for that direction', () => {
    for (const [alpha, lambda] of [
      [0.04, 1],
      [0.1, 20],
      [0.5, 5],
    ] as const) {
      const mu = criticalMomentum(alpha, lambda);
      const trace = 1 + mu - alpha * lambda;
      expect(trace * trace - 4 * mu).toBeCloseTo(0, 12);
      const best = momentumRate(alpha, mu, lambda);
      expect(best).toBeCloseTo(Math.abs(1 - Math.sqrt(alpha * lambda)), 12);
      for (let m = 0; m < 0.99; m += 0.01) expect(momentumRate(alpha, m, lambda)).toBeGreaterThanOrEqual(best - 1e-12);
      expect(damping(alpha, mu, lambda)).toBe('critical');
    }
  });

  it('names the behaviour of a direction', () => {
    expect(damping(0.01, 0.3, 1)).toBe('overdamped');
    expect(damping(0.05, 0.9, 1)).toBe('underdamped');
    expect(damping(1.8, 0.05, 1)).toBe('alternating');
    expect(damping(1.5, 0.1, 1)).toBe('underdamped');
    expect(damping(0.2, 0.5, 20)).toBe('diverges');
    // Plain gradient descent past αλ = 1 overshoots each step: alternating, as in the valley.
    expect(damping(0.08, 0, 20)).toBe('alternating');
  });

  it('a direction’s path shrinks at that rate', () => {
    const path = directionPath(0.01, 0.3, 1, 400);
    expect((Math.abs(path[400]!) / Math.abs(path[300]!)) ** (1 / 100)).toBeCloseTo(momentumRate(0.01, 0.3, 1), 6);
    expect(directionPath(0.2, 0.5, 20, 300).every((x) => Number.isFinite(x) && Math.abs(x) <= 1e6)).toBe(true);
  });
});

describe('heavy ball on a quadratic: the whole quadratic', () => {
  it('the rate is the slowest direction, always λ_min’s or λ_max’s', () => {
    for (const [alpha, mu] of [
      [0.08, 0.6],
      [0.05, 0.2],
      [0.12, 0.1],
      [0.02, 0.95],
    ] as const) {
      let slowest = 0;
      for (let i = 0; i <= 1900; i++) slowest = Math.max(slowest, momentumRate(alpha, mu, 1 + i / 100));
      expect(quadraticRate(alpha, mu, 1, 20)).toBeCloseTo(slowest, 9);
    }
  });

  it('agrees with the decay of ‖w‖ measured on the engine’s momentum optimizer', () => {
    for (const [alpha, mu, lo, hi] of [
      [0.08, 0.6, 1, 20],
      [0.05, 0.3, 1, 20],
      [0.5, 0.5, 0.1, 1],
      [1.2, 0.05, 0.5, 1],
    ] as const) {
      expect(measuredRate(alpha, mu, lo, hi)).toBeCloseTo(quadraticRate(alpha, mu, lo, hi), 2);
    }
  });

  it('the optimal pair is Polyak’s closed form and reaches (√κ − 1)/(√κ + 1)', () => {
    const { alpha, mu, rate } = optimalMomentum(1, 100);
    expect(alpha).toBeCloseTo((2 / 11) ** 2, 14);
    expect(mu).toBeCloseTo((9 / 11) ** 2, 14);
    expect(rate).toBeCloseTo(9 / 11, 14);
    // On the edge of the complex band the discriminant is 0 up to rounding, which the square root
    // magnifies to about 1e-8.
    expect(quadraticRate(alpha, mu, 1, 100)).toBeCloseTo(rate, 7);
    expect(measuredRate(alpha, mu, 1, 100)).toBeCloseTo(rate, 2);
  });

  it('no (α, μ) on a fine grid beats the optimal pair', () => {
    const best = optimalMomentum(1, 20);
    const map = rateMap(1, 20, [0, 0.2], [0, 0.99], 200, 200);
    let min = Infinity;
    for (const value of map.values) min = Math.min(min, value);
    expect(min).toBeGreaterThanOrEqual(best.rate - 1e-12);
    expect(min).toBeLessThan(best.rate + 0.01);
  });

  it('gradient descent’s best is (κ − 1)/(κ + 1) at α = 2/(λ_min + λ_max), the μ = 0 row’s minimum', () => {
    const gd = optimalGradientDescent(1, 20);
    expect(gd.alpha).toBeCloseTo(2 / 21, 14);
    expect(gd.rate).toBeCloseTo(19 / 21, 14);
    expect(quadraticRate(gd.alpha, 0, 1, 20)).toBeCloseTo(gd.rate, 12);
    for (let a = 0.001; a < 0.2; a += 0.001) expect(quadraticRate(a, 0, 1, 20)).toBeGreaterThanOrEqual(gd.rate - 1e-12);
  });

  it('the √κ speed-up: steps to shrink the error a thousandfold at κ = 100 and 10,000', () => {
    expect(stepsToShrink(optimalGradientDescent(1, 100).rate, 1000)).toBe(346);
    expect(stepsToShrink(optimalMomentum(1, 100).rate, 1000)).toBe(35);
    expect(stepsToShrink(optimalGradientDescent(1, 1e4).rate, 1000)).toBe(34539);
    expect(stepsToShrink(optimalMomentum(1, 1e4).rate, 1000)).toBe(346);
    expect(stepsToShrink(1, 10)).toBe(Infinity);
  });

  it('rejects invalid input with RangeError naming the field', () => {
    expect(() => momentumRate(0, 0.5, 1)).toThrow(/alpha/);
    expect(() => momentumRate(0.1, 1, 1)).toThrow(/mu/);
    expect(() => momentumRate(0.1, 0.5, -1)).toThrow(/lambda/);
    expect(() => quadraticRate(0.1, 0.5, 2, 1)).toThrow(/lambdaMax/);
    expect(() => rateMap(1, 2, [0, 1], [0, 1], 1, 5)).toThrow(RangeError);
  });
});
