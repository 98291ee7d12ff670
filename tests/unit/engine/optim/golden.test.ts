/**
 * The optimizers against reference trajectories computed by PyTorch (tests/golden/generate.py,
 * which also says how to regenerate them). On any mismatch this writes
 * tests/golden/trajectories-changed.json: the same file with the engine's trajectories, for a diff.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../../src/engine/optim/index.ts';
import type { OptimizerSpec } from '../../../../src/engine/optim/index.ts';
import { getProblem } from '../../../../src/engine/problems/index.ts';

interface GoldenCase {
  id: string;
  problem: string;
  spec: OptimizerSpec;
  start: number[];
  steps: number;
  compare: 'params' | 'lookahead';
  reference: string;
  trajectory: number[];
}

const goldenPath = fileURLToPath(new URL('../../../golden/trajectories.json', import.meta.url));
const changedPath = fileURLToPath(new URL('../../../golden/trajectories-changed.json', import.meta.url));
const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as { cases: GoldenCase[] };

/** |a - b| <= 1e-9 max(1, |b|): relative for large values, absolute near zero. */
function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** The engine's trajectory for a case: the start, then w (or nag's look-ahead point) after each step. */
function engineTrajectory(c: GoldenCase): number[] {
  const problem = getProblem(c.problem);
  const optimizer = createOptimizer(c.spec, problem.dim);
  const w = Float64Array.from(c.start);
  const path = [...w];
  for (let k = 0; k < c.steps; k++) {
    optimizer.step(w, problem.grad);
    path.push(...(c.compare === 'lookahead' ? optimizer.inspect().lookahead! : w));
  }
  return path;
}

const produced: GoldenCase[] = [];
let mismatches = 0;

describe('optimizers vs PyTorch reference trajectories', () => {
  it('has cases for every optimizer, with and without Adam bias correction', () => {
    const names = new Set(golden.cases.map((c) => c.spec.name));
    expect([...names].sort()).toEqual(['adagrad', 'adam', 'adamw', 'momentum', 'nag', 'rmsprop', 'sgd']);
    expect(golden.cases.some((c) => c.spec.biasCorrection === false)).toBe(true);
    expect(golden.cases.length).toBeGreaterThan(50);
  });

  for (const c of golden.cases) {
    it(c.id, () => {
      const trajectory = engineTrajectory(c);
      produced.push({ ...c, trajectory });
      expect(trajectory).toHaveLength(c.trajectory.length);
      const first = trajectory.findIndex((value, i) => !close(value, c.trajectory[i]!));
      if (first !== -1) mismatches++;
      const dim = c.start.length;
      expect(
        first,
        first === -1
          ? ''
          : `step ${Math.floor(first / dim)}: engine ${trajectory[first]}, reference ${c.trajectory[first]}`,
      ).toBe(-1);
    });
  }

  afterAll(() => {
    if (mismatches > 0) {
      writeFileSync(changedPath, JSON.stringify({ ...golden, cases: produced }, null, 1) + '\n');
    } else {
      rmSync(changedPath, { force: true });
    }
  });
});
