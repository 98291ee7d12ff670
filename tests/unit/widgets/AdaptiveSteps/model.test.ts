import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/axis-valley.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import { logSteps, nextPlayStep, pathPoints, runAdaptive } from '../../../../components/widgets/AdaptiveSteps/model.ts';

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
    const [adagrad, rmsprop] = runAdaptive({
      optimizers: ['adagrad', 'rmsprop'],
      surface: axisValley,
      lr: 0.3,
      decay: 0.9,
      noise: 0,
      steps: 10,
    });
    expect(adagrad?.points[2]).toBeCloseTo(-3.7, 9); // ε = 1e-10 shifts it by 7.5e-11
    expect(adagrad?.points[3]).toBeCloseTo(1.2, 9);
    expect(adagrad?.states?.effectiveStep?.[0]).toBeCloseTo(0.75, 9);
    // RMSProp γ = 0.9: c1 = 0.1 g², first move α / √0.1.
    expect(rmsprop?.points[2]).toBeCloseTo(-4 + 0.3 / Math.sqrt(0.1), 6);
  });
});
