import { zh } from '../lib/cjk-space.ts';
import { defineStrings } from '../lib/i18n.tsx';

/** The sign of a slope in words and which way gradient descent moves the parameter (model.ts `slopeInWords`). */
export interface SlopeWords {
  sign: string;
  move: string;
}

/** Every string LossSlice shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'The loss along one parameter',
    parameter: 'Parameter',
    option: (symbol: string, name: string) => `${symbol}: ${name}`,
    value: (symbol: string) => `Value of ${symbol}`,
    valueHint: (name: string, start: string) => `The ${name}. It started at ${start}; the other six parameters stay where they are.`,
    h: 'Difference step h',
    hHint: 'Logarithmic scale. The central difference uses the loss at w − h and w + h.',
    status: (symbol: string, w: string, loss: string, slope: string, words: SlopeWords) =>
      `${symbol} = ${w}: loss ${loss}, ∂L/∂w = ${slope} is ${words.sign}; ${words.move}.`,
    slope: {
      undefined: { sign: 'not defined', move: 'cannot say which way to move' },
      zero: { sign: 'zero: the loss is flat along this parameter here', move: 'gradient descent leaves it where it is' },
      positive: { sign: 'positive: the loss rises as this parameter grows', move: 'gradient descent would decrease it' },
      negative: { sign: 'negative: the loss falls as this parameter grows', move: 'gradient descent would increase it' },
    },
    /** Names of the network's units and parameters (model.ts `parameterNames`). */
    names: {
      input: 'input',
      inputN: (i: number) => `input ${i}`,
      output: 'output',
      outputN: (i: number) => `output ${i}`,
      hidden: (i: number) => `hidden unit ${i}`,
      weight: (from: string, to: string) => `weight from ${from} to ${to}`,
      bias: (unit: string) => `bias of ${unit}`,
    },
    label: (symbol: string, name: string) => `Loss along ${symbol}, the ${name}, with the other parameters held`,
    description: (symbol: string, lo: number, hi: number, w: string, slope: string, direction: number) =>
      `The loss curve as ${symbol} runs from ${lo} to ${hi}; the current value ${w} is marked with its tangent line of slope ${slope}${direction ? ` and an arrow pointing ${direction < 0 ? 'left' : 'right'}, the way gradient descent would move it` : ''}.`,
    yAxis: 'loss L',
    arrow: 'descent',
    readout: 'Derivative read-out',
    backprop: '∂L/∂w, backprop',
    central: 'central difference',
    difference: 'difference',
    step: 'step h',
  },
  'zh-cn': {
    title: '沿一个参数看损失',
    parameter: '参数',
    option: (symbol: string, name: string) => `${symbol}：${name}`,
    value: (symbol: string) => `${symbol} 的值`,
    valueHint: (name: string, start: string) => `${name}。它的初始值为 ${start}；其余六个参数保持不变。`,
    h: '差分步长 h',
    hHint: '对数刻度。中心差分用到 w − h 和 w + h 两处的损失。',
    status: (symbol: string, w: string, loss: string, slope: string, words: SlopeWords) =>
      `${symbol} = ${w}：损失 ${loss}，∂L/∂w = ${slope} ${words.sign}；${words.move}。`,
    slope: {
      undefined: { sign: '无定义', move: '无法判断该往哪个方向移动' },
      zero: { sign: '为零：损失在这里沿这个参数是平的', move: '梯度下降让它留在原处' },
      positive: { sign: '为正：这个参数增大时损失上升', move: '梯度下降会减小它' },
      negative: { sign: '为负：这个参数增大时损失下降', move: '梯度下降会增大它' },
    },
    names: {
      input: '输入',
      inputN: (i: number) => `输入 ${i}`,
      output: '输出',
      outputN: (i: number) => `输出 ${i}`,
      hidden: (i: number) => `隐藏单元 ${i}`,
      weight: (from: string, to: string) => zh`从${from}到${to}的权重`,
      bias: (unit: string) => zh`${unit}的偏置`,
    },
    label: (symbol: string, name: string) => `沿 ${symbol}（${name}）的损失，其余参数保持不变`,
    description: (symbol: string, lo: number, hi: number, w: string, slope: string, direction: number) =>
      `${symbol} 从 ${lo} 变到 ${hi} 时的损失曲线；当前值 ${w} 处画出了斜率为 ${slope} 的切线${direction ? `，以及一个指向${direction < 0 ? '左' : '右'}的箭头，即梯度下降移动它的方向` : ''}。`,
    yAxis: '损失 L',
    arrow: '下降方向',
    readout: '导数读数',
    backprop: '∂L/∂w（反向传播）',
    central: '中心差分',
    difference: '两者之差',
    step: '步长 h',
  },
});

export type LossSliceStrings = (typeof strings)['en'];
