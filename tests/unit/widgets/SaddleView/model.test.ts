import { describe, expect, it } from 'vitest';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import { escapeStep, escapeSteps, stepsNear } from '../../../../components/widgets/SaddleView/model.ts';

describe('SaddleView model', () => {
  it('counts the steps spent near the saddle, and the escape estimate matches the run', () => {
    const eps = 1e-3;
    const lr = 0.1;
    const run = runOnProblem(problems.saddle, { name: 'sgd', lr }, { steps: 200, start: [-1.8, eps] });
    const estimate = escapeSteps(eps, lr);
    // The run is half-way to a minimum (|y| > 0.5) within a few steps of the estimate.
    const firstFar = Array.from({ length: run.steps + 1 }, (_, k) => run.points[2 * k + 1]!).findIndex(
      (y) => Math.abs(y) > 0.5,
    );
    expect(Math.abs(firstFar - estimate)).toBeLessThanOrEqual(8);
    const near = stepsNear(run.points, [0, 0], 0.1, run.steps);
    expect(near).toBeGreaterThan(20);
    expect(stepsNear([0, 0, 1, 1, 0.05, 0], [0, 0], 0.1, 10)).toBe(2);
    expect(stepsNear([0, 0, 1, 1, 0.05, 0], [0, 0], 0.1, 1)).toBe(1);
  });
});

describe('SaddleView escapeStep', () => {
  it('is the first step with |y| ≥ 0.5, or null before it', () => {
    const points = [-1, 0.1, -0.5, 0.3, 0, -0.6, 0, 0.9];
    expect(escapeStep(points, 3)).toBe(2);
    expect(escapeStep(points, 1)).toBeNull();
    expect(escapeStep(points, 3, 0.8)).toBe(3);
  });
});
