import { describe, expect, it } from 'vitest';
import { strings as minimaStrings } from '../../../../components/widgets/LocalMinima/strings.ts';
import { expectChinese } from '../helpers.ts';

describe('LocalMinima sentences', () => {
  const counts = { local: 20, global: 19, unsettled: 0, diverged: 1 };
  it('English is unchanged', () => {
    const en = minimaStrings.en;
    expect(en.manyStatus(40, '0.05', { local: 20, global: 20, unsettled: 0, diverged: 0 }, 60)).toBe(
      '40 starts from −2.4 to 2.4 with α = 0.05: 20 end in the local minimum (w = −1.2), 20 in the global minimum (w = 1.6).',
    );
    expect(en.manyStatus(40, '0.45', { local: 18, global: 0, unsettled: 21, diverged: 1 }, 60)).toContain(
      '21 have not settled after 60 steps, 1 diverge.',
    );
    expect(en.status('-2.2', 60, '-1.2', '-0.634', en.settled(en.basinName[1]!, '0'))).toBe(
      'From w₀ = -2.2, step 60: w = -1.2, loss = -0.634. It has settled in the local minimum (w = −1.2), where the slope is 0.',
    );
  });
  it('Chinese follows the house style', () => {
    const zh = minimaStrings['zh-cn'];
    expectChinese(zh.manyStatus(40, '0.05', counts, 60));
    expect(zh.manyStatus(40, '0.05', counts, 60)).toBe(
      '从 −2.4 到 2.4 均匀取 40 个起点，α = 0.05：20 个停在局部极小值（w = −1.2），19 个停在全局最小值（w = 1.6），1 个发散。',
    );
    expectChinese(zh.status('-2.2', 60, '-1.2', '-0.634', zh.settled(zh.basinName[1]!, '0')));
    expectChinese(zh.status('0.3', 3, '0.2', '0.1', zh.moving));
    expectChinese(zh.descriptionRun(4, '-2.2', '-1.5'));
    expectChinese(zh.labelRun('-2.2', 3, 60), false);
  });
});
