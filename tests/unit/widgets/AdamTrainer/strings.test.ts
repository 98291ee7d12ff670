import { describe, expect, it } from 'vitest';
import { divergenceText } from '../../../../components/widgets/lib/i18n.tsx';
import { strings as adamTrainer } from '../../../../components/widgets/AdamTrainer/strings.ts';
import { expectNoEnglishLeft } from '../helpers.ts';

describe('AdamTrainer sentences', () => {
  it('AdamTrainer: a stopped optimizer in Chinese, and the status line', () => {
    const reason = divergenceText('zh-cn').train({ kind: 'loss too large', step: 12 });
    const stopped = adamTrainer['zh-cn'].stopped('RMSProp', reason);
    expect(stopped).toBe('RMSProp 已停止（第 12 步时损失超过了 10¹²：对这个网络来说，学习率太大了）');
    expect(adamTrainer['zh-cn'].status(100, '', 10, ['Adam (β₂ = 0.999) 0.242', stopped])).toBe(
      `第 100 步，第 10 轮。训练损失：Adam (β₂ = 0.999) 0.242，${stopped}。`,
    );
    expect(adamTrainer.en.status(100, adamTrainer.en.training(null), 10, ['Momentum 0.269'])).toBe(
      'Step 100 (training), epoch 10. Training loss: Momentum 0.269.',
    );
    expect(adamTrainer.en.datasets).toEqual({ moons: 'Two moons', circles: 'Circles', xor: 'XOR', spirals: 'Spirals' });
  });

  it('no English words are left in the Chinese labels', () => {
    expectNoEnglishLeft(adamTrainer);
  });
});
