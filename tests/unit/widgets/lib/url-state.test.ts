import { describe, expect, it } from 'vitest';
import { linkParamStrings, parseParam, readState, type Specs } from '../../../../components/widgets/lib/url-state.ts';
import { decodeOptimizers, defaultSettings, hyperLabels, hyperRanges } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { boundSentence, regimeWords, regimeWordsOf } from '../../../../components/widgets/lib/stability.ts';
import { fileNameOf } from '../../../../components/widgets/lib/export.ts';
import { outcome } from '../../../../components/widgets/MomentumEscape/model.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

const specs = {
  lr: { kind: 'number', default: 0.1, min: 0.001, max: 1.5 },
  step: { kind: 'number', default: 30, min: 0, max: 60, integer: true },
  problem: { kind: 'enum', default: 'twoMinima', values: ['twoMinima', 'ravine'] },
  decay: { kind: 'bool', default: false },
  start: { kind: 'numbers', default: [0, 0], min: -2, max: 2, length: 2 },
} satisfies Specs;
const base = { lr: 0.1, step: 30, problem: 'twoMinima', decay: false, start: [0, 0] };
const broken = '?w.lr=banana&w.step=99&w.problem=moon&w.decay=maybe&w.start=1,x&w.junk=1';

describe('link-parameter messages per language', () => {
  it('English is exactly what it was (the default when no language is given)', () => {
    const read = readState('w', specs, broken, base);
    expect(read.messages).toEqual([
      'Link parameter lr="banana" is not a usable number; using 0.1.',
      'Link parameter step="99" is outside 0 to 60; using 60.',
      'Link parameter problem="moon" is not one of twoMinima, ravine; using twoMinima.',
      'Link parameter decay="maybe" is not 1 or 0; using the default.',
      'Link parameter start="1,x" needs 2 numbers; using the default.',
    ]);
    expect(readState('w', specs, broken, base, 'en')).toEqual(read);
    expect(parseParam('start', specs.start, '5,1').message).toBe('start="5,1" is outside -2 to 2; clamped.');
    expect(parseParam('lr', specs.lr, 'x'.repeat(201)).message).toBe('lr is too long; using the default.');
  });

  it('Chinese gives the same fallbacks with Chinese sentences', () => {
    const en = readState('w', specs, broken, base);
    const zh = readState('w', specs, broken, base, 'zh-cn');
    expect(zh.state).toEqual(en.state);
    expect(zh.messages).toEqual([
      '链接参数 lr="banana" 不是可用的数，改用 0.1。',
      '链接参数 step="99" 超出了 0 到 60 的范围，改用 60。',
      '链接参数 problem="moon" 不是 twoMinima、ravine 之一，改用 twoMinima。',
      '链接参数 decay="maybe" 不是 1 或 0，改用默认值。',
      '链接参数 start="1,x" 需要 2 个数，改用默认值。',
    ]);
    expect(parseParam('start', specs.start, '5,1', 'zh-cn').message).toBe('start="5,1" 超出了 -2 到 2 的范围，已截断到范围内。');
    expect(linkParamStrings['zh-cn'].about('fn', '未知的名字。')).toBe('链接参数 fn：未知的名字。');
    expect(linkParamStrings.en.about('fn', 'Unknown name.')).toBe('Link parameter fn: Unknown name.');
  });

  it('the optimizers parameter speaks both languages; English is unchanged', () => {
    const settings = defaultSettings();
    const text = 'adam:lr=50,b1=abc,zz=1;banana:lr=1;adam:lr=1';
    const en = decodeOptimizers(text, { selected: ['sgd'], settings });
    expect(en.messages).toEqual([
      'Link parameter opt: adam lr="50" is outside 0.0001 to 10; using 10.',
      'Link parameter opt: adam b1="abc" is not a usable number; using 0.9.',
      'Link parameter opt: adam has no setting "zz"; ignored.',
      'Link parameter opt: "banana" is not an optimizer (use sgd, momentum, nag, adagrad, rmsprop, adam); ignored.',
      'Link parameter opt lists adam twice; the first one is used.',
    ]);
    const zh = decodeOptimizers(text, { selected: ['sgd'], settings }, 'zh-cn');
    expect(zh.selected).toEqual(en.selected);
    expect(zh.messages[0]).toBe('链接参数 opt：adam lr="50" 超出了 0.0001 到 10 的范围，改用 10。');
    expect(zh.messages[4]).toBe('链接参数 opt 把 adam 列了两次，只采用第一次。');
    expect(decodeOptimizers('banana', { selected: ['sgd'], settings }, 'zh-cn').messages.at(-1)).toBe('链接参数 opt 没有给出任何可用的优化器，改用默认的优化器。');
    for (const key of Object.keys(hyperRanges) as (keyof typeof hyperRanges)[]) expect(hyperLabels.en[key]).toBe(hyperRanges[key].label);
    expect(hyperLabels['zh-cn'].lr).toBe('学习率 α');
  });
});

describe('other toolkit sentences per language', () => {
  it('the stability bound', () => {
    expect(regimeWordsOf()).toBe(regimeWords);
    expect(boundSentence(0.12, [1, 20], 'λmax', 'en')).toBe('α = 0.12 > 2/λmax = 0.1: diverges');
    expect(boundSentence(0.12, [1, 20], 'λmax', 'zh-cn')).toBe('α = 0.12 > 2/λmax = 0.1：发散');
    expect(boundSentence(0.05, [1, 20], 'λmax', 'zh-cn')).toBe('α = 0.05 < 2/λmax = 0.1：收敛良好');
  });

  it('file names keep Chinese titles and leave English ones alone', () => {
    expect(fileNameOf('Race: Rosenbrock!', 'csv')).toBe('race-rosenbrock.csv');
    expect(fileNameOf('Gradient descent on L(w) = ½λw²', 'svg')).toBe('gradient-descent-on-l-w-w.svg');
    expect(fileNameOf('竞赛：Rosenbrock 函数', 'png')).toBe('竞赛-rosenbrock-函数.png');
  });

  it('where a run ends, in both languages', () => {
    const run = runOnProblem(problems.twoMinima, { name: 'momentum', lr: 0.02, momentum: 0.9 }, { steps: 120 });
    expect(outcome(problems.twoMinima, run, 0).words).toBe('settles in the deeper minimum at w = 1.6');
    expect(outcome(problems.twoMinima, run, 0, 'zh-cn').words).toBe('停在较深的极小值 w = 1.6 处');
  });
});
