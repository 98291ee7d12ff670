import { defineStrings } from '../lib/i18n.tsx';
import { endSentence } from '../lib/sentences.ts';
import { surfaceNames } from '../lib/surface-names.ts';

/** Every string Race shows, per language. */
export const strings = defineStrings({
  en: {
    defaultTitle: 'Optimizer race',
    surfaces: surfaceNames.en,
    linkFn: (message: string, fallback: string) => `Link parameter fn: ${message} Using ${fallback}.`,
    atLeastOne: 'At least one optimizer must run.',
    formulaKept: (message: string) => `${message} The previous surface stays.`,
    downloaded: (kind: string) => `Downloaded the ${kind} file.`,
    downloadFailed: (kind: string, message: string) => `The ${kind} download failed: ${message}.`,
    notDrawn: 'the figure is not drawn yet',
    yourFunction: (fn: string) => `your function ${fn}`,
    mapLabel: (surface: string, n: number, x: string, y: string) =>
      `Contour map of ${surface} with the paths of ${n} optimizers from (${x}, ${y})`,
    lossLabel: (n: number, surface: string) => `Loss against step for ${n} optimizers on ${surface}`,
    sweepLabel: (steps: number, surface: string) =>
      `Final loss after ${steps} steps against learning rate on ${surface}`,
    surface: 'Surface',
    yourFunctionOption: 'Your function…',
    apply: 'Apply',
    formulaHelp:
      'Use x, y, numbers, + − * / ^, pi, e and sin cos tan exp log sqrt abs tanh sinh cosh atan. Drawn on −3 ≤ x, y ≤ 3.',
    steps: 'Steps',
    noise: 'Gradient noise σ',
    noiseHint: 'Standard deviation of the seeded Gaussian noise added to every gradient, like a mini-batch gradient.',
    noiseSeed: 'Noise seed',
    optimizers: 'Optimizers and their hyperparameters',
    logScale: 'Logarithmic scale.',
    moreSettings: 'More settings',
    play: 'Play',
    pause: 'Pause',
    stepButton: 'Step',
    reset: 'Reset',
    biasCorrectionOf: (name: string) => `${name} bias correction`,
    speed: 'Speed (steps per second)',
    stepShown: 'Step shown',
    of: (v: number, steps: number) => `${v} of ${steps}`,
    picker: 'start point picker',
    pickerLabel: (x: string, y: string) =>
      `Start point x = ${x}, y = ${y}. Click or tap the map to move it, or use the arrow keys (Shift for bigger moves).`,
    mapDescription: (surface: string) =>
      `Filled contours of ${surface} on a log scale (darker is higher), its minima as crosses, and each optimizer's path from the shared start point.`,
    colours: 'Colours',
    lossCaption: 'Loss against step (symmetric log scale):',
    gapCaption: 'Loss above the global minimum against step (log scale):',
    lossDescription: (gap: boolean) =>
      `One line per optimizer: ${gap ? 'the loss minus the minimum' : 'the loss'} at each step, on a logarithmic axis.`,
    sweepDescription:
      'One line per optimizer: the loss after the last step for each learning rate on a log axis; diverged runs are left out; a dot marks each optimizer’s best learning rate.',
    lrAxis: 'learning rate α',
    finalLoss: 'final loss',
    finalGap: 'final loss − minimum',
    stepAxis: 'step',
    lossAxis: 'loss',
    gapAxis: 'loss − minimum',
    computing: 'Computing the learning-rate sweep…',
    recomputing:
      'Computing the sweep for the new settings… Until it is done, the chart shows the previous one, dimmed.',
    noneConverged: 'No learning rate in the sweep converged.',
    sweepCaption: (steps: number) =>
      `Learning-rate sweep: final loss after ${steps} steps for each learning rate (dots: the best; rings: your current setting).`,
    useBest: 'Use the best learning rates',
    best: (items: readonly string[]) => `Best learning rates: ${items.join(', ')}.`,
    bestItem: (name: string, lr: string, loss: string) => `${name} ${lr} (loss ${loss})`,
    downloads: 'Downloads',
    download: 'Download:',
    csv: 'Download the trajectories as CSV',
    json: 'Download the configuration and trajectories as JSON',
    svg: 'Download the map as SVG',
    png: 'Download the map as PNG',
    cannotStart: (x: string, y: string, message: string) =>
      `The runs cannot start at (${x}, ${y}): ${message}. Pick another start point.`,
    undefinedAtStart: 'the function has no finite value there',
    status: {
      none: (surface: string) => `No run on ${surface}.`,
      stoppedAt: (step: number) => ` (stopped at step ${step})`,
      item: (name: string, loss: string, stopped: string) =>
        loss === '' ? `${name}${stopped}` : `${name} ${loss}${stopped}`,
      lowest: (name: string) => ` Lowest: ${name}.`,
      reason: (name: string, reason: string) => ` ${name}: ${endSentence(reason, '.')}`,
      ruleLine: (step: number, line: number) => `stopped at step ${step}: line ${line} gave a non-finite value.`,
      line: (step: number, steps: number, surface: string, parts: readonly string[], lead: string, reason: string) =>
        `Step ${step} of ${steps} on ${surface}; loss: ${parts.join(', ')}.${lead}${reason}`,
      summary: (step: number, steps: number, lead: string, stopped: number) =>
        `Step ${step}/${steps}${lead}${stopped > 0 ? ` · ${stopped} stopped` : ''}`,
      lowestShort: (name: string, loss: string) => ` · lowest: ${name} ${loss}`,
      lossShort: (loss: string) => ` · loss ${loss}`,
    },
  },
  'zh-cn': {
    defaultTitle: '优化器赛跑',
    surfaces: surfaceNames['zh-cn'],
    linkFn: (message: string, fallback: string) => `链接参数 fn：${message}改用 ${fallback}。`,
    atLeastOne: '至少要有一个优化器参赛。',
    formulaKept: (message: string) => `${message}保留之前的曲面。`,
    downloaded: (kind: string) => `已下载 ${kind} 文件。`,
    downloadFailed: (kind: string, message: string) => `${kind} 文件下载失败：${message}。`,
    notDrawn: '图还没有画出来',
    yourFunction: (fn: string) => `你的函数 ${fn}`,
    mapLabel: (surface: string, n: number, x: string, y: string) =>
      `${surface}的等高线图，以及 ${n} 个优化器从 (${x}, ${y}) 出发的轨迹`,
    lossLabel: (n: number, surface: string) => `${n} 个优化器在${surface}上的损失随步数的变化`,
    sweepLabel: (steps: number, surface: string) => `在${surface}上走 ${steps} 步后的最终损失与学习率的关系`,
    surface: '曲面',
    yourFunctionOption: '自定义函数…',
    apply: '应用',
    formulaHelp:
      '可以使用 x、y、数字、+ − * / ^、pi、e，以及 sin cos tan exp log sqrt abs tanh sinh cosh atan。绘制范围为 −3 ≤ x, y ≤ 3。',
    steps: '运行步数',
    noise: '梯度噪声 σ',
    noiseHint: '给每个梯度加上的高斯噪声（带种子）的标准差，模拟小批量梯度。',
    noiseSeed: '噪声种子',
    optimizers: '优化器及其超参数',
    logScale: '对数刻度。',
    moreSettings: '更多设置',
    play: '播放',
    pause: '暂停',
    stepButton: '单步',
    reset: '重置',
    biasCorrectionOf: (name: string) => `${name} 偏差修正`,
    speed: '速度（每秒步数）',
    stepShown: '显示第几步',
    of: (v: number, steps: number) => `${v} / ${steps}`,
    picker: '起点选择器',
    pickerLabel: (x: string, y: string) =>
      `起点 x = ${x}，y = ${y}。点击或轻触地图可以移动它，也可以用方向键（按住 Shift 移动更多）。`,
    mapDescription: (surface: string) =>
      `${surface}的填色等高线（对数刻度，颜色越深越高），叉号是它的极小值，还有每个优化器从共同起点出发的轨迹。`,
    colours: '颜色',
    lossCaption: '损失随步数的变化（对称对数刻度）：',
    gapCaption: '损失与全局最小值之差随步数的变化（对数刻度）：',
    lossDescription: (gap: boolean) => `每个优化器一条线：每一步的${gap ? '损失减去最小值' : '损失'}，纵轴为对数刻度。`,
    sweepDescription:
      '每个优化器一条线：横轴是对数刻度的学习率，纵轴是最后一步的损失；发散的运行不画出；圆点标出每个优化器的最佳学习率。',
    lrAxis: '学习率 α',
    finalLoss: '最终损失',
    finalGap: '最终损失 − 最小值',
    stepAxis: '步数',
    lossAxis: '损失',
    gapAxis: '损失 − 最小值',
    computing: '正在计算学习率扫描…',
    recomputing: '正在按新设置计算扫描……完成之前，图中暂时显示上一次的结果（变暗）。',
    noneConverged: '扫描中没有任何学习率收敛。',
    sweepCaption: (steps: number) =>
      `学习率扫描：每个学习率走 ${steps} 步后的最终损失（圆点：最佳；圆环：你当前的设置）。`,
    useBest: '使用最佳学习率',
    best: (items: readonly string[]) => `最佳学习率：${items.join('，')}。`,
    bestItem: (name: string, lr: string, loss: string) => `${name} ${lr}（损失 ${loss}）`,
    downloads: '下载',
    download: '下载：',
    csv: '以 CSV 格式下载轨迹',
    json: '以 JSON 格式下载配置与轨迹',
    svg: '以 SVG 格式下载地图',
    png: '以 PNG 格式下载地图',
    cannotStart: (x: string, y: string, message: string) => `无法从 (${x}, ${y}) 开始运行：${message}。请换一个起点。`,
    undefinedAtStart: '函数在这一点没有有限的值',
    status: {
      none: (surface: string) => `${surface}上没有运行。`,
      stoppedAt: (step: number) => `（在第 ${step} 步停止）`,
      item: (name: string, loss: string, stopped: string) =>
        loss === '' ? `${name}${stopped}` : `${name} ${loss}${stopped}`,
      lowest: (name: string) => `最低：${name}。`,
      reason: (name: string, reason: string) => `${name}：${endSentence(reason, '。')}`,
      ruleLine: (step: number, line: number) => `在第 ${step} 步停止：第 ${line} 行得到了非有限值。`,
      line: (step: number, steps: number, surface: string, parts: readonly string[], lead: string, reason: string) =>
        `第 ${step} 步（共 ${steps} 步），${surface}；损失：${parts.join('，')}。${lead}${reason}`,
      summary: (step: number, steps: number, lead: string, stopped: number) =>
        `第 ${step}/${steps} 步${lead}${stopped > 0 ? ` · ${stopped} 个已停止` : ''}`,
      lowestShort: (name: string, loss: string) => ` · 最低：${name} ${loss}`,
      lossShort: (loss: string) => ` · 损失 ${loss}`,
    },
  },
});

export type RaceStrings = (typeof strings)['en'];
