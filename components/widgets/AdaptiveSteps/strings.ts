import { axisValley } from '../../../src/engine/problems/index.ts';
import { illConditioned } from '../../../src/engine/problems/index.ts';
import { defineStrings } from '../lib/i18n.tsx';
import { asClause } from '../lib/sentences.ts';


/** Every string AdaptiveSteps shows, per language. Optimizer names stay as they are. */
export const strings = defineStrings({
  en: {
    /** The surfaces' names, by id (English: the engine's titles). */
    surfaces: { axisValley: axisValley.title, illConditioned: illConditioned.title },
    /** Several optimizer names in one phrase. */
    names: (titles: readonly string[]) => titles.join(' and '),
    title: (names: string) => `${names}: one step size per parameter`,
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale. For these optimizers α is roughly the length of a step in each coordinate.',
    decay: 'RMSProp decay γ',
    decayHint: 'The cache averages squared gradients over roughly the last 1 / (1 − γ) steps.',
    noise: 'Gradient noise σ',
    noiseHint: 'Gaussian noise added to each gradient component, like a mini-batch gradient.',
    surface: 'Surface',
    length: 'Run length',
    lengthOption: (steps: string) => `${steps} steps`,
    /** One optimizer's part of the status line. */
    part: (title: string, x: string, y: string, loss: string) => `${title} at (${x}, ${y}), loss ${loss}`,
    effective: (x: string, y: string) => `; effective step α/(√c + ε): ${x} for x, ${y} for y`,
    stopped: (step: number, reason: string) => ` (stopped at step ${step}: ${asClause(reason)})`,
    status: (step: number, last: number, parts: readonly string[]) => `Step ${step} of ${last}. ${parts.join('. ')}.`,
    mapLabel: (names: string, surface: string, step: number) => `${names} on ${surface}, step ${step}`,
    mapDescription: (names: string, surface: string, x: string, y: string, step: number) =>
      `Contour lines of ${surface} with the path of ${names} from (${x}, ${y}) up to step ${step}; the minimum is at the origin.`,
    legendNote: 'solid: x, dashed: y',
    cacheLabel: (last: number) => `Cache c of each parameter over steps 1 to ${last}, logarithmic axes`,
    cacheDescription: (step: number) =>
      `Solid lines: the x parameter; dashed: the y parameter. Drawn up to step ${step}. Adagrad's cache only grows; RMSProp's levels off at the recent mean squared gradient.`,
    effLabel: (last: number) => `Effective step size α / (√c + ε) of each parameter over steps 1 to ${last}, logarithmic axes`,
    effDescription: (step: number) =>
      `Solid lines: the x parameter; dashed: the y parameter; dotted grey: a line falling like 1/√t. Drawn up to step ${step}.`,
    timeAxis: 'step t (log scale)',
    cacheAxis: 'cache c',
    effAxis: 'effective step α/(√c+ε)',
  },
  'zh-cn': {
    surfaces: { axisValley: '轴对齐的山谷', illConditioned: '病态山谷' },
    names: (titles: readonly string[]) =>
      titles.length < 2 ? titles.join('') : `${titles.slice(0, -1).join('、')} 与 ${titles[titles.length - 1]}`,
    title: (names: string) => `${names}：每个参数一个步长`,
    lr: '学习率 α',
    lrHint: '对数刻度。对这些优化器来说，α 大致就是每个坐标上一步的长度。',
    decay: 'RMSProp 衰减率 γ',
    decayHint: '累加器对大约最近 1 / (1 − γ) 步的梯度平方取平均。',
    noise: '梯度噪声 σ',
    noiseHint: '在梯度的每个分量上加入高斯噪声，模拟小批量梯度。',
    surface: '曲面',
    length: '总步数',
    lengthOption: (steps: string) => `${steps} 步`,
    part: (title: string, x: string, y: string, loss: string) => `${title} 位于 (${x}, ${y})，损失 ${loss}`,
    effective: (x: string, y: string) => `；有效步长 α/(√c + ε)：x 为 ${x}，y 为 ${y}`,
    stopped: (step: number, reason: string) => `（在第 ${step} 步停止：${asClause(reason)}）`,
    status: (step: number, last: number, parts: readonly string[]) => `第 ${step} 步（共 ${last} 步）。${parts.join('。')}。`,
    mapLabel: (names: string, surface: string, step: number) => `${names} 在${surface}上，第 ${step} 步`,
    mapDescription: (names: string, surface: string, x: string, y: string, step: number) =>
      `${surface}的等高线，以及 ${names} 从 (${x}, ${y}) 出发、直到第 ${step} 步的路径；极小值在原点。`,
    legendNote: '实线：x，虚线：y',
    cacheLabel: (last: number) => `每个参数的累加器 c，第 1 到第 ${last} 步，双对数坐标`,
    cacheDescription: (step: number) =>
      `实线：参数 x；虚线：参数 y。画到第 ${step} 步。Adagrad 的累加器只增不减；RMSProp 的累加器则稳定在近期梯度平方的平均值附近。`,
    effLabel: (last: number) => `每个参数的有效步长 α / (√c + ε)，第 1 到第 ${last} 步，双对数坐标`,
    effDescription: (step: number) => `实线：参数 x；虚线：参数 y；灰色点线：按 1/√t 下降的参考线。画到第 ${step} 步。`,
    timeAxis: '步数 t（对数刻度）',
    cacheAxis: '累加器 c',
    effAxis: '有效步长 α/(√c+ε)',
  },
});
