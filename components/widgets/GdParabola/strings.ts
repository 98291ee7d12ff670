import { defineStrings } from '../lib/i18n.tsx';

/** Every string GdParabola shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Gradient descent on L(w) = w²',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale. Gradient descent on this curve converges only for α below 1.',
    start: 'Start w₀',
    regime: {
      steady: 'moves steadily toward 0',
      oneStep: 'lands on 0 in one step: the factor 1 − 2α is 0',
      oscillates: 'overshoots 0 and oscillates as it converges',
      bounces: 'bounces between ±w₀ forever',
      diverges: 'overshoots further each step: it diverges',
    },
    stopped: (step: number, reason: string) => `Stopped at step ${step}: ${reason}`,
    status: (step: number, w: string, loss: string, lr: string, regime: string) =>
      `step ${step}: w = ${w}, loss = ${loss}. With α = ${lr} the run ${regime}.`,
    label: (step: number, last: number) => `Gradient descent on L(w) = w², step ${step} of ${last}`,
    description: (count: number, w: string, loss: string) =>
      `The parabola L(w) = w² with the first ${count} iterates of gradient descent drawn as dots; the current weight is ${w} with loss ${loss}.`,
    yAxis: 'loss L(w)',
  },
  'zh-cn': {
    title: '在 L(w) = w² 上做梯度下降',
    lr: '学习率 α',
    lrHint: '对数刻度。在这条曲线上，只有 α 小于 1 时梯度下降才会收敛。',
    start: '起点 w₀',
    regime: {
      steady: '稳步向 0 靠近',
      oneStep: '一步就落到 0：因子 1 − 2α 为 0',
      oscillates: '越过 0 来回振荡，但逐渐收敛',
      bounces: '在 ±w₀ 之间永远来回弹跳',
      diverges: '每一步都越冲越远：它发散了',
    },
    stopped: (step: number, reason: string) => `在第 ${step} 步停止：${reason}`,
    status: (step: number, w: string, loss: string, lr: string, regime: string) =>
      `第 ${step} 步：w = ${w}，损失 = ${loss}。α = ${lr} 时，这次运行${regime}。`,
    label: (step: number, last: number) => `在 L(w) = w² 上做梯度下降，第 ${step} 步，共 ${last} 步`,
    description: (count: number, w: string, loss: string) =>
      `抛物线 L(w) = w²，圆点是梯度下降的前 ${count} 个迭代点；当前权重为 ${w}，损失为 ${loss}。`,
    yAxis: '损失 L(w)',
  },
});
