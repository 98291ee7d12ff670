import { defineStrings } from '../lib/i18n.tsx';

/** Every string SaddleView shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Stuck at a saddle point',
    offset: 'Start off the ridge ε',
    offsetHint: 'Logarithmic scale. How far above the line y = 0 the run starts; on the line it would never leave the saddle.',
    startX: 'Start x',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale.',
    stopped: (step: number, reason: string) => `Stopped at step ${step}: ${reason}`,
    status: (
      step: number,
      x: string,
      y: string,
      loss: string,
      near: number,
      radius: number,
      saddle: string,
      estimate: number,
      reached: number | null,
    ) =>
      `Step ${step}: (x, y) = (${x}, ${y}), loss = ${loss}. ${near} of these steps were within ${radius} of the saddle, where the loss is ${saddle}. ` +
      (reached === null
        ? '|y| has not yet reached 0.5, half-way to a minimum'
        : `|y| reached 0.5, half-way to a minimum, at step ${reached}`) +
      `; the estimate of that step, ln(0.5/ε)/ln(1 + α), is ≈ ${estimate} steps.`,
    label: (step: number, last: number) => `Gradient descent near a saddle point, step ${step} of ${last}`,
    description: (sx: string, sy: string, x: string, y: string) =>
      `Contour map of f(x, y) = x² + ¼(y² − 1)², a saddle at the origin between minima at (0, 1) and (0, −1), with the path from (${sx}, ${sy}); the current point is (${x}, ${y}).`,
    lossLabel: 'Loss against step',
    lossDescription: (saddle: string) =>
      `The loss falls quickly to the saddle's value ${saddle}, stays there for a plateau, then drops to 0 when the run escapes.`,
    stepAxis: 'step',
    lossAxis: 'loss',
    saddleMark: 'saddle',
  },
  'zh-cn': {
    title: '困在鞍点',
    offset: '起点离脊线的距离 ε',
    offsetHint: '对数刻度。起点在直线 y = 0 上方多远；如果正好落在这条线上，运行就永远离不开鞍点。',
    startX: '起点 x',
    lr: '学习率 α',
    lrHint: '对数刻度。',
    stopped: (step: number, reason: string) => `在第 ${step} 步停止：${reason}`,
    status: (
      step: number,
      x: string,
      y: string,
      loss: string,
      near: number,
      radius: number,
      saddle: string,
      estimate: number,
      reached: number | null,
    ) =>
      `第 ${step} 步：(x, y) = (${x}, ${y})，损失 = ${loss}。到这一步为止，有 ${near} 步落在鞍点周围 ${radius} 以内（鞍点处的损失为 ${saddle}）。` +
      (reached === null ? '|y| 还没有达到 0.5（去极小值的半路）' : `|y| 在第 ${reached} 步达到 0.5（去极小值的半路）`) +
      `；估计式 ln(0.5/ε)/ln(1 + α) 给出的这一步 ≈ ${estimate} 步。`,
    label: (step: number, last: number) => `鞍点附近的梯度下降，第 ${step} 步，共 ${last} 步`,
    description: (sx: string, sy: string, x: string, y: string) =>
      `f(x, y) = x² + ¼(y² − 1)² 的等高线图：原点是一个鞍点，两侧的极小值位于 (0, 1) 和 (0, −1)。图中画出从 (${sx}, ${sy}) 出发的路径；当前点为 (${x}, ${y})。`,
    lossLabel: '损失随步数的变化',
    lossDescription: (saddle: string) => `损失先迅速降到鞍点处的值 ${saddle}，在那里停留，形成一段平台区；运行逃离鞍点后，损失再降到 0。`,
    stepAxis: '步数',
    lossAxis: '损失',
    saddleMark: '鞍点',
  },
});
