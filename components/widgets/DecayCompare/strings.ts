import { defineStrings } from '../lib/i18n.tsx';

/** Every string DecayCompare shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Adam + L2 against AdamW: who gets decayed?',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale; the same for both optimizers.',
    wd: 'Weight decay λ',
    wdHint: 'The same λ for both: added to the gradient for Adam + L2, applied to the weights for AdamW.',
    adamL2: 'Adam + L2',
    adamw: 'AdamW',
    stopped: (step: number, reason: string) => `Stopped at step ${step}: ${reason}`,
    status: (step: number, l2: string, w: string, l2Decay: string, wDecay: string) =>
      `step ${step}: Adam + L2 has w = ${l2} and decays them by ${l2Decay} of themselves per step; ` +
      `AdamW has w = ${w} and decays each by ${wDecay}.`,
    noDecay: (step: number, l2: string, w: string) =>
      `step ${step}: with λ = 0 nothing is decayed; Adam has w = ${l2}, AdamW has w = ${w}.`,
    valuesLabel: (step: number) => `The four weights at step ${step}, Adam + L2 and AdamW`,
    valuesDescription: (l2: string, w: string) =>
      `Four weights whose gradients have scales 10, 1, 0.1 and 0.01, all starting at 1, the minimum of the loss. ` +
      `Adam + L2 holds them at ${l2}; AdamW at ${w}.`,
    decayLabel: (step: number) => `The decay each weight received at step ${step}, on a log scale`,
    decayDescription: (l2: string, w: string) =>
      `The fraction of itself each weight lost to the decay in one step. Adam + L2: ${l2}, smallest for the largest gradients. AdamW: ${w} for every weight.`,
    scaleAxis: 'gradient scale of the weight',
    valueAxis: 'weight w',
    decayAxis: 'decay per step',
    zeroNote: 'λ = 0: no decay',
  },
  'zh-cn': {
    title: 'Adam + L2 与 AdamW：谁被衰减了？',
    lr: '学习率 α',
    lrHint: '对数刻度；两个优化器相同。',
    wd: '权重衰减 λ',
    wdHint: '两者用同一个 λ：Adam + L2 把它加进梯度，AdamW 直接作用在权重上。',
    adamL2: 'Adam + L2',
    adamw: 'AdamW',
    stopped: (step: number, reason: string) => `在第 ${step} 步停止：${reason}`,
    status: (step: number, l2: string, w: string, l2Decay: string, wDecay: string) =>
      `第 ${step} 步：Adam + L2 的权重为 w = ${l2}，每步衰减自身的 ${l2Decay}；` +
      `AdamW 的权重为 w = ${w}，每个都衰减 ${wDecay}。`,
    noDecay: (step: number, l2: string, w: string) =>
      `第 ${step} 步：λ = 0，没有衰减；Adam 的权重为 w = ${l2}，AdamW 的权重为 w = ${w}。`,
    valuesLabel: (step: number) => `第 ${step} 步时的四个权重：Adam + L2 与 AdamW`,
    valuesDescription: (l2: string, w: string) =>
      `四个权重的梯度尺度分别为 10、1、0.1 和 0.01，都从损失的极小值 1 出发。` +
      `Adam + L2 把它们保持在 ${l2}；AdamW 保持在 ${w}。`,
    decayLabel: (step: number) => `第 ${step} 步时每个权重受到的衰减（对数刻度）`,
    decayDescription: (l2: string, w: string) =>
      `每个权重在一步中因衰减而失去的比例。Adam + L2：${l2}，梯度越大衰减越小。AdamW：每个权重都是 ${w}。`,
    scaleAxis: '权重的梯度尺度',
    valueAxis: '权重 w',
    decayAxis: '每步衰减',
    zeroNote: 'λ = 0：没有衰减',
  },
});
