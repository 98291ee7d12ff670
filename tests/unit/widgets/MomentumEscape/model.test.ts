import { describe, expect, it } from 'vitest';
import { outcome, stepArrows } from '../../../../components/widgets/MomentumEscape/model.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

describe('MomentumEscape model (the chapter’s claims)', () => {
  const run = (name: 'sgd' | 'momentum', lr: number, mu = 0.9) =>
    runOnProblem(problems.twoMinima, { name, lr, momentum: mu }, { steps: 120, record: true });
  it('at α 0.02: momentum μ 0.9 reaches the deeper minimum, μ 0.8 and GD stay in the shallow one', () => {
    expect(outcome(problems.twoMinima, run('momentum', 0.02), 0)).toEqual({
      kind: 'global',
      words: 'settles in the deeper minimum at w = 1.6',
    });
    expect(outcome(problems.twoMinima, run('momentum', 0.02, 0.8), 0).kind).toBe('local');
    expect(outcome(problems.twoMinima, run('sgd', 0.02), 0).kind).toBe('local');
    expect(outcome(problems.twoMinima, run('momentum', 0.01), 0).kind).toBe('local');
    expect(outcome(problems.twoMinima, run('momentum', 0.05, 0.8), 0).kind).toBe('global');
  });
  it('at α 0.05, μ 0.95 crosses the hump and comes back', () => {
    expect(outcome(problems.twoMinima, run('momentum', 0.05, 0.95), 0).words).toMatch(
      /^crossed the hump, overshot, and came back to the shallow minimum/,
    );
  });
  it('draws one arrow per step, from w_{k-1} to w_k', () => {
    const r = run('momentum', 0.02);
    const arrows = stepArrows(r, 3);
    expect(arrows).toHaveLength(3);
    expect(arrows[1]).toEqual({ k: 2, x1: r.points[1], x2: r.points[2], y: r.losses[1] });
    expect(r.points[2]! - r.points[1]!).toBeCloseTo(-r.states!.velocity![1]!, 15);
  });
});

describe('where a run ends, per language', () => {
  it('where a run ends, in both languages', () => {
    const run = runOnProblem(problems.twoMinima, { name: 'momentum', lr: 0.02, momentum: 0.9 }, { steps: 120 });
    expect(outcome(problems.twoMinima, run, 0).words).toBe('settles in the deeper minimum at w = 1.6');
    expect(outcome(problems.twoMinima, run, 0, 'zh-cn').words).toBe('停在较深的极小值 w = 1.6 处');
  });
});
