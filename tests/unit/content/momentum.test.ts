import { describe, expect, it } from 'vitest';
import { firstBelow, reversals } from '../../../components/widgets/MomentumRavine/model.ts';
import { compareForms, halvingStep } from '../../../components/widgets/TorchFormCheck/model.ts';
import { maxAbsDifference, runArticleMomentum, runTorchMomentum } from '../../../src/engine/optim-forms/index.ts';
import { problems } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/** The straight-valley numbers the momentum chapter states, for the widget's 120 steps (both editions). */
const en = chapterText('momentum');
const zh = chapterText('momentum', 'zh-cn');
const steps = 120;
const valley = problems.illConditioned;
const gd = runOnProblem(valley, { name: 'sgd', lr: 0.08 }, { steps });
const momentum = runOnProblem(valley, { name: 'momentum', lr: 0.08, momentum: 0.6 }, { steps });

/** The steps at which the reversal count goes up. */
const reversalSteps = (run: typeof gd): number[] =>
  Array.from({ length: steps - 1 }, (_, i) => i + 2).filter((t) => reversals(run, t) > reversals(run, t - 1));

describe('momentum chapter: reversals on the straight valley', () => {
  it('the widget runs the 120 steps the text counts', () => {
    expect(en).toContain('<MomentumRavine steps={120} />');
    expect(zh).toContain('<MomentumRavine steps={120} />');
  });

  it('gradient descent reverses on steps 2 to 7 and then never again', () => {
    expect(reversalSteps(gd)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(en).toContain('Gradient descent reverses on every one of its steps 2 to 7');
    expect(en).toContain('it stays at 6 reversals');
    expect(zh).toContain('梯度下降的第 2 步到第 7 步步步折返');
  });

  it('momentum first reverses at step 17, then about every 16 steps: 7 by step 120, below 1e-6 from step 33', () => {
    const at = reversalSteps(momentum);
    expect(at[0]).toBe(17);
    expect(reversals(momentum, steps)).toBe(7);
    expect(reversals(gd, steps)).toBe(6);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    for (const gap of gaps) expect(Math.abs(gap - 16)).toBeLessThanOrEqual(1);
    expect(at[1]).toBe(33);
    expect(Math.max(...Array.from(momentum.losses).slice(33))).toBeLessThan(1e-6);
    expect(momentum.losses[32]!).toBeGreaterThan(1e-6);
    expect(en).toContain('until step 17');
    expect(en).toContain('about once every 16 steps, 7 times by step 120');
    expect(en).toContain('at losses below $10^{-6}$ from step 33 on');
    expect(zh).toContain('直到第 17 步才第一次折返');
    expect(zh).toContain('大约每 16 步折返一次，到第 120 步共 7 次');
    expect(zh).toContain('从第 33 步起，损失已经低于 $10^{-6}$');
    expect(en).not.toContain('half as often');
  });

  it('loss below 0.001: gradient descent at 47, momentum at 20, momentum with μ 0.9 only at 72', () => {
    expect(firstBelow(gd.losses, 1e-3)).toBe(47);
    expect(firstBelow(momentum.losses, 1e-3)).toBe(20);
    const springy = runOnProblem(valley, { name: 'momentum', lr: 0.08, momentum: 0.9 }, { steps });
    expect(firstBelow(springy.losses, 1e-3)).toBe(72);
    expect(en).toContain('only gets below 0.001 at step 72');
    expect(zh).toContain('直到第 72 步才降到 0.001 以下');
  });
});

describe('momentum chapter: halving α in the PyTorch comparison (issue #22, point 5)', () => {
  const twoMinima = problems.twoMinima;
  const halvedAfter = (at: number) => {
    const opts = { start: twoMinima.start, steps: 200, lr: (t: number) => (t <= at ? 0.02 : 0.01), momentum: 0.9 };
    return maxAbsDifference(runArticleMomentum(twoMinima.grad, opts), runTorchMomentum(twoMinima.grad, opts));
  };
  it('the widget halves α after step 10, and the paths part by about 0.8', () => {
    expect(halvingStep(200)).toBe(10);
    const result = compareForms(twoMinima, 'momentum', 0.02, 0.9, 200, true);
    expect(result.maxDifference).toBeCloseTo(0.8, 1);
    expect(result.maxDifference).toBe(halvedAfter(10));
    expect(en).toContain(
      'halve $\\alpha$ after step 10, while the run still moves fast: the paths separate, by up to about 0.8',
    );
    expect(zh).toContain('让 $\\alpha$ 在第 10 步之后减半');
    expect(zh).toContain('最多相差约 0.8');
  });
  it('halved at step 100 the paths differ by only about 0.0015', () => {
    expect(halvedAfter(100)).toBeCloseTo(0.0015, 4);
    expect(en).toContain('the paths differ by only about 0.0015');
    expect(zh).toContain('两条路径只相差约 0.0015');
  });
});

describe('momentum chapter: the words the status lines use (issue #22, point 8)', () => {
  it('says that a rightward roll prints a negative v, and calls reversals steps that turn back', () => {
    const run = runOnProblem(
      problems.twoMinima,
      { name: 'momentum', lr: 0.02, momentum: 0.9 },
      { steps: 5, record: true },
    );
    // The ball rolls right (w grows) while its velocity is negative: the step is −v.
    expect(run.points[5]!).toBeGreaterThan(run.points[4]!);
    expect(run.states!.velocity![4]!).toBeLessThan(0);
    expect(en).toContain('so while the ball rolls right the status line prints a negative $v$');
    expect(zh).toContain('所以小球向右滚时，状态行印出的 $v$ 是负数');
    expect(en).toContain('The status line also counts the steps that **turn back** (reversals)');
  });
});
