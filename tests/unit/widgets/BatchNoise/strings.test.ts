import { describe, expect, it } from 'vitest';
import { divergenceText } from '../../../../components/widgets/lib/i18n.tsx';
import { fmt } from '../../../../components/widgets/lib/format.ts';
import { compareBatches, dataFor, statusText, type Comparison } from '../../../../components/widgets/BatchNoise/model.ts';
import { strings as batchNoise } from '../../../../components/widgets/BatchNoise/strings.ts';
import { strings as adaptiveSteps } from '../../../../components/widgets/AdaptiveSteps/strings.ts';
import { strings as adamInternals } from '../../../../components/widgets/AdamInternals/strings.ts';
import { strings as adamTrainer } from '../../../../components/widgets/AdamTrainer/strings.ts';

/** The status line as the widget built it before it was localized (the English reference). */
function englishBefore(c: Comparison, lr: number, epochs: number): string {
  const { fit, batchSize } = c;
  const fullLoss = c.full.losses[c.full.steps] ?? 0;
  const miniLoss = c.mini.losses[c.mini.steps] ?? 0;
  const isFull = batchSize >= fit.n;
  const bound = 2 / fit.hessianEigenvalues[1];
  const miniName = isFull ? 'the “mini-batch” run (here the whole set, so the same run)' : `mini-batches of ${batchSize}`;
  if (c.full.diverged || c.mini.diverged) {
    const parts = [];
    if (c.full.diverged) parts.push(`Full batch stopped at step ${c.full.diverged.step}: ${c.full.diverged.reason}`);
    if (c.mini.diverged) parts.push(`Mini-batches of ${batchSize} stopped at step ${c.mini.diverged.step}: ${c.mini.diverged.reason}`);
    return `α = ${fmt(lr)} (full-batch bound 2/λmax = ${fmt(bound)}). ${parts.join(' ')}`;
  }
  return (
    `After ${epochs} ${epochs === 1 ? 'pass' : 'passes'} over the ${fit.n} points: full batch took ${c.full.steps} steps, loss ${fmt(fullLoss)}; ` +
    `${miniName} took ${c.mini.steps} steps, loss ${fmt(miniLoss)}` +
    (isFull ? '' : `, wandering between ${fmt(c.lastEpochRange[0])} and ${fmt(c.lastEpochRange[1])} in the last pass`) +
    `. Best possible: ${fmt(fit.minLoss)}.`
  );
}

/** Latin words a Chinese string may keep: optimizer and dataset names, and maths symbols. */
const allowedLatin = new Set(['Adam', 'Adagrad', 'RMSProp', 'Momentum', 'XOR']);
const englishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowedLatin.has(w));

/** Every plain string of a strings object (nested objects included). */
function plainStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(plainStrings);
  return [];
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
    expect(zh).toMatch(/^α = 0\.3（全批量的上限 2\/λ = [\d.]+，λ 为黑塞矩阵的最大特征值）。全批量在第 \d+ 步停止：第 \d+ 步时/);
    expect(zh).toContain('学习率太大了');
    expect(englishWords(zh)).toEqual([]);
  });
});

describe('the other widgets’ sentences', () => {
  it('AdaptiveSteps joins optimizer names the way each language does', () => {
    expect(adaptiveSteps.en.names(['Adagrad', 'RMSProp'])).toBe('Adagrad and RMSProp');
    expect(adaptiveSteps['zh-cn'].names(['Adagrad'])).toBe('Adagrad');
    expect(adaptiveSteps['zh-cn'].names(['Adagrad', 'RMSProp'])).toBe('Adagrad 与 RMSProp');
    expect(adaptiveSteps['zh-cn'].names(['Adagrad', 'RMSProp', 'Adam'])).toBe('Adagrad、RMSProp 与 Adam');
  });

  it('AdaptiveSteps: the English status keeps its exact form; the Chinese one puts an engine sentence in parentheses without its stop', () => {
    const part = adaptiveSteps.en.part('Adagrad', '-3.7', '1.2', '3.56') + adaptiveSteps.en.effective('0.75', '0.05');
    expect(adaptiveSteps.en.status(1, 300, [part])).toBe('Step 1 of 300. Adagrad at (-3.7, 1.2), loss 3.56; effective step x 0.75, y 0.05.');
    const reason = divergenceText('zh-cn').run({ kind: 'loss too large', step: 9 });
    expect(adaptiveSteps['zh-cn'].stopped(9, reason)).toBe('（在第 9 步停止：第 9 步时损失超过了 1e12：对这个曲面来说，学习率太大了）');
  });

  it('AdamTrainer: a stopped optimizer in Chinese, and the status line', () => {
    const reason = divergenceText('zh-cn').train({ kind: 'loss too large', step: 12 });
    const stopped = adamTrainer['zh-cn'].stopped('RMSProp', reason);
    expect(stopped).toBe('RMSProp 已停止（第 12 步时损失超过了 1e12：对这个网络来说，学习率太大了）');
    expect(adamTrainer['zh-cn'].status(100, '', 10, ['Adam (β₂ = 0.999) 0.242', stopped])).toBe(
      `第 100 步，第 10 轮。训练损失：Adam (β₂ = 0.999) 0.242，${stopped}。`,
    );
    expect(adamTrainer.en.status(100, adamTrainer.en.training(null), 10, ['Momentum 0.269'])).toBe(
      'Step 100 (training), epoch 10. Training loss: Momentum 0.269.',
    );
    expect(adamTrainer.en.datasets).toEqual({ moons: 'Two moons', circles: 'Circles', xor: 'XOR', spirals: 'Spirals' });
  });

  it('AdamInternals: the status with and without a longest step', () => {
    const longest = { value: '6', step: 8 };
    expect(adamInternals.en.status(1, 'without bias correction', '0.999', 'x', '-0.04', '0.0126', '3.16', '5', '3.16', longest)).toBe(
      'Step 1 (without bias correction, β₂ = 0.999): along x, m̂ = -0.04, √ŝ = 0.0126, step = 3.16 α; loss 5. Without correction step 1 is 3.16 α and the longest is 6 α at step 8.',
    );
    const zh = adamInternals['zh-cn'];
    expect(zh.status(1, zh.without, '0.999', 'x', '-0.04', '0.0126', '3.16', '5', '3.16', longest)).toBe(
      '第 1 步（无偏差修正，β₂ = 0.999）：沿 x 方向，m̂ = -0.04，√ŝ = 0.0126，步长 = 3.16 α；损失 5。不做修正时，第 1 步长 3.16 α，最长的一步是第 8 步，长 6 α。',
    );
  });

  it('no English words are left in the Chinese labels', () => {
    for (const table of [batchNoise, adaptiveSteps, adamInternals, adamTrainer]) {
      const zh = table['zh-cn'];
      const en = table.en;
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const text of plainStrings(zh)) expect(englishWords(text), text).toEqual([]);
    }
  });
});
