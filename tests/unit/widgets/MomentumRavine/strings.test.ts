import { describe, expect, it } from 'vitest';
import { strings as ravineStrings } from '../../../../components/widgets/MomentumRavine/strings.ts';
import { expectChinese } from '../helpers.ts';

describe('MomentumRavine sentences', () => {
  const gd = { loss: '22.3', reversals: 0, reached: 47 };
  const momentum = { loss: '22.3', reversals: 0, reached: 20 };
  it('English is unchanged', () => {
    expect(ravineStrings.en.status(0, gd, momentum, '0', 120)).toBe(
      'step 0: GD loss 22.3 (0 steps turned back so far), Momentum loss 22.3 (0 steps turned back, speed |v| = 0). Loss below 0.001: GD at step 47, Momentum at step 20.',
    );
    expect(ravineStrings.en.surfaceName.illConditioned).toBe('Ill-conditioned valley');
  });
  it('says "1 step turned back", not "1 reversals" (issue #22, point 8)', () => {
    const line = ravineStrings.en.status(9, { ...gd, reversals: 6 }, { ...momentum, reversals: 1 }, '0.1', 120);
    expect(line).toContain('(6 steps turned back so far)');
    expect(line).toContain('(1 step turned back, speed');
    expect(line).not.toMatch(/reversals/);
  });
  it('Chinese follows the house style', () => {
    const zh = ravineStrings['zh-cn'];
    expectChinese(zh.status(2, gd, { ...momentum, reached: null }, '1.5', 120));
    expect(zh.status(2, gd, { ...momentum, reached: null }, '1.5', 120)).toContain(
      '梯度下降在第 47 步，Momentum 在 120 步内未做到。',
    );
    expectChinese(zh.description('(1, 2)', '(0.5, 0.1)'));
    expectChinese(zh.label(zh.surfaceName.illConditioned, 3, 60), false);
  });
});
