import { describe, expect, it } from 'vitest';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import { basinsOfStarts, evenStarts, tally } from '../../../../components/widgets/LocalMinima/model.ts';
import { escapeSteps, stepsNear } from '../../../../components/widgets/SaddleView/model.ts';
import { compareBatches, dataFor } from '../../../../components/widgets/BatchNoise/model.ts';
import { pathPoints } from '../../../../components/widgets/lib/contour.ts';

describe('LocalMinima model', () => {
  it('evenStarts spans the interval with both ends', () => {
    expect(evenStarts(5, [-2, 2])).toEqual([-2, -1, 0, 1, 2]);
    expect(evenStarts(1, [-2, 2])).toEqual([0]);
  });

  it('at a small learning rate the hump at w = 0 splits the basins', () => {
    const { twoMinima } = problems;
    const outcomes = basinsOfStarts(twoMinima, 0.05, 300, evenStarts(40, [-2.4, 2.4]));
    for (const o of outcomes) {
      if (Math.abs(o.start) < 1e-9) continue; // exactly on the hump: the gradient is 0, the run stays
      expect(o.basin).toBe(o.start < 0 ? 1 : 0); // minima: [global 1.6, local -1.2]
    }
    const t = tally(outcomes, 2);
    expect(t.perBasin).toEqual([20, 20]);
    expect(t.diverged).toBe(0);
  });

  it('the article’s picture: from the default start gradient descent settles in the local minimum', () => {
    const [o] = basinsOfStarts(problems.twoMinima, 0.05, 200, [-2.2]);
    expect(o?.basin).toBe(1);
    expect(o?.end).toBeCloseTo(-1.2, 3);
  });

  it('few steps leave runs unsettled; a huge learning rate diverges', () => {
    const slow = tally(basinsOfStarts(problems.twoMinima, 0.005, 5, evenStarts(10, [-2.4, 2.4])), 2);
    expect(slow.unsettled).toBeGreaterThan(0);
    const wild = tally(basinsOfStarts(problems.twoMinima, 1, 100, evenStarts(10, [-2.4, 2.4])), 2);
    expect(wild.diverged).toBeGreaterThan(0);
  });
});

describe('SaddleView model', () => {
  it('counts the steps spent near the saddle, and the escape estimate matches the run', () => {
    const eps = 1e-3;
    const lr = 0.1;
    const run = runOnProblem(problems.saddle, { name: 'sgd', lr }, { steps: 200, start: [-1.8, eps] });
    const estimate = escapeSteps(eps, lr);
    // The run is half-way to a minimum (|y| > 0.5) within a few steps of the estimate.
    const firstFar = Array.from({ length: run.steps + 1 }, (_, k) => run.points[2 * k + 1]!).findIndex((y) => Math.abs(y) > 0.5);
    expect(Math.abs(firstFar - estimate)).toBeLessThanOrEqual(8);
    const near = stepsNear(run.points, [0, 0], 0.1, run.steps);
    expect(near).toBeGreaterThan(20);
    expect(stepsNear([0, 0, 1, 1, 0.05, 0], [0, 0], 0.1, 10)).toBe(2);
    expect(stepsNear([0, 0, 1, 1, 0.05, 0], [0, 0], 0.1, 1)).toBe(1);
  });
});

describe('BatchNoise model', () => {
  it('full batch takes one step per pass, batches of 4 take 8; both head to the least-squares line', () => {
    const fit = dataFor(3);
    const c = compareBatches(fit, 0.05, 4, 1, 20);
    expect(c.full.steps).toBe(20);
    expect(c.mini.steps).toBe(160);
    expect(c.full.losses[20]!).toBeLessThan(c.full.losses[0]!);
    // Per pass over the data, mini-batches get much closer than full batch in early passes.
    expect(c.mini.losses[8 * 3]! - fit.minLoss).toBeLessThan(c.full.losses[3]! - fit.minLoss);
    expect(c.lastEpochRange[0]).toBeLessThanOrEqual(c.lastEpochRange[1]);
    expect(c.lastEpochRange[0]).toBeGreaterThanOrEqual(fit.minLoss);
  });
  it('a batch as large as the data gives the same run as full batch', () => {
    const fit = dataFor(3);
    const c = compareBatches(fit, 0.05, 32, 1, 10);
    expect([...c.mini.points]).toEqual([...c.full.points]);
  });
  it('above the bound full batch diverges and says why', () => {
    const c = compareBatches(dataFor(3), 0.3, 32, 1, 60);
    expect(c.full.diverged?.reason).toMatch(/too large/);
  });
});

describe('pathPoints', () => {
  it('takes the first count + 1 points of a flattened path', () => {
    expect(pathPoints([1, 2, 3, 4, 5, 6], 1)).toEqual([
      { k: 0, x: 1, y: 2 },
      { k: 1, x: 3, y: 4 },
    ]);
    expect(pathPoints([1, 2, 3, 4], 10)).toHaveLength(2);
  });
});
