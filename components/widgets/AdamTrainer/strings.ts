import { getDataset } from '../../../src/engine/data/index.ts';
import { defineStrings } from '../lib/i18n.tsx';
import { raceDatasets } from './model.ts';

type RaceDataset = (typeof raceDatasets)[number];

/** Drops a final full stop (an engine sentence placed inside parentheses). */
const bare = (sentence: string) => sentence.replace(/[。.]$/, '');

/**
 * Every string AdamTrainer shows, per language. The line-up's labels (Adam (β₂ = 0.999), RMSProp,
 * Momentum) are optimizer names and stay as they are.
 */
export const strings = defineStrings({
  en: {
    title: 'Adam, RMSProp and momentum train the same network',
    /** The datasets' names, by id (English: the engine's titles). */
    datasets: Object.fromEntries(raceDatasets.map((id) => [id, getDataset(id).title])) as Record<RaceDataset, string>,
    adamLr: 'Adam learning rate',
    adamLrHint: 'Both Adam runs use it. Changing it restarts training.',
    rmspropLr: 'RMSProp learning rate',
    momentumLr: 'Momentum learning rate',
    restartHint: 'Changing it restarts training.',
    dataset: 'Dataset',
    batch: 'Batch size',
    fullBatch: (n: number) => `full (${n})`,
    seed: 'Seed',
    show: 'Decision regions of',
    train: 'Train',
    pause: 'Pause',
    more: (n: number) => `+${n} steps`,
    reset: 'Reset',
    /** One optimizer's loss in the status line, or why it stopped. */
    loss: (label: string, loss: string) => `${label} ${loss}`,
    stopped: (label: string, reason: string) => `${label} stopped (${reason})`,
    /** `goal` is null while playing (training until paused). */
    training: (goal: number | null) => (goal === null ? ' (training)' : ` (training to step ${goal})`),
    status: (step: number, busy: string, epoch: number, losses: readonly string[]) =>
      `Step ${step}${busy}, epoch ${epoch}. Training loss: ${losses.join(', ')}.`,
    prompt: 'Press Train to start.',
    lossLabel: (steps: number) => `Training loss of the four optimizers over ${steps} steps, logarithmic loss axis`,
    lossDescription: (names: readonly string[]) =>
      `Loss on the whole training set (binary cross-entropy) at the end of each epoch, for ${names.join(', ')}; all start from the same weights.`,
    mapLabel: (optimizer: string, steps: number, dataset: string) =>
      `Decision regions of the network trained by ${optimizer} after ${steps} steps on ${dataset}`,
    mapDescription: (n: number) =>
      `The ${n} training points of the two classes; the shaded region with the thick border is where the network predicts class 1 with probability above one half.`,
    stepAxis: 'step',
    lossAxis: 'training loss',
  },
  'zh-cn': {
    title: 'Adam、RMSProp 与 Momentum 训练同一个网络',
    datasets: { moons: '双月', circles: '同心圆', xor: '异或（XOR）', spirals: '双螺旋' },
    adamLr: 'Adam 学习率',
    adamLrHint: '两次 Adam 运行共用这个学习率。改动后训练从头开始。',
    rmspropLr: 'RMSProp 学习率',
    momentumLr: 'Momentum 学习率',
    restartHint: '改动后训练从头开始。',
    dataset: '数据集',
    batch: '批量大小',
    fullBatch: (n: number) => `全批量（${n}）`,
    seed: '随机种子',
    show: '查看决策区域',
    train: '训练',
    pause: '暂停',
    more: (n: number) => `+${n} 步`,
    reset: '重置',
    loss: (label: string, loss: string) => `${label} ${loss}`,
    stopped: (label: string, reason: string) => `${label} 已停止（${bare(reason)}）`,
    training: (goal: number | null) => (goal === null ? '（训练中）' : `（正在训练到第 ${goal} 步）`),
    status: (step: number, busy: string, epoch: number, losses: readonly string[]) =>
      `第 ${step} 步${busy}，第 ${epoch} 轮。训练损失：${losses.join('，')}。`,
    prompt: '按“训练”开始。',
    lossLabel: (steps: number) => `四个优化器在 ${steps} 步内的训练损失，损失轴为对数刻度`,
    lossDescription: (names: readonly string[]) =>
      `每轮结束时整个训练集上的损失（二元交叉熵），依次是 ${names.join('、')}；它们都从同一组权重出发。`,
    mapLabel: (optimizer: string, steps: number, dataset: string) => `${optimizer} 在“${dataset}”数据集上训练 ${steps} 步后，网络的决策区域`,
    mapDescription: (n: number) => `两个类别的 ${n} 个训练点；带粗边框的阴影区域，是网络预测属于类别 1 的概率超过一半的地方。`,
    stepAxis: '步数',
    lossAxis: '训练损失',
  },
});
