import { zh } from '../lib/cjk-space.ts';
import { defineStrings } from '../lib/i18n.tsx';

/** The status line's numbers, formatted; `was*` are null while the weight is unmoved. */
export interface StatusParts {
  symbol: string;
  value: string;
  was: string | null;
  reach: string;
  output: string;
  outputWas: string | null;
  loss: string;
}

/** Every string NetworkInfluence shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Every weight moves the output',
    /** Names of units and weights (model.ts `unitName`, `weightName`). */
    names: {
      input: (n: number) => `input ${n}`,
      output: 'the output',
      outputN: (n: number) => `output ${n}`,
      hidden: (n: number) => `hidden unit ${n}`,
      hiddenIn: (layer: number, n: number) => `hidden-${layer} unit ${n}`,
      weight: (from: string, to: string) => `weight from ${from} to ${to}`,
      /** A weight in the select's list, after its symbol. */
      route: (from: string, to: string) => `${from} to ${to}`,
    },
    /** The three scenario buttons (model.ts `scenarioWeights`). */
    scenarios: ['Near the input', 'In the middle', 'Into the output'] as readonly [string, string, string],
    weight: 'Weight',
    option: (symbol: string, route: string) => `${symbol}: ${route}`,
    value: (symbol: string) => `Value of ${symbol}`,
    valueHint: (name: string, start: string) => `The ${name}. It started at ${start}.`,
    target: 'Target y',
    scenarioGroup: 'The three scenarios',
    resetWeight: 'Reset weight',
    diagram: 'Network diagram: arrow keys choose a weight (up and down within a layer, left and right between layers)',
    direct: 'feeds the output directly',
    reaches: (reached: number, total: number) => `reaches ${reached} of ${total} hidden units and the output`,
    status: (p: StatusParts) =>
      `Weight ${p.symbol} = ${p.value}${p.was === null ? '' : ` (was ${p.was})`} ${p.reach}; output ŷ = ${p.output}${p.outputWas === null ? '' : ` (was ${p.outputWas})`}, loss = ${p.loss}.`,
    label: (sizes: string, name: string) => `Network ${sizes} with the ${name} chosen`,
    descriptionDirect: 'It feeds the output unit directly.',
    descriptionReached: (units: readonly string[]) => `The units it reaches are highlighted: ${units.join(', ')}.`,
    descriptionOutput: (output: string) => ` Output ${output}.`,
    edgeTitle: (symbol: string, name: string) => `${symbol}: ${name}`,
    was: (value: string) => `was ${value}`,
    unchanged: 'unchanged',
    /** The legend under the diagram: text after the positive swatch, then after the negative one. */
    legendPositive: 'positive weight, ',
    legendNegative:
      'negative; thicker = larger. Filled units are the ones the chosen weight moves. Click an edge, or focus the diagram and use the arrow keys.',
    readout: 'Read-out',
    slope: '∂ŷ/∂w at the start',
    predicted: 'Δŷ predicted (∂ŷ/∂w · Δw)',
    actual: 'Δŷ actual',
    loss: 'Loss (ŷ − y)²',
    lossWas: (value: string) => ` (was ${value})`,
  },
  'zh-cn': {
    title: '每个权重都会影响输出',
    names: {
      input: (n: number) => `输入 ${n}`,
      output: '输出',
      outputN: (n: number) => `输出 ${n}`,
      hidden: (n: number) => `隐藏单元 ${n}`,
      hiddenIn: (layer: number, n: number) => `隐藏层 ${layer} 单元 ${n}`,
      weight: (from: string, to: string) => zh`从${from}到${to}的权重`,
      route: (from: string, to: string) => `${from} → ${to}`,
    },
    scenarios: ['靠近输入', '位于中间', '通向输出'] as readonly [string, string, string],
    weight: '权重',
    option: (symbol: string, route: string) => `${symbol}：${route}`,
    value: (symbol: string) => `${symbol} 的值`,
    valueHint: (name: string, start: string) => `${name}。它的初始值为 ${start}。`,
    target: '目标值 y',
    scenarioGroup: '三种情形',
    resetWeight: '重置权重',
    diagram: '网络示意图：用方向键选择权重（上下键在同一层内切换，左右键在层与层之间切换）',
    direct: '直接连到输出',
    reaches: (reached: number, total: number) => `能影响 ${total} 个隐藏单元中的 ${reached} 个以及输出`,
    status: (p: StatusParts) =>
      `权重 ${p.symbol} = ${p.value}${p.was === null ? '' : `（原为 ${p.was}）`}，${p.reach}；输出 ŷ = ${p.output}${p.outputWas === null ? '' : `（原为 ${p.outputWas}）`}，损失 = ${p.loss}。`,
    label: (sizes: string, name: string) => `网络 ${sizes}，已选中${name}`,
    descriptionDirect: '它直接连到输出单元。',
    descriptionReached: (units: readonly string[]) => `它能影响到的单元已高亮：${units.join('、')}。`,
    descriptionOutput: (output: string) => `输出为 ${output}。`,
    edgeTitle: (symbol: string, name: string) => `${symbol}：${name}`,
    was: (value: string) => `原为 ${value}`,
    unchanged: '未改变',
    legendPositive: '正权重，',
    legendNegative: '负权重；线越粗，权重的绝对值越大。填充的单元是所选权重能影响到的单元。点击一条连线，或先聚焦示意图再用方向键选择。',
    readout: '读数',
    slope: '起点处的 ∂ŷ/∂w',
    predicted: 'Δŷ 预测值（∂ŷ/∂w · Δw）',
    actual: 'Δŷ 实际值',
    loss: '损失 (ŷ − y)²',
    lossWas: (value: string) => `（原为 ${value}）`,
  },
});

export type NetworkInfluenceStrings = (typeof strings)['en'];
