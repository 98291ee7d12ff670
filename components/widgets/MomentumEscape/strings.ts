import { defineStrings } from '../lib/i18n.tsx';

/** Every string MomentumEscape shows, per language (the outcome sentences are in model.ts). */
/**
 * The course's sign convention beside a printed velocity: w ← w − v, so a negative v moves w to
 * the right, the way the arrows point (nothing is added for v = 0).
 */
const signOf = (v: string, negative: string, positive: string): string =>
  v.startsWith('-') || v.startsWith('−') ? negative : Number(v) === 0 ? '' : positive;

export const strings = defineStrings({
  en: {
    title: 'Can momentum roll out of the shallow minimum?',
    momentum: 'Momentum μ',
    momentumHint: '0 turns momentum into plain gradient descent.',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale.',
    stopped: (step: number, reason: string) => `Stopped at step ${step}: ${reason}`,
    status: (step: number, gd: string, momentum: string, v: string, last: number, gdEnd: string, momentumEnd: string) =>
      `step ${step}: GD at w = ${gd}, Momentum at w = ${momentum} with velocity v = ${v}${signOf(v, ' (each step is w ← w − v, so a negative v moves right)', ' (each step is w ← w − v, so a positive v moves left)')}. ` +
      `After ${last} steps GD ${gdEnd}; Momentum ${momentumEnd}.`,
    label: (step: number, last: number) =>
      `Gradient descent and momentum on the two-minima curve, step ${step} of ${last}`,
    description: (gd: string, momentum: string) =>
      `The curve has a shallow minimum at w = −1.2 and a deeper one at w = 1.6, separated by a hump at w = 0. ` +
      `Orange dots: gradient descent, now at w = ${gd}. Blue dots: momentum, now at w = ${momentum}; ` +
      `each blue arrow is one step, the velocity v of that step.`,
    gdLegend: 'Gradient descent',
    momentumLegend: 'Momentum (arrows: velocity v of each step)',
    lossAxis: 'loss',
    shallow: 'shallow',
    deeper: 'deeper',
  },
  'zh-cn': {
    title: '动量能让小球滚出较浅的极小值吗？',
    momentum: '动量系数 μ',
    momentumHint: '取 0 时，Momentum 就成了普通的梯度下降。',
    lr: '学习率 α',
    lrHint: '对数刻度。',
    stopped: (step: number, reason: string) => `在第 ${step} 步停止：${reason}`,
    status: (step: number, gd: string, momentum: string, v: string, last: number, gdEnd: string, momentumEnd: string) =>
      `第 ${step} 步：梯度下降位于 w = ${gd}，Momentum 位于 w = ${momentum}，速度 v = ${v}${signOf(v, '（每一步是 w ← w − v，所以 v 为负时向右走）', '（每一步是 w ← w − v，所以 v 为正时向左走）')}。` +
      `${last} 步之后，梯度下降${gdEnd}；Momentum ${momentumEnd}。`,
    label: (step: number, last: number) => `双极小值曲线上的梯度下降与 Momentum，第 ${step} 步，共 ${last} 步`,
    description: (gd: string, momentum: string) =>
      `曲线在 w = −1.2 处有一个较浅的极小值，在 w = 1.6 处有一个较深的极小值，两者之间隔着 w = 0 处的山丘。` +
      `橙色圆点：梯度下降，当前位于 w = ${gd}。蓝色圆点：Momentum，当前位于 w = ${momentum}；` +
      `每个蓝色箭头是一步，也就是这一步的速度 v。`,
    gdLegend: '梯度下降',
    momentumLegend: 'Momentum（箭头：每一步的速度 v）',
    lossAxis: '损失',
    shallow: '较浅',
    deeper: '较深',
  },
});
