import type { Damping } from '../../../src/engine/sim/index.ts';
import { defineStrings } from '../lib/i18n.tsx';

/** The status line's numbers, already formatted. */
export interface RatesText {
  alpha: string;
  mu: string;
  rate: string;
  /** Steps to cut the error tenfold, or null when the run diverges. */
  tenfold: number | null;
  /** The two directions' behaviour, in words (`damping` below). */
  slow: string;
  steep: string;
  bestAlpha: string;
  bestMu: string;
  bestRate: string;
  bestTenfold: number;
  gdRate: string;
  gdTenfold: number;
}

/** Every string MomentumRates shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Momentum on a quadratic: the rate for every (α, μ)',
    kappa: 'Condition number κ',
    kappaHint: 'Logarithmic scale. The curvatures are 1/κ (the flattest direction) and 1 (the steepest).',
    alpha: 'Learning rate α',
    alphaHint: 'The steepest curvature is 1, so α is also αλmax. Click or drag on the map to move the point too.',
    mu: 'Momentum μ',
    best: 'Go to the best pair',
    damping: {
      overdamped: 'overdamped (creeps in without overshooting)',
      critical: 'critically damped (the fastest μ for it)',
      underdamped: 'underdamped (spirals in, shrinking by √μ per step)',
      alternating: 'overshoots every step (flips sign)',
      diverges: 'diverges',
    } satisfies Record<Damping, string>,
    status: (t: RatesText) =>
      `α = ${t.alpha}, μ = ${t.mu}: ` +
      (t.tenfold === null
        ? `the error grows (rate ${t.rate} per step). `
        : `rate ${t.rate} per step, the error shrinks tenfold every ${t.tenfold} steps. `) +
      `Flattest direction: ${t.slow}; steepest: ${t.steep}. ` +
      `Best pair α* = ${t.bestAlpha}, μ* = ${t.bestMu}: rate ${t.bestRate} (${t.bestTenfold} steps). ` +
      `Gradient descent at its best: rate ${t.gdRate} (${t.gdTenfold} steps).`,
    mapLabel: (kappa: string) => `Convergence rate of momentum over α and μ, for κ = ${kappa}`,
    mapDescription: (kappa: string, bestAlpha: string, bestMu: string) =>
      `Heat map over the learning rate α (across, 0 to 4) and the momentum μ (up, 0 to 1) for curvatures 1/${kappa} to 1. ` +
      `Bright is fast, dark is slow, grey diverges. The best pair, α = ${bestAlpha} and μ = ${bestMu}, is marked with a star; ` +
      `dashed curves mark critical damping of the flattest and the steepest direction.`,
    pathsLabel: 'Distance from the minimum along the flattest and the steepest direction, step by step',
    pathsDescription: (steps: number, slow: string, steep: string) =>
      `Two lines over ${steps} steps, starting at 1: the flattest direction is ${slow}, the steepest ${steep}.`,
    xStep: 'step t',
    yDistance: 'x_t / x_0',
    legend: {
      slow: 'flattest direction λ = 1/κ',
      steep: 'steepest direction λ = 1',
      critical: 'critical damping',
      best: '★ best pair, ● gradient descent’s best',
    },
    heatKey: { fast: 'fast', slow: 'slow', diverges: 'diverges' },
  },
  'zh-cn': {
    title: '二次函数上的动量：每一对 (α, μ) 的收敛速率',
    kappa: '条件数 κ',
    kappaHint: '对数刻度。两个曲率是 1/κ（最平的方向）和 1（最陡的方向）。',
    alpha: '学习率 α',
    alphaHint: '最陡的曲率为 1，所以 α 也就是 αλmax。也可以在图上点击或拖动来移动这个点。',
    mu: '动量系数 μ',
    best: '跳到最优的一对',
    damping: {
      overdamped: '过阻尼（慢慢靠近，不越过）',
      critical: '临界阻尼（对这个方向最快的 μ）',
      underdamped: '欠阻尼（螺旋式靠近，每步缩小为 √μ 倍）',
      alternating: '每一步都越过（符号来回翻转）',
      diverges: '发散',
    } satisfies Record<Damping, string>,
    status: (t: RatesText) =>
      `α = ${t.alpha}，μ = ${t.mu}：` +
      (t.tenfold === null
        ? `误差在增大（每步速率 ${t.rate}）。`
        : `每步速率 ${t.rate}，误差每 ${t.tenfold} 步缩小到十分之一。`) +
      `最平的方向：${t.slow}；最陡的方向：${t.steep}。` +
      `最优的一对 α* = ${t.bestAlpha}，μ* = ${t.bestMu}：速率 ${t.bestRate}（${t.bestTenfold} 步）。` +
      `梯度下降最好的速率：${t.gdRate}（${t.gdTenfold} 步）。`,
    mapLabel: (kappa: string) => `动量在不同 α 和 μ 下的收敛速率，κ = ${kappa}`,
    mapDescription: (kappa: string, bestAlpha: string, bestMu: string) =>
      `热图：横轴是学习率 α（0 到 4），纵轴是动量系数 μ（0 到 1），曲率从 1/${kappa} 到 1。` +
      `越亮收敛越快，越暗越慢，灰色表示发散。最优的一对 α = ${bestAlpha}、μ = ${bestMu} 用星号标出；` +
      `虚线是最平和最陡两个方向的临界阻尼曲线。`,
    pathsLabel: '沿最平和最陡两个方向到最小值的距离，逐步变化',
    pathsDescription: (steps: number, slow: string, steep: string) =>
      `两条线，共 ${steps} 步，都从 1 出发：最平的方向${slow}，最陡的方向${steep}。`,
    xStep: '步数 t',
    yDistance: 'x_t / x_0',
    legend: {
      slow: '最平的方向 λ = 1/κ',
      steep: '最陡的方向 λ = 1',
      critical: '临界阻尼',
      best: '★ 最优的一对，● 梯度下降的最优点',
    },
    heatKey: { fast: '快', slow: '慢', diverges: '发散' },
  },
});
