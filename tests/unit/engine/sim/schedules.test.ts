import { describe, expect, it } from 'vitest';
import { scheduledLr } from '../../../../src/engine/optim/index.ts';
import { runOnProblem, adamStepSizes, lrCurve, noisyBowlLoss } from '../../../../src/engine/sim/index.ts';
import { quadratic1d } from '../../../../src/engine/problems/index.ts';

describe('lrCurve', () => {
  it('entry k - 1 is the rate step k uses', () => {
    const spec = { name: 'sgd', lr: 0.1, schedule: { name: 'step', stepSize: 3, gamma: 0.5 } } as const;
    const curve = lrCurve(spec, 7);
    expect(Array.from(curve)).toEqual([0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025]);
    expect(curve[4]).toBe(scheduledLr(spec, 5));
  });
});

describe('noisyBowlLoss', () => {
  it('is the mean of the seeded runs 1..runs, step by step', () => {
    const spec = { name: 'sgd', lr: 0.1 } as const;
    const mean = noisyBowlLoss(spec, { steps: 20, sigma: 1, runs: 3 });
    const runs = [1, 2, 3].map((seed) => runOnProblem(quadratic1d, spec, { steps: 20, noise: { sigma: 1, seed } }));
    expect(mean).toHaveLength(21);
    for (const k of [0, 7, 20]) expect(mean[k]).toBeCloseTo(runs.reduce((s, r) => s + r.losses[k]!, 0) / 3, 14);
  });

  it('stops the average where a run diverges', () => {
    const mean = noisyBowlLoss({ name: 'sgd', lr: 5 }, { steps: 100, sigma: 1, runs: 2 });
    expect(mean.length).toBeLessThan(101);
    expect(mean.every(Number.isFinite)).toBe(true);
  });
});

describe('adamStepSizes', () => {
  it('step 1 is α on both weights although their gradients differ 1,000-fold; a warm-up scales it', () => {
    const [big, small] = adamStepSizes({ lr: 0.05 }, 10);
    expect(big).toHaveLength(10);
    expect(big[0]).toBeCloseTo(0.05, 8);
    expect(small[0]).toBeCloseTo(0.05, 6);
    const [warm] = adamStepSizes({ lr: 0.05, schedule: { name: 'warmup', warmupSteps: 4, startFactor: 0.25 } }, 10);
    expect(warm[0]).toBeCloseTo(0.0125, 8);
    expect(warm[1]).toBeGreaterThan(warm[0]!);
  });
});
