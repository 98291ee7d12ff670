import { describe, expect, it } from 'vitest';
import { fmt } from '../../../components/widgets/lib/format.ts';
import { noiseOption, tailMean } from '../../../components/widgets/lib/gradient-noise.ts';
import { problems } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/**
 * The noise numbers the momentum chapter states about MomentumRavine (120 steps on the straight
 * valley, σ = 2, seed 1), computed as the widget's status line computes them (both editions).
 */
const en = chapterText('momentum');
const zh = chapterText('momentum', 'zh-cn');
const steps = 120;
const noise = noiseOption(2, 1);
const tail = (name: 'sgd' | 'momentum', lr: number, momentum = 0) =>
  tailMean(runOnProblem(problems.illConditioned, { name, lr, momentum }, { steps, ...noise }).losses, steps);
/** The α slider of MomentumRavine: logarithmic, 400 positions from 0.001 to 0.2 (lib/controls.tsx). */
const lrSlider = (position: number) => Number((10 ** (-3 + (position / 400) * Math.log10(200))).toPrecision(4));

describe('momentum chapter: noisy gradients on the straight valley', () => {
  it('at the defaults, steps 61–120 average 0.475 (GD) and 0.577 (momentum); effective step 0.2', () => {
    const gd = tail('sgd', 0.08);
    const momentum = tail('momentum', 0.08, 0.6);
    expect([gd.from, gd.to]).toEqual([61, 120]);
    expect([fmt(gd.mean), fmt(momentum.mean), fmt(0.08 / (1 - 0.6))]).toEqual(['0.475', '0.577', '0.2']);
    expect(en).toContain('Over steps 61 to 120 the loss averages 0.475 for gradient descent and 0.577 for momentum');
    expect(en).toContain('its effective step is $0.08/(1 - 0.6) = 0.2$');
    expect(zh).toContain('第 61 步到第 120 步，梯度下降的平均损失是 0.475，动量是 0.577');
    expect(zh).toContain('$0.08/(1 - 0.6) = 0.2$');
  });

  it('at α ≈ 0.032 (effective step 0.08, as the slider reaches it and exactly), momentum averages 0.11, about a quarter of GD', () => {
    const gd = tail('sgd', 0.08).mean;
    expect(lrSlider(262)).toBeCloseTo(0.032, 3);
    for (const lr of [0.032, lrSlider(262)]) {
      const momentum = tail('momentum', lr, 0.6).mean;
      expect(fmt(momentum)).toBe('0.11');
      expect(momentum / gd).toBeGreaterThan(0.2);
      expect(momentum / gd).toBeLessThan(0.3);
    }
    expect(en).toContain("Momentum's mean loss falls to 0.11, about a quarter of gradient descent's");
    expect(zh).toContain('动量的平均损失降到 0.11，约为梯度下降的四分之一');
  });

  it('without noise nothing changes: σ = 0 gives no noise option', () => {
    expect(noiseOption(0, 1)).toEqual({});
  });
});
