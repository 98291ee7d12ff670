import { describe, expect, it } from 'vitest';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import { parameterNames, slopeInWords } from '../../../../components/widgets/LossSlice/model.ts';
import { strings as sliceStrings } from '../../../../components/widgets/LossSlice/strings.ts';
import { strings as minimaStrings } from '../../../../components/widgets/LocalMinima/strings.ts';
import { strings as ravineStrings } from '../../../../components/widgets/MomentumRavine/strings.ts';
import { strings as nesterovStrings } from '../../../../components/widgets/NesterovCompare/strings.ts';
import { strings as networkStrings } from '../../../../components/widgets/NetworkInfluence/strings.ts';

/** House style: a space between a Chinese character and a Latin letter or digit, either way round. */
const unspaced = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;
/** A run of two English words: an untranslated phrase (optimizer names excepted). */
const english = (text: string) => text.replace(/Momentum|Nesterov|NAG/g, '').match(/[A-Za-z]{2,} [A-Za-z]{2,}/);

function expectChinese(text: string, sentence = true) {
  expect(text, text).not.toMatch(unspaced);
  expect(english(text), text).toBeNull();
  if (sentence) expect(text, text).toMatch(/。$/);
}

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
    expect(status).toBe('w(1)[1,1] = -0.504：损失 0.348，∂L/∂w = -0.634 为负：这个参数增大时损失下降；梯度下降会增大它。');
    expectChinese(status);
    expectChinese(zh.description('w(1)[1,1]', -4, 4, '-0.504', '-0.634', 1));
    expect(en.description('w', -4, 4, '1', '2', -1)).toBe(
      'The loss curve as w runs from -4 to 4; the current value 1 is marked with its tangent line of slope 2 and an arrow pointing left, the way gradient descent would move it.',
    );
  });
});

describe('LocalMinima sentences', () => {
  const counts = { local: 20, global: 19, unsettled: 0, diverged: 1 };
  it('English is unchanged', () => {
    const en = minimaStrings.en;
    expect(en.manyStatus(40, '0.05', { local: 20, global: 20, unsettled: 0, diverged: 0 }, 60)).toBe(
      '40 starts from −2.4 to 2.4 with α = 0.05: 20 end in the local minimum (w = −1.2), 20 in the global minimum (w = 1.6).',
    );
    expect(en.manyStatus(40, '0.45', { local: 18, global: 0, unsettled: 21, diverged: 1 }, 60)).toContain('21 have not settled after 60 steps, 1 diverge.');
    expect(en.status('-2.2', 60, '-1.2', '-0.634', en.settled(en.basinName[1]!, '0'))).toBe(
      'From w₀ = -2.2, step 60: w = -1.2, loss = -0.634. It has settled in the local minimum (w = −1.2), where the slope is 0.',
    );
  });
  it('Chinese follows the house style', () => {
    const zh = minimaStrings['zh-cn'];
    expectChinese(zh.manyStatus(40, '0.05', counts, 60));
    expect(zh.manyStatus(40, '0.05', counts, 60)).toBe('从 −2.4 到 2.4 均匀取 40 个起点，α = 0.05：20 个停在局部极小值（w = −1.2），19 个停在全局最小值（w = 1.6），1 个发散。');
    expectChinese(zh.status('-2.2', 60, '-1.2', '-0.634', zh.settled(zh.basinName[1]!, '0')));
    expectChinese(zh.status('0.3', 3, '0.2', '0.1', zh.moving));
    expectChinese(zh.descriptionRun(4, '-2.2', '-1.5'));
    expectChinese(zh.labelRun('-2.2', 3, 60), false);
  });
});

describe('MomentumRavine sentences', () => {
  const gd = { loss: '22.3', reversals: 0, reached: 47 };
  const momentum = { loss: '22.3', reversals: 0, reached: 20 };
  it('English is unchanged', () => {
    expect(ravineStrings.en.status(0, gd, momentum, '0', 120)).toBe(
      'step 0: GD loss 22.3 (0 reversals so far), Momentum loss 22.3 (0 reversals, speed |v| = 0). Loss below 0.001: GD at step 47, Momentum at step 20.',
    );
    expect(ravineStrings.en.surfaceName.illConditioned).toBe('Ill-conditioned valley');
  });
  it('Chinese follows the house style', () => {
    const zh = ravineStrings['zh-cn'];
    expectChinese(zh.status(2, gd, { ...momentum, reached: null }, '1.5', 120));
    expect(zh.status(2, gd, { ...momentum, reached: null }, '1.5', 120)).toContain('梯度下降在第 47 步，Momentum 在 120 步内未做到。');
    expectChinese(zh.description('(1, 2)', '(0.5, 0.1)'));
    expectChinese(zh.contourDescription(zh.surfaceName.ravine));
    expectChinese(zh.label(zh.surfaceName.illConditioned, 3, 60), false);
  });
});

describe('NesterovCompare sentences', () => {
  const both = { momentumW: '-1.5', momentumV: '0', nagW: '-1.5', nagV: '0' };
  const brake = { nagBefore: '0.198', nagNow: '0.196', momentumBefore: '0.217', momentumNow: '0.218', w: '-0.422', minimum: '0' };
  it('English is unchanged', () => {
    const en = nesterovStrings.en;
    expect(en.status(0, en.both(both), en.brakesAt(7, 8))).toBe(
      'step 0: Momentum w = -1.5, |v| = 0; NAG w = -1.5, |v| = 0. NAG starts braking at step 7, Momentum only at step 8.',
    );
    expect(en.brake(7, brake)).toBe(
      "step 7: NAG's speed falls (|v| 0.198 → 0.196) while Momentum's still grows (0.217 → 0.218). The gradient at NAG's look-ahead point already points back, so NAG brakes at w = -0.422, before the minimum at 0.",
    );
    expect(en.brake(7, { ...brake, minimum: null })).toMatch(/points back, at w = -0\.422\.$/);
  });
  it('Chinese follows the house style', () => {
    const zh = nesterovStrings['zh-cn'];
    expectChinese(zh.status(0, zh.both(both), zh.brakesAt(7, 8)));
    expectChinese(zh.status(0, zh.both(both), zh.never));
    expectChinese(zh.brake(7, brake));
    expectChinese(zh.brake(7, { ...brake, minimum: null }));
    expectChinese(zh.description(3, zh.both(both)));
    expectChinese(zh.speedDescription(7));
    expect(zh.label(zh.curveName.quadratic1d, 3, 40)).toBe('碗形曲线 w² 上的 Momentum（上）与 NAG（下），第 3 步，共 40 步');
  });
});

describe('NetworkInfluence sentences', () => {
  const parts = { symbol: 'w(1)[2,3]', value: '0.326', was: null, reach: '', output: '-0.397', outputWas: null, loss: '0.804' };
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
