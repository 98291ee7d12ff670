import { defineStrings } from '../lib/i18n.tsx';

/** What the status line says when neither run diverged. `lastPass` is null when the batch is the whole set. */
export interface BatchNoiseSummary {
  epochs: number;
  n: number;
  fullSteps: number;
  fullLoss: string;
  batchSize: number;
  /** The mini-batch run is the full batch (batch size = n). */
  isFull: boolean;
  miniSteps: number;
  miniLoss: string;
  lastPass: [string, string] | null;
  best: string;
}

/** Every string BatchNoise shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Full batch against mini-batches',
    batch: 'Batch size',
    all: (n: number) => `${n} (all)`,
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale.',
    seed: 'Shuffle seed',
    epochs: 'Passes over the data',
    summary: (d: BatchNoiseSummary) =>
      `After ${d.epochs} ${d.epochs === 1 ? 'pass' : 'passes'} over the ${d.n} points: full batch took ${d.fullSteps} steps, loss ${d.fullLoss}; ` +
      `${d.isFull ? 'the “mini-batch” run (here the whole set, so the same run)' : `mini-batches of ${d.batchSize}`} took ${d.miniSteps} steps, loss ${d.miniLoss}` +
      (d.lastPass ? `, wandering between ${d.lastPass[0]} and ${d.lastPass[1]} in the last pass` : '') +
      `. Best possible: ${d.best}.`,
    fullStopped: (step: number, reason: string) => `Full batch stopped at step ${step}: ${reason}`,
    miniStopped: (batchSize: number, step: number, reason: string) => `Mini-batches of ${batchSize} stopped at step ${step}: ${reason}`,
    diverged: (lr: string, bound: string, parts: readonly string[]) => `α = ${lr} (full-batch bound 2/λmax = ${bound}). ${parts.join(' ')}`,
    legendFull: '● full batch',
    legendMini: '● mini-batches',
    legendBest: '× best line',
    slope: 'slope a',
    intercept: 'intercept b',
    mapLabel: 'Paths of full-batch and mini-batch gradient descent on the loss contours',
    mapDescription: (fullSteps: number, batchSize: number, miniSteps: number, a: string, b: string) =>
      `Contour map of the mean squared error over slope and intercept. Full batch (${fullSteps} steps) and mini-batches of ${batchSize} (${miniSteps} steps) start at slope 0, intercept 2; the least-squares line is at slope ${a}, intercept ${b}.`,
    lossLabel: 'Loss above the best line against passes over the data, logarithmic',
    lossDescription: (full: string, mini: string) => `Full batch ends ${full} above the best loss, mini-batches ${mini} above it.`,
    passesAxis: 'passes over the data',
    gapAxis: 'loss − best (log)',
    dataLabel: 'The data and the two fitted lines',
    dataDescription: (n: number) => `${n} points scattered around a rising line, with the line each run ended on.`,
  },
  'zh-cn': {
    title: '全批量与小批量对比',
    batch: '批量大小',
    all: (n: number) => `${n}（全部）`,
    lr: '学习率 α',
    lrHint: '对数刻度。',
    seed: '打乱顺序的种子',
    epochs: '遍历数据的轮数',
    summary: (d: BatchNoiseSummary) =>
      `把 ${d.n} 个数据点遍历 ${d.epochs} 轮后：全批量走了 ${d.fullSteps} 步，损失 ${d.fullLoss}；` +
      `${d.isFull ? '“小批量”运行（这里的批量就是整个数据集，所以两次运行完全相同）' : `批量大小为 ${d.batchSize} 的小批量`}走了 ${d.miniSteps} 步，损失 ${d.miniLoss}` +
      (d.lastPass ? `，最后一轮在 ${d.lastPass[0]} 到 ${d.lastPass[1]} 之间波动` : '') +
      `。可能达到的最低损失：${d.best}。`,
    fullStopped: (step: number, reason: string) => `全批量在第 ${step} 步停止：${reason}`,
    miniStopped: (batchSize: number, step: number, reason: string) => `批量大小为 ${batchSize} 的小批量在第 ${step} 步停止：${reason}`,
    diverged: (lr: string, bound: string, parts: readonly string[]) => `α = ${lr}（全批量的上限 2/λ = ${bound}，λ 为黑塞矩阵的最大特征值）。${parts.join('')}`,
    legendFull: '● 全批量',
    legendMini: '● 小批量',
    legendBest: '× 最优直线',
    slope: '斜率 a',
    intercept: '截距 b',
    mapLabel: '全批量与小批量梯度下降在损失等高线上的路径',
    mapDescription: (fullSteps: number, batchSize: number, miniSteps: number, a: string, b: string) =>
      `均方误差关于斜率和截距的等高线图。全批量（${fullSteps} 步）和批量大小为 ${batchSize} 的小批量（${miniSteps} 步）都从斜率 0、截距 2 出发；最小二乘直线的斜率为 ${a}，截距为 ${b}。`,
    lossLabel: '损失比最优直线高出多少，随遍历轮数的变化，对数刻度',
    lossDescription: (full: string, mini: string) => `最终，全批量的损失比最低损失高 ${full}，小批量高 ${mini}。`,
    passesAxis: '遍历轮数',
    gapAxis: '损失 − 最低损失（对数）',
    dataLabel: '数据与两条拟合直线',
    dataDescription: (n: number) => `${n} 个散布在一条上升直线周围的数据点，以及每次运行最终得到的直线。`,
  },
});
