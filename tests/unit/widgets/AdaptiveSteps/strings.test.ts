import { describe, expect, it } from 'vitest';
import { divergenceText } from '../../../../components/widgets/lib/i18n.tsx';
import { strings as adaptiveSteps } from '../../../../components/widgets/AdaptiveSteps/strings.ts';
import { expectNoEnglishLeft } from '../helpers.ts';

describe('AdaptiveSteps sentences', () => {
  it('AdaptiveSteps joins optimizer names the way each language does', () => {
    expect(adaptiveSteps.en.names(['Adagrad', 'RMSProp'])).toBe('Adagrad and RMSProp');
    expect(adaptiveSteps['zh-cn'].names(['Adagrad'])).toBe('Adagrad');
    expect(adaptiveSteps['zh-cn'].names(['Adagrad', 'RMSProp'])).toBe('Adagrad 与 RMSProp');
    expect(adaptiveSteps['zh-cn'].names(['Adagrad', 'RMSProp', 'Adam'])).toBe('Adagrad、RMSProp 与 Adam');
  });

  it('AdaptiveSteps: the English status keeps its exact form; the Chinese one puts an engine sentence in parentheses without its stop', () => {
    const part = adaptiveSteps.en.part('Adagrad', '-3.7', '1.2', '3.56') + adaptiveSteps.en.effective('0.75', '0.05');
    expect(adaptiveSteps.en.status(1, 300, [part])).toBe(
      'Step 1 of 300. Adagrad at (-3.7, 1.2), loss 3.56; effective step α/(√c + ε): 0.75 for x, 0.05 for y.',
    );
    const reason = divergenceText('zh-cn').run({ kind: 'loss too large', step: 9 });
    expect(adaptiveSteps['zh-cn'].stopped(9, reason)).toBe(
      '（在第 9 步停止：第 9 步时损失超过了 10¹²：对这个曲面来说，学习率太大了）',
    );
  });

  it('no English words are left in the Chinese labels', () => {
    expectNoEnglishLeft(adaptiveSteps);
  });
});
