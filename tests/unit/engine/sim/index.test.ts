import { describe, expect, it } from 'vitest';
import { optimizerNames } from '../../../../src/engine/optim/index.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { basinOf, finalPoint, lrSweep, runOnProblem, runWithGrad } from '../../../../src/engine/sim/index.ts';
import type { RunResult } from '../../../../src/engine/sim/index.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

const { rosenbrock, himmelblau, illConditioned, quadratic1d, twoMinima } = problems;

function expectAllFinite(values: Float64Array): void {
  expect(values.every((v) => Number.isFinite(v))).toBe(true);
}

function expectRelClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected)));
}

function expectShape(run: RunResult): void {
  expect(run.points).toHaveLength((run.steps + 1) * run.dim);
  expect(run.losses).toHaveLength(run.steps + 1);
  expectAllFinite(run.points);
  expectAllFinite(run.losses);
  for (const view of Object.values(run.states ?? {})) {
    expect(view).toHaveLength(run.steps * run.dim);
    expectAllFinite(view);
  }
}

describe('runOnProblem', () => {
  it('returns start, points and losses; f matches each point', () => {
    const run = runOnProblem(rosenbrock, { name: 'adam', lr: 0.02 }, { steps: 300 });
    expect(run.steps).toBe(300);
    expect(run.dim).toBe(2);
    expect(run.diverged).toBeNull();
    expect(run.states).toBeUndefined();
    expect([...run.points.subarray(0, 2)]).toEqual([-1.2, 1]);
    expectShape(run);
    for (let k = 0; k <= run.steps; k += 37) {
      expect(run.losses[k]).toBe(rosenbrock.f(run.points.subarray(2 * k, 2 * k + 2)));
    }
    expect(run.losses[300]!).toBeLessThan(run.losses[0]!);
    expect(run.spec.beta2).toBe(0.999);
  });

  it('uses opts.start when given, and steps = 0 returns just the start', () => {
    const run = runOnProblem(himmelblau, { name: 'sgd', lr: 0.01 }, { steps: 0, start: [1, 2] });
    expect([...run.points]).toEqual([1, 2]);
    expect([...run.losses]).toEqual([himmelblau.f(Float64Array.of(1, 2))]);
    expect(run.steps).toBe(0);
  });

  it('lr = 10 on Rosenbrock diverges: stops with a reason and no NaN in the arrays', () => {
    // Adagrad, RMSProp and Adam bound each step by about lr, so they wander but do not blow up.
    for (const name of ['sgd', 'momentum', 'nag'] as const) {
      const run = runOnProblem(rosenbrock, { name, lr: 10 }, { steps: 1000, record: true });
      expect(run.diverged, name).not.toBeNull();
      const { step, reason } = run.diverged!;
      expect(step).toBe(run.steps + 1);
      expect(run.steps).toBeLessThan(1000);
      expect(reason).toMatch(new RegExp(`at step ${step}: `));
      expect(reason).toMatch(/learning rate is too large/);
      expectShape(run);
    }
    for (const name of ['adagrad', 'rmsprop', 'adam'] as const) {
      expectShape(runOnProblem(rosenbrock, { name, lr: 10 }, { steps: 1000, record: true }));
    }
  });

  it('names the failed check: a too-large loss on Rosenbrock, a runaway parameter on a tilted plane', () => {
    const sgd = runOnProblem(rosenbrock, { name: 'sgd', lr: 10 }, { steps: 100 });
    expect(sgd.diverged!.reason).toMatch(/^(The loss exceeded 1e12|A parameter exceeded 1e8|The parameters became)/);

    // f = w (unbounded below, gradient 1): |w| passes 1e8 long before f < -1e12.
    const plane = runWithGrad(
      1,
      (w) => w[0]!,
      (_w, out) => (out[0] = 1),
      { name: 'sgd', lr: 1e6 },
      { steps: 1000, start: [0] },
    );
    expect(plane.diverged).toEqual({
      step: 101,
      reason: expect.stringMatching(/^A parameter exceeded 1e8 in size at step 101/) as unknown,
      kind: 'weight too large',
    });
    expect(plane.points[100]).toBe(-1e8);
  });

  it('a function unbounded below is reported as such', () => {
    const run = runWithGrad(
      1,
      (w) => -(w[0]! ** 2),
      (w, out) => (out[0] = -2 * w[0]!),
      { name: 'sgd', lr: 0.5 },
      { steps: 100, start: [1] },
    );
    // w doubles each step: f = -4^k passes -1e12 at k = 20 (w = 2^20 ~ 1e6).
    expect(run.diverged!.step).toBe(20);
    expect(run.diverged!.reason).toMatch(/fell below -1e12 at step 20: the function seems to have no lower bound/);
    expect(run.points[19]).toBe(2 ** 19);
  });

  it('a non-finite gradient stops the run', () => {
    const run = runWithGrad(
      1,
      (w) => Math.sqrt(Math.abs(w[0]!)),
      (w, out) => (out[0] = 0.5 / Math.sqrt(w[0]!)),
      { name: 'adam', lr: 0.5 },
      { steps: 50, start: [1] },
    );
    expect(run.diverged).not.toBeNull();
    expect(run.diverged!.reason).toMatch(/gradient became infinite or undefined/);
    expectShape(run);
  });

  it('rejects invalid options with a RangeError naming the option', () => {
    const spec = { name: 'sgd', lr: 0.1 } as const;
    expect(() => runOnProblem(rosenbrock, spec, { steps: -1 })).toThrow(/^steps/);
    expect(() => runOnProblem(rosenbrock, spec, { steps: 1.5 })).toThrow(RangeError);
    expect(() => runOnProblem(rosenbrock, spec, { steps: 10, start: [1] })).toThrow(/^start has length 1/);
    expect(() => runOnProblem(rosenbrock, spec, { steps: 10, start: [1, NaN] })).toThrow(/^start\[1\]/);
    expect(() => runOnProblem(rosenbrock, spec, { steps: 10, noise: { sigma: -1, seed: 1 } })).toThrow(/^noise.sigma/);
    expect(() => runOnProblem(rosenbrock, { name: 'sgd', lr: 0 }, { steps: 10 })).toThrow(/^lr/);
    expect(() =>
      runWithGrad(
        1,
        () => NaN,
        () => {},
        spec,
        { steps: 10, start: [0] },
      ),
    ).toThrow(/loss at the start/);
  });
});

describe('gradient noise', () => {
  const spec = { name: 'momentum', lr: 0.005 } as const;

  it('is deterministic under a seed, and different seeds give different runs', () => {
    const a = runOnProblem(himmelblau, spec, { steps: 200, noise: { sigma: 2, seed: 7 } });
    const b = runOnProblem(himmelblau, spec, { steps: 200, noise: { sigma: 2, seed: 7 } });
    const c = runOnProblem(himmelblau, spec, { steps: 200, noise: { sigma: 2, seed: 8 } });
    expect([...a.points]).toEqual([...b.points]);
    expect([...a.points]).not.toEqual([...c.points]);
    const exact = runOnProblem(himmelblau, spec, { steps: 200 });
    const zero = runOnProblem(himmelblau, spec, { steps: 200, noise: { sigma: 0, seed: 7 } });
    expect([...zero.points]).toEqual([...exact.points]);
  });

  it('adds sigma * N(0, 1) from createRng(seed) to each gradient component', () => {
    const sigma = 0.3;
    const lr = 0.01;
    const run = runOnProblem(
      illConditioned,
      { name: 'sgd', lr },
      { steps: 3, noise: { sigma, seed: 42 }, record: true },
    );
    const rng = createRng(42);
    const w = Float64Array.from(illConditioned.start);
    const g = new Float64Array(2);
    for (let k = 1; k <= 3; k++) {
      illConditioned.grad(w, g);
      for (let i = 0; i < 2; i++) {
        g[i] = g[i]! + sigma * rng.normal();
        w[i] = w[i]! - lr * g[i]!;
      }
      expect([...run.points.subarray(2 * k, 2 * k + 2)]).toEqual([...w]);
      expect([...run.states!.grad!.subarray(2 * (k - 1), 2 * k)]).toEqual([...g]);
    }
    // The losses are the exact f, not a noisy estimate.
    expect(run.losses[3]).toBe(illConditioned.f(w));
  });
});

describe('recorded states', () => {
  it('record: only the optimizer’s own state, one entry per step taken', () => {
    const keys = (name: (typeof optimizerNames)[number]) =>
      Object.keys(runOnProblem(rosenbrock, { name, lr: 0.001 }, { steps: 5, record: true }).states!).sort();
    expect(keys('sgd')).toEqual(['effectiveStep', 'grad']);
    expect(keys('nag')).toEqual(['grad', 'lookahead', 'velocity']);
    expect(keys('adam')).toEqual(['cache', 'effectiveStep', 'grad', 'mHat', 'sHat', 'velocity']);
    const run = runOnProblem(rosenbrock, { name: 'rmsprop', lr: 0.001 }, { steps: 40, record: true });
    expectShape(run);
  });

  it('adam: two steps match a recomputation by hand', () => {
    const lr = 0.05;
    const run = runOnProblem(rosenbrock, { name: 'adam', lr }, { steps: 2, record: true });
    const s = run.states!;
    const w = [-1.2, 1];
    const m = [0, 0];
    const v = [0, 0];
    const g = new Float64Array(2);
    for (let t = 1; t <= 2; t++) {
      rosenbrock.grad(Float64Array.from(w), g);
      for (let i = 0; i < 2; i++) {
        m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
        v[i] = 0.999 * v[i]! + 0.001 * g[i]! ** 2;
        const mHat = m[i]! / (1 - 0.9 ** t);
        const vHat = v[i]! / (1 - 0.999 ** t);
        w[i] = w[i]! - (lr * mHat) / (Math.sqrt(vHat) + 1e-8);
        const at = (t - 1) * 2 + i;
        expectRelClose(s.grad![at]!, g[i]!);
        expectRelClose(s.velocity![at]!, m[i]!);
        expectRelClose(s.cache![at]!, v[i]!);
        expectRelClose(s.mHat![at]!, mHat);
        expectRelClose(s.sHat![at]!, vHat);
        expectRelClose(s.effectiveStep![at]!, lr / (Math.sqrt(vHat) + 1e-8));
        expectRelClose(run.points[2 * t + i]!, w[i]!);
      }
    }
    // The first Adam step moves each coordinate by ~lr (m_hat / sqrt(s_hat) = sign(g)).
    expect(Math.abs(run.points[2]! - -1.2)).toBeCloseTo(lr, 6);
  });

  it('nag: look-ahead = w - mu v, and the next gradient is taken there', () => {
    const run = runOnProblem(rosenbrock, { name: 'nag', lr: 0.001, momentum: 0.9 }, { steps: 3, record: true });
    const s = run.states!;
    for (let k = 1; k <= 3; k++) {
      for (let i = 0; i < 2; i++) {
        const at = (k - 1) * 2 + i;
        expect(s.lookahead![at]).toBeCloseTo(run.points[2 * k + i]! - 0.9 * s.velocity![at]!, 15);
      }
      if (k < 3) {
        const g = new Float64Array(2);
        rosenbrock.grad(s.lookahead!.subarray(2 * (k - 1), 2 * k), g);
        expect([...s.grad!.subarray(2 * k, 2 * k + 2)]).toEqual([...g]);
      }
    }
  });
});

describe('helpers', () => {
  it('lrSweep: final loss per learning rate, Infinity and a flag when a run diverges', () => {
    const sweep = lrSweep(quadratic1d, { name: 'sgd', lr: 0.1 }, [0.1, 0.5, 0.99, 1.01, 3], 100);
    expect(sweep.map((p) => p.lr)).toEqual([0.1, 0.5, 0.99, 1.01, 3]);
    // f = w^2: gradient descent converges iff lr < 2 / 2 = 1.
    expect(sweep.map((p) => p.diverged)).toEqual([false, false, false, false, true]);
    expect(sweep[1]!.finalLoss).toBe(0); // lr = 1/curvature lands on the minimum in one step
    expect(sweep[0]!.finalLoss).toBeLessThan(1e-15);
    expect(sweep[3]!.finalLoss).toBeGreaterThan(sweep[0]!.finalLoss);
    expect(sweep[4]!.finalLoss).toBe(Infinity);
    expect(sweep[4]!.steps).toBeLessThan(100);
  });

  it('basinOf: the nearest minimum, with its index and distance', () => {
    himmelblau.minima.forEach((m, index) => {
      const basin = basinOf(himmelblau, [m.point[0]! + 0.01, m.point[1]!]);
      expect(basin!.index).toBe(index);
      expect(basin!.minimum).toBe(m);
      expect(basin!.distance).toBeCloseTo(0.01, 12);
    });
    // From the default start, gradient descent on twoMinima stays in the shallow minimum.
    const run = runOnProblem(twoMinima, { name: 'sgd', lr: 0.01 }, { steps: 2000 });
    const basin = basinOf(twoMinima, finalPoint(run))!;
    expect(basin.minimum.kind).toBe('local');
    expect(finalPoint(run)[0]).toBeCloseTo(-1.2, 8);
  });

  it('twoMinima at lr = 0.02: momentum rolls over the hump into the global minimum; GD and NAG stay', () => {
    const endsIn = (name: 'sgd' | 'momentum' | 'nag') =>
      basinOf(twoMinima, finalPoint(runOnProblem(twoMinima, { name, lr: 0.02, momentum: 0.9 }, { steps: 2000 })))!
        .minimum.kind;
    expect(endsIn('momentum')).toBe('global');
    expect(endsIn('sgd')).toBe('local');
    expect(endsIn('nag')).toBe('local');
  });
});
