import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/axis-valley.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import { contourLevels, sampleGrid } from '../../../../components/widgets/AdaptiveSteps/contour.ts';
import { logSteps, nextPlayStep, pathPoints, runAdaptive } from '../../../../components/widgets/AdaptiveSteps/model.ts';
import { peak, stepLengths, uncorrectedFactor } from '../../../../components/widgets/AdamInternals/model.ts';
import { createAdamRace, inputGrid, lineupSpecs, trainFor } from '../../../../components/widgets/AdamTrainer/model.ts';

describe('AdaptiveSteps helpers', () => {
  it('logSteps: every step to 100, then thinned, always ending at n and holding the cursor', () => {
    expect(logSteps(50)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const long = logSteps(10000, 120, 4321);
    expect(long.slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(long.at(-1)).toBe(10000);
    expect(long).toContain(4321);
    expect(long.length).toBeLessThan(400);
    expect([...long].sort((a, b) => a - b)).toEqual(long);
  });

  it('nextPlayStep: one at a time early, about 8% later, never past the end', () => {
    expect(nextPlayStep(0, 300)).toBe(1);
    expect(nextPlayStep(5, 300)).toBe(6);
    expect(nextPlayStep(1000, 10000)).toBe(1080);
    expect(nextPlayStep(299, 300)).toBe(300);
  });

  it('pathPoints: thins long paths but keeps the start and the cursor', () => {
    const run = runOnProblem(axisValley, { name: 'adagrad', lr: 0.3 }, { steps: 3000 });
    const path = pathPoints(run, 2500, 100);
    expect(path.length).toBeLessThanOrEqual(101);
    expect(path[0]).toEqual({ x: -4, y: 1.5, k: 0 });
    expect(path.at(-1)?.k).toBe(2500);
  });

  it('runAdaptive: one recorded run per optimizer; Adagrad’s first step is α per coordinate', () => {
    const [adagrad, rmsprop] = runAdaptive({ optimizers: ['adagrad', 'rmsprop'], surface: axisValley, lr: 0.3, decay: 0.9, noise: 0, steps: 10 });
    expect(adagrad?.points[2]).toBeCloseTo(-3.7, 9); // ε = 1e-10 shifts it by 7.5e-11
    expect(adagrad?.points[3]).toBeCloseTo(1.2, 9);
    expect(adagrad?.states?.effectiveStep?.[0]).toBeCloseTo(0.75, 9);
    // RMSProp γ = 0.9: c1 = 0.1 g², first move α / √0.1.
    expect(rmsprop?.points[2]).toBeCloseTo(-4 + 0.3 / Math.sqrt(0.1), 6);
  });

  it('the contour grid samples f at cell centres, and levels rise quadratically', () => {
    const grid = sampleGrid(axisValley, 9, 4);
    expect(grid.values).toHaveLength(36);
    // Cell (0, 0) is centred at x = -4.5 + 0.5, y = -2 + 0.5.
    expect(grid.values[0]).toBeCloseTo(axisValley.f(Float64Array.of(-4, -1.5)), 12);
    const levels = contourLevels(grid, 3);
    expect(levels).toHaveLength(3);
    const lo = Math.min(...grid.values);
    const hi = Math.max(...grid.values);
    expect(levels[0]).toBeCloseTo(lo + (hi - lo) / 16, 12);
    expect(levels[2]).toBeCloseTo(lo + ((hi - lo) * 9) / 16, 12);
  });
});

describe('AdamInternals helpers', () => {
  it('uncorrectedFactor: 3.16 at t = 1 with β2 = 0.999, 1 with 0.99, peak 6.57 at t = 12', () => {
    expect(uncorrectedFactor(1, 0.9, 0.999)).toBeCloseTo(0.1 / Math.sqrt(0.001), 12);
    expect(uncorrectedFactor(1, 0.9, 0.99)).toBeCloseTo(1, 12);
    const values = Float64Array.from({ length: 3000 }, (_, i) => uncorrectedFactor(i + 1, 0.9, 0.999));
    const top = peak(values);
    expect(top?.index).toBe(11);
    expect(top?.value).toBeCloseTo(6.5685, 3);
  });

  it('the engine agrees: an uncorrected first step is 3.162 α, a corrected one exactly α', () => {
    for (const biasCorrection of [true, false]) {
      const run = runOnProblem(axisValley, { name: 'adam', lr: 0.05, biasCorrection }, { steps: 3, record: true });
      const lengths = stepLengths(run, 0, 0.05);
      expect(lengths[0]).toBeCloseTo(biasCorrection ? 1 : uncorrectedFactor(1, 0.9, 0.999), 4); // ε = 1e-8 against √s1 ≈ 0.013
      expect(stepLengths(run, 1, 0.05)[0]).toBeCloseTo(biasCorrection ? 1 : 3.1623, 4);
    }
  });

  it('peak of an empty array is null', () => {
    expect(peak(new Float64Array(0))).toBeNull();
  });
});

describe('AdamTrainer helpers', () => {
  it('the line-up: two Adams that differ only in β2, then RMSProp and momentum', () => {
    const specs = lineupSpecs({ adamLr: 0.01, rmspropLr: 0.02, momentumLr: 0.05 });
    expect(specs.map((s) => s.name)).toEqual(['adam', 'adam', 'rmsprop', 'momentum']);
    expect(specs[0]?.beta2).toBe(0.999);
    expect(specs[1]?.beta2).toBe(0.99);
    expect(specs[2]?.lr).toBe(0.02);
  });

  it('every trainer starts from the same weights and loss; a seed reproduces the race', () => {
    const settings = { dataset: 'moons', batch: '16', adamLr: 0.01, rmspropLr: 0.01, momentumLr: 0.05, seed: 1 };
    const a = createAdamRace(settings);
    const first = a.race.trainers.map((t) => t.history.trainLoss[0]);
    expect(new Set(first).size).toBe(1);
    expect(a.train.n).toBe(150);
    expect(a.mlp.size).toBe(105);
    a.race.run(100);
    const b = createAdamRace(settings);
    b.race.run(100);
    expect(b.race.trainers.map((t) => t.history.trainLoss.at(-1))).toEqual(a.race.trainers.map((t) => t.history.trainLoss.at(-1)));
  });

  it('trainFor stops at the goal, and at the time budget (fake clock)', () => {
    const { race } = createAdamRace({ dataset: 'moons', batch: '16', adamLr: 0.01, rmspropLr: 0.01, momentumLr: 0.05, seed: 1 });
    expect(trainFor(race, 0, 12, 1000, () => 0)).toBe(12);
    expect(race.trainers[0]?.steps).toBe(12);
    let clock = 0;
    // Each call to the clock advances 2 ms: the first chunk runs, the budget of 3 ms then ends the frame.
    const done = trainFor(race, 12, 500, 3, () => (clock += 2), 5);
    expect(done).toBe(17);
    expect(race.trainers[3]?.steps).toBe(17);
  });

  it('inputGrid covers the dataset box at cell centres', () => {
    const grid = inputGrid('moons', 4, 2);
    expect(grid.x).toEqual([-1.5, 2.5]);
    expect(grid.X[0]).toBeCloseTo(-1, 12);
    expect(grid.X[1]).toBeCloseTo(-1 + 2.5 / 4, 12);
  });
});
