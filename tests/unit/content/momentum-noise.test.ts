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
    expect(en).toContain(
      "Momentum's mean loss falls to 0.11, about a quarter of the 0.475 gradient descent averaged at that effective step",
    );
    expect(zh).toContain('动量的平均损失降到 0.11，约为梯度下降在这个有效步长下平均 0.475 的四分之一');
  });

  it('at α ≈ 0.032 the status line’s gradient descent runs at 0.032 too and averages 0.078, below momentum: the text says so', () => {
    // The slider's 0.032 (position 262) is the α both runs of the widget then use.
    const gd = tail('sgd', lrSlider(262)).mean;
    expect(fmt(gd)).toBe('0.0775');
    expect(gd).toBeLessThan(tail('momentum', lrSlider(262), 0.6).mean);
    expect(en).toContain(
      '$\\alpha = 0.032$ as well, a step two and a half times smaller than before, and averages 0.078',
    );
    expect(zh).toContain('这时状态行里的梯度下降也用 $\\alpha = 0.032$，步子比刚才小了两倍半，平均损失是 0.078');
  });

  it('over noise seeds 1 to 8 momentum at α 0.032 averages 0.11 to 0.20, gradient descent at 0.08 averages 0.40 to 0.62', () => {
    const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const at = (name: 'sgd' | 'momentum', lr: number, momentum: number, seed: number) =>
      tailMean(
        runOnProblem(problems.illConditioned, { name, lr, momentum }, { steps, ...noiseOption(2, seed) }).losses,
        steps,
      ).mean;
    const [momLow, momHigh] = range(seeds.map((seed) => at('momentum', lrSlider(262), 0.6, seed)));
    const [gdLow, gdHigh] = range(seeds.map((seed) => at('sgd', 0.08, 0, seed)));
    expect([momLow, momHigh].map((x) => x.toFixed(2))).toEqual(['0.11', '0.20']);
    expect([gdLow, gdHigh].map((x) => x.toFixed(2))).toEqual(['0.40', '0.62']);
    expect(momHigh).toBeLessThan(gdLow);
    expect(en).toContain(
      'momentum at $\\alpha = 0.032$ averages 0.11 to 0.20, gradient descent at $\\alpha = 0.08$ 0.40 to 0.62',
    );
    expect(zh).toContain('$\\alpha = 0.032$ 的动量平均 0.11 到 0.20，$\\alpha = 0.08$ 的梯度下降平均 0.40 到 0.62');
  });

  it('without noise nothing changes: σ = 0 gives no noise option', () => {
    expect(noiseOption(0, 1)).toEqual({});
  });
});
