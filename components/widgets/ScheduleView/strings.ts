import type { ScheduleName } from '../../../src/engine/optim/index.ts';
import { defineStrings } from '../lib/i18n.tsx';

/** Every string ScheduleView shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Learning-rate schedules: the rate, the noise floor, Adam’s first steps',
    schedule: 'Schedule',
    names: {
      constant: 'Constant',
      step: 'Step decay',
      exponential: 'Exponential',
      cosine: 'Cosine',
      warmup: 'Linear warm-up',
      'warmup-cosine': 'Warm-up + cosine',
    } satisfies Record<ScheduleName, string>,
    lr: 'Peak learning rate α',
    lrHint: 'Logarithmic scale. SGD on the noisy bowl and Adam both use it.',
    stepSize: 'Step size s (steps)',
    stepGamma: 'Factor γ at each drop',
    expGamma: 'Factor γ per step',
    tMax: 'Cosine length T (steps)',
    minLr: 'Floor η_min',
    warmup: 'Warm-up length W (steps)',
    startFactor: 'Start factor f',
    status: (
      name: string,
      first: string,
      last: string,
      steps: number,
      scheduled: string,
      constant: string,
      adamFirst: string,
      alpha: string,
    ) =>
      `${name}: the rate goes from ${first} at step 1 to ${last} at step ${steps}. ` +
      `Noisy bowl, mean loss over the last 50 steps: ${scheduled} with this schedule, ${constant} at a constant rate. ` +
      `Adam’s first step: ${adamFirst} with this schedule, ${alpha} at a constant rate.`,
    lrLabel: 'The learning rate at each step',
    lrDescription: (name: string, first: string, last: string) =>
      `${name}: from ${first} at step 1 to ${last} at the last step. The other line is the constant rate α.`,
    lossLabel: 'Mean loss of SGD on a bowl with noisy gradients',
    lossDescription: (scheduled: string, constant: string) =>
      `SGD on f(w) = w² with gradient noise of standard deviation 1, averaged over 20 seeded runs. Last 50 steps: ${scheduled} with the schedule, ${constant} at a constant rate.`,
    adamLabel: 'The size of Adam’s first 30 steps',
    adamDescription: (first: string, alpha: string) =>
      `Adam on two weights whose gradients differ by a factor of 1,000; both take the same steps. The first step is ${first} with the schedule and ${alpha} at a constant rate.`,
    stepAxis: 'step',
    lrAxis: 'learning rate',
    lossAxis: 'mean loss',
    adamAxis: '|step of Adam|',
    scheduled: 'with the schedule',
    constant: 'constant α',
  },
  'zh-cn': {
    title: '学习率调度：学习率、噪声底线与 Adam 的头几步',
    schedule: '调度方式',
    names: {
      constant: '恒定',
      step: '阶梯衰减',
      exponential: '指数衰减',
      cosine: '余弦退火',
      warmup: '线性预热',
      'warmup-cosine': '预热 + 余弦',
    } satisfies Record<ScheduleName, string>,
    lr: '峰值学习率 α',
    lrHint: '对数刻度。带噪声碗上的 SGD 和 Adam 都用它。',
    stepSize: '阶梯长度 s（步）',
    stepGamma: '每次下降的因子 γ',
    expGamma: '每步的因子 γ',
    tMax: '余弦长度 T（步）',
    minLr: '下限 η_min',
    warmup: '预热长度 W（步）',
    startFactor: '起始因子 f',
    status: (
      name: string,
      first: string,
      last: string,
      steps: number,
      scheduled: string,
      constant: string,
      adamFirst: string,
      alpha: string,
    ) =>
      `${name}：学习率从第 1 步的 ${first} 变为第 ${steps} 步的 ${last}。` +
      `带噪声的碗，最后 50 步的平均损失：用这个调度为 ${scheduled}，恒定学习率为 ${constant}。` +
      `Adam 的第一步：用这个调度为 ${adamFirst}，恒定学习率为 ${alpha}。`,
    lrLabel: '每一步的学习率',
    lrDescription: (name: string, first: string, last: string) =>
      `${name}：从第 1 步的 ${first} 到最后一步的 ${last}。另一条线是恒定学习率 α。`,
    lossLabel: '梯度带噪声时 SGD 在碗上的平均损失',
    lossDescription: (scheduled: string, constant: string) =>
      `SGD 在 f(w) = w² 上运行，梯度噪声的标准差为 1，取 20 次固定种子运行的平均。最后 50 步：用调度为 ${scheduled}，恒定学习率为 ${constant}。`,
    adamLabel: 'Adam 前 30 步的步长',
    adamDescription: (first: string, alpha: string) =>
      `Adam 作用于两个梯度相差 1000 倍的权重，两者的步长完全相同。第一步：用调度为 ${first}，恒定学习率为 ${alpha}。`,
    stepAxis: '步数',
    lrAxis: '学习率',
    lossAxis: '平均损失',
    adamAxis: 'Adam 的步长',
    scheduled: '使用调度',
    constant: '恒定 α',
  },
});
