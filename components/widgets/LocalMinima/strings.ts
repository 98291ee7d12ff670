import { defineStrings } from '../lib/i18n.tsx';

/** How many of the many starts end where (see model.ts `tally`). */
export interface Counts {
  local: number;
  global: number;
  unsettled: number;
  diverged: number;
}

/** Every string LocalMinima shows, per language. Basin 0 is the global minimum, 1 the local one. */
export const strings = defineStrings({
  en: {
    title: 'Which minimum does gradient descent find?',
    start: 'Start w₀',
    startHint: 'You can also click or tap the curve to start there.',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale.',
    many: (starts: number) => `Many starts (${starts})`,
    basinName: ['the global minimum (w = 1.6)', 'the local minimum (w = −1.2)'] as readonly string[],
    /** The short tags drawn above the two minima. */
    kind: { global: 'global', local: 'local' },
    manyStatus: (starts: number, lr: string, c: Counts, steps: number) => {
      const parts = [`${c.local} end in the local minimum (w = −1.2)`, `${c.global} in the global minimum (w = 1.6)`];
      if (c.unsettled) parts.push(`${c.unsettled} have not settled after ${steps} steps`);
      if (c.diverged) parts.push(`${c.diverged} diverge`);
      return `${starts} starts from −2.4 to 2.4 with α = ${lr}: ${parts.join(', ')}.`;
    },
    stopped: (start: string, step: number, reason: string) => `From w₀ = ${start}: stopped at step ${step}: ${reason}`,
    settled: (basin: string, slope: string) => `It has settled in ${basin}, where the slope is ${slope}.`,
    moving: 'It is still moving.',
    status: (start: string, step: number, w: string, loss: string, where: string) =>
      `From w₀ = ${start}, step ${step}: w = ${w}, loss = ${loss}. ${where}`,
    labelMany: (starts: number) => `Basins of attraction of the two minima, ${starts} starts`,
    labelRun: (start: string, step: number, last: number) =>
      `Gradient descent on a curve with two minima from w₀ = ${start}, step ${step} of ${last}`,
    descriptionMany:
      'Each start is a dot on the curve coloured by the minimum its run ends in: the local minimum at −1.2 or the global one at 1.6; grey for runs that have not settled or diverged.',
    descriptionRun: (count: number, start: string, w: string) =>
      `The curve with a shallow minimum at −1.2 and a deeper one at 1.6, with the first ${count} iterates from ${start} as dots; the current weight is ${w}.`,
    yAxis: 'loss',
    legend: 'Where each start ends',
    legendItems: ['ends in the local minimum', 'ends in the global minimum', 'has not settled or diverged'] as readonly string[],
  },
  'zh-cn': {
    title: '梯度下降会找到哪个极小值？',
    start: '起点 w₀',
    startHint: '也可以直接点击或轻触曲线，从那里出发。',
    lr: '学习率 α',
    lrHint: '对数刻度。',
    many: (starts: number) => `多个起点（${starts} 个）`,
    basinName: ['全局最小值（w = 1.6）', '局部极小值（w = −1.2）'] as readonly string[],
    kind: { global: '全局最小', local: '局部极小' },
    manyStatus: (starts: number, lr: string, c: Counts, steps: number) => {
      const parts = [`${c.local} 个停在局部极小值（w = −1.2）`, `${c.global} 个停在全局最小值（w = 1.6）`];
      if (c.unsettled) parts.push(`${c.unsettled} 个走完 ${steps} 步仍未停稳`);
      if (c.diverged) parts.push(`${c.diverged} 个发散`);
      return `从 −2.4 到 2.4 均匀取 ${starts} 个起点，α = ${lr}：${parts.join('，')}。`;
    },
    stopped: (start: string, step: number, reason: string) => `从 w₀ = ${start} 出发：在第 ${step} 步停止：${reason}`,
    settled: (basin: string, slope: string) => `它已停在${basin}，那里的斜率为 ${slope}。`,
    moving: '它仍在移动。',
    status: (start: string, step: number, w: string, loss: string, where: string) =>
      `从 w₀ = ${start} 出发，第 ${step} 步：w = ${w}，损失 = ${loss}。${where}`,
    labelMany: (starts: number) => `两个极小值的吸引域，${starts} 个起点`,
    labelRun: (start: string, step: number, last: number) =>
      `在有两个极小值的曲线上从 w₀ = ${start} 出发做梯度下降，第 ${step} 步，共 ${last} 步`,
    descriptionMany:
      '每个起点是曲线上的一个圆点，颜色表示从它出发的运行最终停在哪个极小值：−1.2 处的局部极小值，或 1.6 处的全局最小值；灰色表示尚未停稳或已发散的运行。',
    descriptionRun: (count: number, start: string, w: string) =>
      `这条曲线在 −1.2 处有一个较浅的极小值，在 1.6 处有一个更深的极小值；圆点是从 ${start} 出发的前 ${count} 个迭代点，当前权重为 ${w}。`,
    yAxis: '损失',
    legend: '每个起点的去向',
    legendItems: ['停在局部极小值', '停在全局最小值', '未停稳或已发散'] as readonly string[],
  },
});
