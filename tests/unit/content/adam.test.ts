import { describe, expect, it } from 'vitest';
import { peak, uncorrectedFactor } from '../../../components/widgets/AdamInternals/model.ts';
import { createAdamRace } from '../../../components/widgets/AdamTrainer/model.ts';
import { chapterText, occurrences } from './chapter-text.ts';

/** Numbers the Adam chapter states (issue #18's corrections), computed here and found in the prose. */
const en = chapterText('adam');
const zh = chapterText('adam', 'zh-cn');

/** The uncorrected step factor for a steady gradient over steps 1..n, and where it peaks. */
function steadyPeak(beta2: number, n = 1000): { step: number; factor: number } {
  const factors = Float64Array.from({ length: n }, (_, i) => uncorrectedFactor(i + 1, 0.9, beta2));
  const top = peak(factors)!;
  return { step: top.index + 1, factor: top.value };
}

describe('adam chapter', () => {
  it('the rule has five lines and the bias correction is the fourth', () => {
    expect(en).toContain('leaves out the fourth line, the bias correction');
    expect(en).toContain('as the fourth line of the rule does');
    expect(en).not.toMatch(/third line/);
  });

  it('the race network has 105 parameters: 88 weights and 17 biases', () => {
    const { mlp } = createAdamRace({
      dataset: 'moons',
      batch: '16',
      adamLr: 0.01,
      rmspropLr: 0.01,
      momentumLr: 0.05,
      seed: 1,
    });
    const weights = mlp.layers.reduce((sum, l) => sum + l.fanIn * l.fanOut, 0);
    expect(mlp.size).toBe(105);
    expect(weights).toBe(88);
    expect(mlp.size - weights).toBe(17);
    expect(en).toContain('(105 parameters: 88 weights and 17 biases)');
    expect(zh).toContain('（共 105 个参数：88 个权重，17 个偏置）');
  });

  it('β₂ 0.99: the uncorrected first step is α and the steady-gradient worst is 2.13 α at step 13', () => {
    expect(uncorrectedFactor(1, 0.9, 0.99)).toBeCloseTo(1, 12);
    const { step, factor } = steadyPeak(0.99);
    expect(step).toBe(13);
    expect(factor).toBeCloseTo(2.13, 2);
    expect(en).toContain('is $2.13\\,\\alpha$ at step 13');
    expect(zh).toContain('第 13 步的 $2.13\\,\\alpha$');
  });

  it('β₂ 0.999: 3.16 α at step 1, a peak of 6.6 α at step 12, still 3.2 α at step 100', () => {
    expect(uncorrectedFactor(1, 0.9, 0.999)).toBeCloseTo(3.16, 2);
    const { step, factor } = steadyPeak(0.999);
    expect(step).toBe(12);
    expect(factor).toBeCloseTo(6.6, 1);
    expect(uncorrectedFactor(100, 0.9, 0.999)).toBeCloseTo(3.2, 1);
    expect(en).toContain('$6.6\\,\\alpha$ around step 12 and is still $3.2\\,\\alpha$ at step 100');
  });

  it('the 3.16 α first step is derived once in the prose (plus the quiz choice that asks for it)', () => {
    for (const text of [en, zh]) {
      expect(occurrences(text, '3.16\\,\\alpha')).toBe(1);
      expect(occurrences(text, '3.16 α')).toBe(1);
      expect(occurrences(text, '3.162')).toBe(0);
    }
  });

  it('the Chinese quiz glosses two-moons', () => {
    expect(zh).toContain('two-moons（双月）数据集上用初始设置比赛');
  });
});
