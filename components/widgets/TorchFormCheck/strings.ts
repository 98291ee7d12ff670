import { defineStrings } from '../lib/i18n.tsx';

/** Every string TorchFormCheck shows, per language. Optimizer names and PyTorch's calls stay as they are. */
export const strings = defineStrings({
  en: {
    title: (nag: boolean): string => (nag ? 'NAG in the course’s form and in PyTorch’s' : 'Momentum in the course’s form and in PyTorch’s'),
    ruleLabel: (nag: boolean): string =>
      nag ? 'PyTorch’s update rule, SGD(momentum=μ, nesterov=True), as the widget runs it' : 'PyTorch’s update rule, SGD(momentum=μ), as the widget runs it',
    problems: { twoMinima: 'Two minima (1-D)', illConditioned: 'Straight valley (2-D)', ravine: 'Winding ravine (2-D)' },
    loss: 'Loss',
    momentum: 'Momentum μ',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale.',
    decay: (step: number) => `Halve α after step ${step}`,
    halved: 'α halved',
    ourName: (nag: boolean): string => (nag ? 'Course NAG: look-ahead w − μv' : 'Course momentum: w'),
    torchName: (nag: boolean): string => (nag ? 'PyTorch SGD(nesterov=True): parameters' : 'PyTorch SGD(momentum): parameters'),
    dots: (name: string) => `${name} (dots)`,
    decayVerdict: (half: number, difference: string) =>
      `With α halved after step ${half}, the two forms part: the largest difference is ${difference}. The course's v still carries the old α; PyTorch rescales its whole buffer by the new one.`,
    constantVerdict: (steps: number, difference: string, exact: boolean) =>
      `Over ${steps} steps at a constant α the largest difference between the two paths is ${difference}: ${exact ? 'identical to the last bit' : 'rounding only'}.`,
    grownVerdict: (steps: number, difference: string) =>
      `Over ${steps} steps the largest difference is ${difference}: rounding, amplified by a run that grows quickly.`,
    stopped: (step: number, reason: string, verdict: string) => `Stopped at step ${step}: ${reason} ${verdict}`,
    label: (nag: boolean, steps: number) => `${nag ? 'NAG' : 'Momentum'}: the course's form against PyTorch's, first coordinate over ${steps} steps`,
    description: (ours: string, torch: string, difference: string) => `Line: ${ours}. Dots: ${torch}. The largest difference between them is ${difference}.`,
    stepAxis: 'step t',
    firstCoordinate: 'x (first coordinate)',
  },
  'zh-cn': {
    title: (nag: boolean) => (nag ? 'NAG：本课程的形式与 PyTorch 的形式' : 'Momentum：本课程的形式与 PyTorch 的形式'),
    ruleLabel: (nag: boolean) =>
      nag ? '交互组件所运行的 PyTorch 更新规则：SGD(momentum=μ, nesterov=True)' : '交互组件所运行的 PyTorch 更新规则：SGD(momentum=μ)',
    problems: { twoMinima: '两个极小值（一维）', illConditioned: '笔直的山谷（二维）', ravine: '弯曲的狭长山谷（二维）' },
    loss: '损失函数',
    momentum: '动量系数 μ',
    lr: '学习率 α',
    lrHint: '对数刻度。',
    decay: (step: number) => `第 ${step} 步之后把 α 减半`,
    halved: 'α 减半',
    ourName: (nag: boolean) => (nag ? '本课程的 NAG：前瞻点 w − μv' : '本课程的 Momentum：w'),
    torchName: (nag: boolean) => (nag ? 'PyTorch SGD(nesterov=True)：参数' : 'PyTorch SGD(momentum)：参数'),
    dots: (name: string) => `${name}（圆点）`,
    decayVerdict: (half: number, difference: string) =>
      `第 ${half} 步之后 α 减半，两种形式就分道扬镳了：最大差值为 ${difference}。本课程的 v 里仍带着旧的 α；PyTorch 则把整个缓冲区乘以新的 α。`,
    constantVerdict: (steps: number, difference: string, exact: boolean) =>
      `α 保持不变时，${steps} 步内两条路径的最大差值为 ${difference}：${exact ? '连最后一位都完全相同' : '只有舍入误差'}。`,
    grownVerdict: (steps: number, difference: string) => `${steps} 步内的最大差值为 ${difference}：这是舍入误差，被一次迅速增长的运行放大了。`,
    stopped: (step: number, reason: string, verdict: string) => `在第 ${step} 步停止：${reason}${verdict}`,
    label: (nag: boolean, steps: number) => `${nag ? 'NAG' : 'Momentum'}：本课程的形式与 PyTorch 的形式对比，${steps} 步内的第一个坐标`,
    description: (ours: string, torch: string, difference: string) => `折线：${ours}。圆点：${torch}。两者的最大差值为 ${difference}。`,
    stepAxis: '步数 t',
    firstCoordinate: 'x（第一个坐标）',
  },
});
