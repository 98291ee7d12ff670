import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  maxAbsDifference,
  runArticleMomentum,
  runTorchMomentum,
  runTorchNesterov,
} from '../../../../src/engine/optim-forms/torch-momentum.ts';
import { getProblem, problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

const square = (w: Float64Array, out: Float64Array) => {
  out[0] = 2 * w[0]!;
};

describe('the PyTorch forms of momentum, by hand on f(w) = w^2 from w = 1', () => {
  it('momentum: both forms give 0.8 then 0.54 at lr 0.1, mu 0.5', () => {
    const opts = { start: [1], steps: 2, lr: 0.1, momentum: 0.5 };
    for (const points of [runArticleMomentum(square, opts), runTorchMomentum(square, opts)]) {
      expect(points[1]).toBeCloseTo(0.8, 15);
      expect(points[2]).toBeCloseTo(0.54, 15);
    }
  });

  it('momentum: with lr 0.1 then 0.05 the forms part (0.62 vs 0.67)', () => {
    const opts = { start: [1], steps: 2, lr: (t: number) => (t === 1 ? 0.1 : 0.05), momentum: 0.5 };
    expect(runArticleMomentum(square, opts)[2]).toBeCloseTo(0.62, 15);
    expect(runTorchMomentum(square, opts)[2]).toBeCloseTo(0.67, 15);
  });

  it('nesterov: the first PyTorch point is 1 - 0.1 (2 + 0.5 * 2) = 0.7', () => {
    expect(runTorchNesterov(square, { start: [1], steps: 1, lr: 0.1, momentum: 0.5 })[1]).toBeCloseTo(0.7, 15);
  });
});

describe('against the engine at a constant learning rate', () => {
  const cases = [
    { problem: problems.twoMinima, lr: 0.02, momentum: 0.9 },
    { problem: problems.illConditioned, lr: 0.05, momentum: 0.6 },
    { problem: problems.ravine, lr: 0.05, momentum: 0.9 },
  ];
  for (const { problem, lr, momentum } of cases) {
    it(`${problem.id}: PyTorch momentum traces the engine's path`, () => {
      const engine = runOnProblem(problem, { name: 'momentum', lr, momentum }, { steps: 200 });
      const torch = runTorchMomentum(problem.grad, { start: problem.start, steps: 200, lr, momentum });
      const article = runArticleMomentum(problem.grad, { start: problem.start, steps: 200, lr, momentum });
      expect(maxAbsDifference(article, engine.points)).toBe(0);
      expect(maxAbsDifference(torch, engine.points)).toBeLessThan(1e-12);
      expect(maxAbsDifference(torch, engine.points)).toBeGreaterThanOrEqual(0);
    });

    it(`${problem.id}: PyTorch Nesterov's parameters are the engine's NAG look-ahead points`, () => {
      const engine = runOnProblem(problem, { name: 'nag', lr, momentum }, { steps: 200, record: true });
      expect(engine.diverged).toBeNull();
      const torch = runTorchNesterov(problem.grad, { start: problem.start, steps: 200, lr, momentum });
      const dim = problem.dim;
      expect(maxAbsDifference(torch.subarray(0, dim), problem.start)).toBe(0);
      expect(maxAbsDifference(torch.subarray(dim), engine.states!.lookahead!)).toBeLessThan(1e-12);
      // ...and not the engine's w itself.
      expect(maxAbsDifference(torch, engine.points)).toBeGreaterThan(1e-3);
    });
  }
});

describe('against PyTorch itself (tests/golden/trajectories.json)', () => {
  const golden = JSON.parse(readFileSync(fileURLToPath(new URL('../../../golden/trajectories.json', import.meta.url)), 'utf8')) as {
    cases: { id: string; problem: string; spec: { name: string; lr: number; momentum?: number }; start: number[]; steps: number; trajectory: number[] }[];
  };
  // The forms here have a constant rate and no weight decay: the golden cases with a schedule or
  // weight decay are checked against the engine by optim-golden.test.ts.
  const relevant = golden.cases.filter(
    (c) => (c.spec.name === 'momentum' || c.spec.name === 'nag') && !('schedule' in c.spec) && !('weightDecay' in c.spec),
  );
  it('has momentum and nag cases', () => expect(relevant.length).toBeGreaterThan(10));
  for (const c of relevant) {
    it(c.id, () => {
      const problem = getProblem(c.problem);
      const opts = { start: c.start, steps: c.steps, lr: c.spec.lr, momentum: c.spec.momentum ?? 0.9 };
      const ours = c.spec.name === 'momentum' ? runTorchMomentum(problem.grad, opts) : runTorchNesterov(problem.grad, opts);
      for (let i = 0; i < c.trajectory.length; i++) {
        expect(Math.abs(ours[i]! - c.trajectory[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c.trajectory[i]!)));
      }
    });
  }
});

describe('validation and maxAbsDifference', () => {
  it('rejects bad options', () => {
    expect(() => runTorchMomentum(square, { start: [1], steps: -1, lr: 0.1, momentum: 0.5 })).toThrow(RangeError);
    expect(() => runTorchMomentum(square, { start: [1], steps: 1, lr: 0, momentum: 0.5 })).toThrow(/lr/);
    expect(() => runTorchMomentum(square, { start: [1], steps: 1, lr: 0.1, momentum: 1 })).toThrow(/momentum/);
  });
  it('measures the largest difference', () => {
    expect(maxAbsDifference([1, 2, 3], [1, 2.5, 2])).toBe(1);
    expect(maxAbsDifference([], [])).toBe(0);
    expect(maxAbsDifference([NaN], [0])).toBeNaN();
  });
});
