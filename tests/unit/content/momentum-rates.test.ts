import { describe, expect, it } from 'vitest';
import { fmt } from '../../../components/widgets/lib/format.ts';
import { summarize } from '../../../components/widgets/MomentumRates/model.ts';
import { chapterText } from './chapter-text.ts';

/**
 * The numbers the momentum chapter's "one direction at a time" section states about MomentumRates,
 * computed the way the widget's status line computes them (both editions).
 */
const en = chapterText('momentum');
const zh = chapterText('momentum', 'zh-cn');

/** The κ slider: logarithmic, 400 positions from 1 to 10,000 (components/widgets/lib/controls.tsx). */
const logSlider = (position: number) => Number((10 ** ((position / 400) * 4)).toPrecision(4));

describe('momentum chapter: the rate map', () => {
  it('the widget is on the page with its defaults, κ = 20 (the valley’s curvatures 1 and 20)', () => {
    for (const text of [en, zh]) expect(text).toContain('<MomentumRates />');
  });

  it('the defaults α = 1.6, μ = 0.6: rate 0.775, tenfold every 10 steps, both directions underdamped', () => {
    const at = summarize(20, 1.6, 0.6);
    expect(fmt(at.rate)).toBe('0.775');
    expect(at.rate).toBeCloseTo(Math.sqrt(0.6), 12);
    expect(at.tenfold).toBe(10);
    expect([at.slow, at.steep]).toEqual(['underdamped', 'underdamped']);
    expect(en).toContain(
      'reads a rate of 0.775 ($= \\sqrt{0.6}$), the error cut tenfold every 10 steps, and both directions underdamped',
    );
    expect(zh).toContain('速率为 0.775（$= \\sqrt{0.6}$），误差每 10 步缩小到十分之一，两个方向都是欠阻尼');
  });

  it('μ = 0 at the same α: rate 0.92, 28 steps, the steepest direction flips sign', () => {
    const at = summarize(20, 1.6, 0);
    expect(fmt(at.rate)).toBe('0.92');
    expect(at.tenfold).toBe(28);
    expect(at.steep).toBe('alternating');
    expect(en).toContain(
      'The rate rises to 0.92 (28 steps per tenfold cut), and the steepest direction now overshoots every step',
    );
    expect(zh).toContain('速率升到 0.92（28 步缩小到十分之一），最陡的方向每一步都越过');
  });

  it('the best pair at κ = 20: α* 2.67, μ* 0.403, rate 0.635 in 6 steps, both critical; gradient descent 0.905 in 24', () => {
    const { best, gd } = summarize(20, 1.6, 0.6);
    expect([fmt(best.alpha), fmt(best.mu), fmt(best.rate), best.tenfold]).toEqual(['2.67', '0.403', '0.635', 6]);
    expect([fmt(gd.rate), gd.tenfold]).toEqual(['0.905', 24]);
    // What the button sets: the exact pair (on the critical curve the rate has a square-root cusp,
    // so even a rounding to six digits would show 0.636).
    const at = summarize(20, best.alpha, best.mu);
    expect([at.slow, at.steep]).toEqual(['critical', 'critical']);
    expect(fmt(at.rate)).toBe('0.635');
    expect(en).toContain(
      "$\\alpha^* = 2.67$, $\\mu^* = 0.403$, rate 0.635, 6 steps per tenfold cut, and both directions critically damped. Gradient descent's best is 0.905, 24 steps.",
    );
    expect(zh).toContain(
      '$\\alpha^* = 2.67$，$\\mu^* = 0.403$，速率 0.635，6 步缩小到十分之一，两个方向都是临界阻尼。梯度下降最好的速率是 0.905，要 24 步。',
    );
  });

  it('κ = 100 (a position of the slider): best 0.818 in 12 steps, gradient descent 0.980 in 116', () => {
    expect(logSlider(200)).toBe(100);
    for (const kappa of [logSlider(200)]) {
      const { best, gd } = summarize(kappa, 1.6, 0.6);
      expect([fmt(best.rate), best.tenfold]).toEqual(['0.818', 12]);
      expect([gd.rate.toFixed(3), gd.tenfold]).toEqual(['0.980', 116]);
    }
    expect(en).toContain(
      "The best pair's rate becomes 0.818 (12 steps per tenfold cut); gradient descent's becomes 0.980 (116 steps)",
    );
    expect(zh).toContain('最优的一对速率变为 0.818（12 步缩小到十分之一）；梯度下降变为 0.980（116 步）');
  });
});
