import { problems } from '../../../src/engine/problems/index.ts';
import { defineStrings } from '../lib/i18n.tsx';

/** One run's numbers for the status line (losses and speed already formatted). */
export interface RunSummary {
  loss: string;
  reversals: number;
  /** The first step with loss below the target, or null if not within the run. */
  reached: number | null;
}

/** Every string MomentumRavine shows, per language. */
/** A count of reversals in words a reader needs no definition for: "1 step turned back", "6 steps turned back". */
const turnedBack = (n: number): string => (n === 1 ? '1 step turned back' : `${n} steps turned back`);

export const strings = defineStrings({
  en: {
    title: 'Momentum in a narrow valley',
    formula: 'Momentum update rule, with linked symbols',
    surface: 'Surface',
    problems: { illConditioned: 'Straight valley (curvatures 1 and 20)', ravine: 'Winding ravine' },
    /** The surfaces' names inside sentences (English: the engine's own titles). */
    surfaceName: { illConditioned: problems.illConditioned.title, ravine: problems.ravine.title },
    mu: 'Momentum μ',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale, shared by both runs.',
    stopped: (step: number, reason: string) => `Stopped at step ${step}: ${reason}`,
    status: (step: number, gd: RunSummary, momentum: RunSummary, speed: string, last: number) => {
      const reached = (k: number | null) => (k === null ? `not within ${last} steps` : `at step ${k}`);
      return (
        `step ${step}: GD loss ${gd.loss} (${turnedBack(gd.reversals)} so far), ` +
        `Momentum loss ${momentum.loss} (${turnedBack(momentum.reversals)}, speed |v| = ${speed}). ` +
        `Loss below 0.001: GD ${reached(gd.reached)}, Momentum ${reached(momentum.reached)}.`
      );
    },
    /** Appended to the status line while there is noise: where each run hovers, and momentum's effective step. */
    noisy: (sigma: string, from: number, to: number, gd: string, momentum: string, effective: string) =>
      ` With noise σ = ${sigma}, mean loss over steps ${from}–${to}: GD ${gd}, Momentum ${momentum}. Momentum's effective step α/(1−μ) = ${effective}.`,
    label: (surface: string, step: number, last: number) =>
      `${surface} from above: gradient descent and momentum, step ${step} of ${last}`,
    description: (gdAt: string, momentumAt: string) =>
      `Contour lines of the surface (log-spaced), minimum at (0, 0). Orange: gradient descent, now at ${gdAt}. ` +
      `Blue arrows: each momentum step, its velocity v; now at ${momentumAt}. ` +
      `The current step is split into the kept velocity μv (dashed) and the gradient push αg.`,
    legend: {
      gd: 'Gradient descent',
      momentum: 'Momentum: velocity v of each step',
      kept: 'kept velocity μv',
      push: 'gradient push αg',
    },
  },
  'zh-cn': {
    title: '狭长山谷中的 Momentum',
    formula: 'Momentum 的更新规则（符号与图联动）',
    surface: '曲面',
    problems: { illConditioned: '笔直的山谷（曲率 1 和 20）', ravine: '蜿蜒的狭长山谷' },
    surfaceName: { illConditioned: '病态山谷', ravine: '蜿蜒的狭长山谷' },
    mu: '动量系数 μ',
    lr: '学习率 α',
    lrHint: '对数刻度，两次运行共用。',
    stopped: (step: number, reason: string) => `在第 ${step} 步停止：${reason}`,
    status: (step: number, gd: RunSummary, momentum: RunSummary, speed: string, last: number) => {
      const reached = (k: number | null) => (k === null ? `在 ${last} 步内未做到` : `在第 ${k} 步`);
      return (
        `第 ${step} 步：梯度下降的损失为 ${gd.loss}（至此折返 ${gd.reversals} 次），` +
        `Momentum 的损失为 ${momentum.loss}（折返 ${momentum.reversals} 次，速度 |v| = ${speed}）。` +
        `损失降到 0.001 以下：梯度下降${reached(gd.reached)}，Momentum ${reached(momentum.reached)}。`
      );
    },
    noisy: (sigma: string, from: number, to: number, gd: string, momentum: string, effective: string) =>
      `噪声 σ = ${sigma} 时，第 ${from}–${to} 步的平均损失：梯度下降 ${gd}，Momentum ${momentum}。Momentum 的有效步长 α/(1−μ) = ${effective}。`,
    label: (surface: string, step: number, last: number) =>
      `俯视${surface}：梯度下降与 Momentum，第 ${step} 步，共 ${last} 步`,
    description: (gdAt: string, momentumAt: string) =>
      `曲面的等高线（按对数间隔），最小值在 (0, 0)。橙色：梯度下降，当前位于 ${gdAt}。` +
      `蓝色箭头：Momentum 的每一步，即它的速度 v；当前位于 ${momentumAt}。` +
      `当前这一步被拆成保留的速度 μv（虚线）和梯度推力 αg 两段。`,
    legend: {
      gd: '梯度下降',
      momentum: 'Momentum：每一步的速度 v',
      kept: '保留的速度 μv',
      push: '梯度推力 αg',
    },
  },
});
