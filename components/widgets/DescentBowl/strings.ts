import { defineStrings } from '../lib/i18n.tsx';

/** Every string DescentBowl shows, per language. `bound` is boundSentence's "α = … < 2/λmax = …: good". */
export const strings = defineStrings({
  en: {
    title: 'Gradient descent on an ill-conditioned bowl',
    lr: 'Learning rate α',
    lrHint: "Logarithmic scale. The bowl's curvatures are 1 and 20, so gradient descent converges only for α below 2/20 = 0.1.",
    stopped: (bound: string, step: number, reason: string) => `${bound}. Stopped at step ${step}: ${reason}`,
    status: (bound: string, step: number, loss: string, along: string, across: string) =>
      `${bound}. Step ${step}: loss = ${loss}; distance along the valley ${along}, across it ${across}.`,
    label: (step: number, last: number) => `Gradient descent on the ill-conditioned bowl, step ${step} of ${last}`,
    description: (count: number, x: string, y: string, loss: string) =>
      `Contour map of f(x, y) = ¼(x + y)² + 5(x − y)², a narrow valley along the diagonal, with the first ${count} iterates from (−2.5, −0.5); the current point is (${x}, ${y}) with loss ${loss}.`,
    lossLabel: 'Loss against step, logarithmic scale',
    lossDescription: (last: number) => `The loss at each of the ${last + 1} steps on a logarithmic axis.`,
    stepAxis: 'step',
    logLossAxis: 'loss (log)',
  },
  'zh-cn': {
    title: '病态碗形曲面上的梯度下降',
    lr: '学习率 α',
    lrHint: '对数刻度。这个碗的两个曲率是 1 和 20，所以只有 α 小于 2/20 = 0.1 时，梯度下降才会收敛。',
    stopped: (bound: string, step: number, reason: string) => `${bound}。在第 ${step} 步停止：${reason}`,
    status: (bound: string, step: number, loss: string, along: string, across: string) =>
      `${bound}。第 ${step} 步：损失 = ${loss}；沿山谷方向的距离为 ${along}，横跨山谷方向的距离为 ${across}。`,
    label: (step: number, last: number) => `病态碗形曲面上的梯度下降，第 ${step} 步，共 ${last} 步`,
    description: (count: number, x: string, y: string, loss: string) =>
      `f(x, y) = ¼(x + y)² + 5(x − y)² 的等高线图：一条沿对角线的狭长山谷。图中画出从 (−2.5, −0.5) 出发的前 ${count} 个迭代点；当前点为 (${x}, ${y})，损失为 ${loss}。`,
    lossLabel: '损失随步数的变化（对数刻度）',
    lossDescription: (last: number) => `从第 0 步到第 ${last} 步的损失，纵轴为对数刻度。`,
    stepAxis: '步数',
    logLossAxis: '损失（对数）',
  },
});
