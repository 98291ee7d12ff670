import { describe, expect, it } from 'vitest';
import { divergenceText } from '../../../../components/widgets/lib/i18n.tsx';
import { fmt, typesetPowers } from '../../../../components/widgets/lib/format.ts';
import {
  compareBatches,
  dataFor,
  statusText,
  type Comparison,
} from '../../../../components/widgets/BatchNoise/model.ts';
import { strings as batchNoise } from '../../../../components/widgets/BatchNoise/strings.ts';
import { englishWords, expectNoEnglishLeft } from '../helpers.ts';

/** The status line as the widget built it before it was localized (the English reference). */
function englishBefore(c: Comparison, lr: number, epochs: number): string {
  const { fit, batchSize } = c;
  const fullLoss = c.full.losses[c.full.steps] ?? 0;
  const miniLoss = c.mini.losses[c.mini.steps] ?? 0;
  const isFull = batchSize >= fit.n;
  const bound = 2 / fit.hessianEigenvalues[1];
  const miniName = isFull
    ? 'the “mini-batch” run (here the whole set, so the same run)'
    : `mini-batches of ${batchSize}`;
  if (c.full.diverged || c.mini.diverged) {
    const parts = [];
    if (c.full.diverged) parts.push(`Full batch stopped at step ${c.full.diverged.step}: ${typesetPowers(c.full.diverged.reason)}`);
    if (c.mini.diverged)
      parts.push(`Mini-batches of ${batchSize} stopped at step ${c.mini.diverged.step}: ${typesetPowers(c.mini.diverged.reason)}`);
    return `α = ${fmt(lr)} (full-batch bound 2/λmax = ${fmt(bound)}). ${parts.join(' ')}`;
  }
  return (
    `After ${epochs} ${epochs === 1 ? 'pass' : 'passes'} over the ${fit.n} points: full batch took ${c.full.steps} steps, loss ${fmt(fullLoss)}; ` +
    `${miniName} took ${c.mini.steps} steps, loss ${fmt(miniLoss)}` +
    (isFull ? '' : `, wandering between ${fmt(c.lastEpochRange[0])} and ${fmt(c.lastEpochRange[1])} in the last pass`) +
    `. Best possible: ${fmt(fit.minLoss)}.`
  );
}

describe('BatchNoise status line', () => {
  const fit = dataFor(3);
  const cases: [string, number, number, number][] = [
    ['default: batches of 4, 20 passes', 0.05, 4, 20],
    ['one pass of single points', 0.05, 1, 1],
    ['the whole set as the batch', 0.05, 32, 20],
    ['past the bound: both runs diverge', 0.3, 32, 60],
    ['past the bound with small batches', 0.3, 2, 60],
  ];

  it.each(cases)('English is unchanged (%s)', (_, lr, batch, epochs) => {
    const c = compareBatches(fit, lr, batch, 1, epochs);
    expect(statusText(batchNoise.en, divergenceText('en').run, c, lr, epochs)).toBe(englishBefore(c, lr, epochs));
  });

  it('reads the default run in Chinese with the same numbers', () => {
    const c = compareBatches(fit, 0.05, 4, 1, 20);
    const en = statusText(batchNoise.en, divergenceText('en').run, c, 0.05, 20);
    const zh = statusText(batchNoise['zh-cn'], divergenceText('zh-cn').run, c, 0.05, 20);
    expect(en).toMatch(/^After 20 passes over the 32 points: full batch took 20 steps/);
    expect(zh).toMatch(/^把 32 个数据点遍历 20 轮后：全批量走了 20 步，损失 [\d.]+；批量大小为 4 的小批量走了 160 步/);
    expect(zh).toContain(`最后一轮在 ${fmt(c.lastEpochRange[0])} 到 ${fmt(c.lastEpochRange[1])} 之间波动`);
    expect(zh.endsWith(`可能达到的最低损失：${fmt(fit.minLoss)}。`)).toBe(true);
    expect(englishWords(zh)).toEqual([]);
  });

  it('says in Chinese why a diverged run stopped', () => {
    const c = compareBatches(fit, 0.3, 32, 1, 60);
    expect(c.full.diverged).not.toBeNull();
    const zh = statusText(batchNoise['zh-cn'], divergenceText('zh-cn').run, c, 0.3, 60);
    expect(zh).toMatch(
      /^α = 0\.3（全批量的上限 2\/λ = [\d.]+，λ 为黑塞矩阵的最大特征值）。全批量在第 \d+ 步停止：第 \d+ 步时/,
    );
    expect(zh).toContain('学习率太大了');
    expect(englishWords(zh)).toEqual([]);
  });

  it('no English words are left in the Chinese labels', () => {
    expectNoEnglishLeft(batchNoise);
  });
});
