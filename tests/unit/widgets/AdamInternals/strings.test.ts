import { describe, expect, it } from 'vitest';
import { strings as adamInternals } from '../../../../components/widgets/AdamInternals/strings.ts';
import { expectNoEnglishLeft } from '../helpers.ts';

describe('AdamInternals sentences', () => {
  it('AdamInternals: the status with and without a longest step', () => {
    const longest = { value: '6', step: 8 };
    expect(
      adamInternals.en.status(
        1,
        'without bias correction',
        '0.999',
        'x',
        '-0.04',
        '0.0126',
        '3.16',
        '5',
        '3.16',
        longest,
      ),
    ).toBe(
      'Step 1 (without bias correction, β₂ = 0.999): along x, m̂ = -0.04, √ŝ = 0.0126, step = 3.16 α; loss 5. Without correction step 1 is 3.16 α and the longest is 6 α at step 8.',
    );
    const zh = adamInternals['zh-cn'];
    expect(zh.status(1, zh.without, '0.999', 'x', '-0.04', '0.0126', '3.16', '5', '3.16', longest)).toBe(
      '第 1 步（无偏差修正，β₂ = 0.999）：沿 x 方向，m̂ = -0.04，√ŝ = 0.0126，步长 = 3.16 α；损失 5。不做修正时，第 1 步长 3.16 α，最长的一步是第 8 步，长 6 α。',
    );
  });

  it('no English words are left in the Chinese labels', () => {
    expectNoEnglishLeft(adamInternals);
  });
});
