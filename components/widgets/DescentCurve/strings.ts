import { defineStrings } from '../lib/i18n.tsx';

/** Every string DescentCurve shows, per language. `bound` is boundSentence's "α = … < 2/λ = …: good". */
export const strings = defineStrings({
  en: {
    title: 'Gradient descent on L(w) = ½λw²',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale. On this bowl gradient descent converges only for α below 2 divided by the curvature.',
    curvature: 'Curvature λ',
    curvatureHint: 'Logarithmic scale. A larger curvature means a steeper, narrower bowl.',
    stopped: (bound: string, step: number, reason: string) => `${bound}. Stopped at step ${step}: ${reason}`,
    status: (bound: string, step: number, w: string, loss: string, factor: string) =>
      `${bound}. Step ${step}: w = ${w}, loss = ${loss}. Each step multiplies w by 1 − αλ = ${factor}.`,
    label: (lambda: string, step: number, last: number) => `Gradient descent on L(w) = ½λw² with λ = ${lambda}, step ${step} of ${last}`,
    description: (count: number, w: string, loss: string) =>
      `The bowl with the first ${count} iterates as dots; the current weight is ${w} with loss ${loss}.`,
    lossLabel: 'Loss against step, logarithmic scale',
    lossDescription: (last: number) =>
      `The loss at each of the ${last + 1} steps of the run on a logarithmic axis; a straight falling line means steady convergence, a rising one divergence.`,
    lossAxis: 'loss',
    stepAxis: 'step',
    logLossAxis: 'loss (log)',
  },
  'zh-cn': {
    title: '在 L(w) = ½λw² 上做梯度下降',
    lr: '学习率 α',
    lrHint: '对数刻度。在这个碗形曲线上，只有 α 小于 2 除以曲率时，梯度下降才会收敛。',
    curvature: '曲率 λ',
    curvatureHint: '对数刻度。曲率越大，碗越陡、越窄。',
    stopped: (bound: string, step: number, reason: string) => `${bound}。在第 ${step} 步停止：${reason}`,
    status: (bound: string, step: number, w: string, loss: string, factor: string) =>
      `${bound}。第 ${step} 步：w = ${w}，损失 = ${loss}。每一步都把 w 乘以 1 − αλ = ${factor}。`,
    label: (lambda: string, step: number, last: number) => `在 L(w) = ½λw² 上做梯度下降，λ = ${lambda}，第 ${step} 步，共 ${last} 步`,
    description: (count: number, w: string, loss: string) => `碗形曲线，圆点是前 ${count} 个迭代点；当前权重为 ${w}，损失为 ${loss}。`,
    lossLabel: '损失随步数的变化（对数刻度）',
    lossDescription: (last: number) =>
      `这次运行从第 0 步到第 ${last} 步的损失，纵轴为对数刻度：一条笔直下降的线表示稳定收敛，上升的线表示发散。`,
    lossAxis: '损失',
    stepAxis: '步数',
    logLossAxis: '损失（对数）',
  },
});
