import { describe, expect, it } from 'vitest';
import { firstBelow, reversals } from '../../../components/widgets/MomentumRavine/model.ts';
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
