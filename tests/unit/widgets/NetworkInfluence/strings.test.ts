import { describe, expect, it } from 'vitest';
import { strings as networkStrings } from '../../../../components/widgets/NetworkInfluence/strings.ts';
import { expectChinese } from '../helpers.ts';

describe('NetworkInfluence sentences', () => {
  const parts = {
    symbol: 'w(1)[2,3]',
    value: '0.326',
    was: null,
    reach: '',
    output: '-0.397',
    outputWas: null,
    loss: '0.804',
  };
  it('English is unchanged', () => {
    const en = networkStrings.en;
    expect(en.status({ ...parts, reach: en.reaches(5, 8) })).toBe(
      'Weight w(1)[2,3] = 0.326 reaches 5 of 8 hidden units and the output; output ŷ = -0.397, loss = 0.804.',
    );
    expect(en.status({ ...parts, was: '0.1', outputWas: '-0.3', reach: en.direct })).toBe(
      'Weight w(1)[2,3] = 0.326 (was 0.1) feeds the output directly; output ŷ = -0.397 (was -0.3), loss = 0.804.',
    );
    expect(en.descriptionReached(['hidden-1 unit 2', 'the output']) + en.descriptionOutput('1')).toBe(
      'The units it reaches are highlighted: hidden-1 unit 2, the output. Output 1.',
    );
  });
  it('Chinese follows the house style', () => {
    const zh = networkStrings['zh-cn'];
    expectChinese(zh.status({ ...parts, reach: zh.reaches(5, 8) }));
    expectChinese(zh.status({ ...parts, was: '0.1', outputWas: '-0.3', reach: zh.direct }));
    expectChinese(zh.descriptionReached(['隐藏层 1 单元 2', '输出']) + zh.descriptionOutput('1'));
    expectChinese(zh.legendNegative);
    expectChinese(zh.diagram, false);
  });
});
