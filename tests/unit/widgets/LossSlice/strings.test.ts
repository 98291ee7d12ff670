import { describe, expect, it } from 'vitest';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import { parameterNames, slopeInWords } from '../../../../components/widgets/LossSlice/model.ts';
import { strings as sliceStrings } from '../../../../components/widgets/LossSlice/strings.ts';
import { expectChinese } from '../helpers.ts';

describe('LossSlice names and slope words', () => {
  const mlp = createMLP({ sizes: [1, 2, 1], activation: 'tanh' });

  it('names every parameter in English exactly as before', () => {
    const names = parameterNames(mlp, sliceStrings.en.names);
    expect(names.map((n) => `${n.symbol}: ${n.name}`)).toEqual([
      'w(1)[1,1]: weight from input to hidden unit 1',
      'w(1)[2,1]: weight from input to hidden unit 2',
      'b(1)[1]: bias of hidden unit 1',
      'b(1)[2]: bias of hidden unit 2',
      'w(2)[1,1]: weight from hidden unit 1 to output',
      'w(2)[1,2]: weight from hidden unit 2 to output',
      'b(2): bias of output',
    ]);
  });

  it('names them in Chinese with the house spacing', () => {
    const names = parameterNames(mlp, sliceStrings['zh-cn'].names).map((n) => n.name);
    expect(names).toEqual([
      '从输入到隐藏单元 1 的权重',
      '从输入到隐藏单元 2 的权重',
      '隐藏单元 1 的偏置',
      '隐藏单元 2 的偏置',
      '从隐藏单元 1 到输出的权重',
      '从隐藏单元 2 到输出的权重',
      '输出的偏置',
    ]);
    for (const name of names) expectChinese(name, false);
  });

  it('reads the sign of a slope in the language given', () => {
    expect(slopeInWords(-0.6, sliceStrings.en.slope).move).toBe('gradient descent would increase it');
    expect(slopeInWords(0.6, sliceStrings.en.slope).sign).toBe('positive: the loss rises as this parameter grows');
    expect(slopeInWords(0, sliceStrings.en.slope).move).toBe('gradient descent leaves it where it is');
    expect(slopeInWords(Number.NaN, sliceStrings.en.slope).sign).toBe('not defined');
    expect(slopeInWords(0.6, sliceStrings['zh-cn'].slope).move).toBe('梯度下降会减小它');
    expect(slopeInWords(-0.6, sliceStrings['zh-cn'].slope).move).toBe('梯度下降会增大它');
  });

  it('builds the status line', () => {
    const en = sliceStrings.en;
    expect(en.status('w(1)[1,1]', '-0.504', '0.348', '-0.634', slopeInWords(-0.634, en.slope))).toBe(
      'w(1)[1,1] = -0.504: loss 0.348, ∂L/∂w = -0.634 is negative: the loss falls as this parameter grows; gradient descent would increase it.',
    );
    const zh = sliceStrings['zh-cn'];
    const status = zh.status('w(1)[1,1]', '-0.504', '0.348', '-0.634', slopeInWords(-0.634, zh.slope));
    expect(status).toBe(
      'w(1)[1,1] = -0.504：损失 0.348，∂L/∂w = -0.634 为负：这个参数增大时损失下降；梯度下降会增大它。',
    );
    expectChinese(status);
    expectChinese(zh.description('w(1)[1,1]', -4, 4, '-0.504', '-0.634', 1));
    expect(en.description('w', -4, 4, '1', '2', -1)).toBe(
      'The loss curve as w runs from -4 to 4; the current value 1 is marked with its tangent line of slope 2 and an arrow pointing left, the way gradient descent would move it.',
    );
  });
});
