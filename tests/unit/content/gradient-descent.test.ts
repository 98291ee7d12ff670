import { describe, expect, it } from 'vitest';
import { illConditioned, illConditionedEigenvalues } from '../../../src/engine/problems/index.ts';
import { chapterText } from './chapter-text.ts';

/** The explanations the English gradient-descent chapter took over from the Chinese edition. */
const en = chapterText('gradient-descent');
const zh = chapterText('gradient-descent', 'zh-cn');

describe('gradient-descent chapter', () => {
  it('turned 45° into u, v the valley is ½·1·u² + ½·20·v²', () => {
    const [low, high] = illConditionedEigenvalues as [number, number];
    expect([low, high]).toEqual([1, 20]);
    for (const [x, y] of [
      [0.3, -1.2],
      [2, 0.5],
      [-1.7, -0.4],
    ] as const) {
      const u = (x + y) / Math.SQRT2;
      const v = (x - y) / Math.SQRT2;
      expect(illConditioned.f(Float64Array.of(x, y))).toBeCloseTo(0.5 * low * u * u + 0.5 * high * v * v, 12);
    }
    for (const text of [en, zh]) {
      expect(text).toContain('$u = (x + y)/\\sqrt{2}$');
      expect(text).toContain('$\\tfrac{1}{2} \\cdot 1 \\cdot u^2 + \\tfrac{1}{2} \\cdot 20 \\cdot v^2$');
    }
  });

  it('the best fixed rate 2/21 equalises the factors at ±19/21 ≈ 0.905', () => {
    const [low, high] = illConditionedEigenvalues as [number, number];
    const alpha = 2 / (low + high);
    expect(alpha).toBeCloseTo(2 / 21, 15);
    expect(1 - alpha * low).toBeCloseTo(19 / 21, 15);
    expect(1 - alpha * high).toBeCloseTo(-19 / 21, 15);
    expect(19 / 21).toBeCloseTo(0.905, 3);
    // Any other rate makes one factor larger in size.
    for (const other of [alpha * 0.9, alpha * 1.1]) {
      expect(Math.max(Math.abs(1 - other * low), Math.abs(1 - other * high))).toBeGreaterThan(19 / 21);
    }
    expect(en).toContain('gives $\\alpha = 2/21$, with factors $19/21$ along the floor and $-19/21$ across it');
    expect(zh).toContain('解得 $\\alpha = 2/21$，这时两个因子分别是 $19/21$ 和 $-19/21$');
  });

  it('the bound split into two inequalities, and the epoch, are explained in both editions', () => {
    expect(en).toContain('$-1 < 1 - \\alpha\\lambda < 1$');
    expect(zh).toContain('$-1 < 1 - \\alpha\\lambda < 1$');
    expect(en).toContain('One full pass over the training set is what training logs call an **epoch**');
    expect(zh).toContain('一轮（epoch）');
  });
});
