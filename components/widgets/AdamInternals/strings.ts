import { axisValley } from '../../../src/engine/problems/index.ts';
import { defineStrings } from '../lib/i18n.tsx';

/** Every string AdamInternals shows, per language. */
export const strings = defineStrings({
  en: {
    title: 'Inside Adam: m̂, ŝ and the step they make',
    surface: axisValley.title,
    with: 'with bias correction',
    without: 'without bias correction',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale.',
    beta2Paper: '0.999 (the paper)',
    beta2Article: '0.99 (the article)',
    parameter: 'Parameter',
    gentle: 'x (gentle slope)',
    steep: 'y (steep slope)',
    biasCorrection: 'Bias correction',
    start: (x: string, y: string) => `Step 0: Adam starts at (${x}, ${y}) with m = s = 0.`,
    /** `bc` is `with` or `without`; `longest` is null when there is no step yet. */
    status: (
      k: number,
      bc: string,
      beta2: string,
      coord: string,
      m: string,
      s: string,
      step: string,
      loss: string,
      first: string,
      longest: { value: string; step: number } | null,
    ) =>
      `Step ${k} (${bc}, β₂ = ${beta2}): along ${coord}, m̂ = ${m}, √ŝ = ${s}, step = ${step} α; loss ${loss}. ` +
      `Without correction step 1 is ${first} α` +
      (longest ? ` and the longest is ${longest.value} α at step ${longest.step}.` : '.'),
    stopped: (step: number, reason: string) => ` Stopped at step ${step}: ${reason}`,
    mapLabel: (surface: string, bc: string, step: number) => `Adam on ${surface}, ${bc}, step ${step}`,
    mapDescription: (surface: string, bc: string, other: string, step: number) =>
      `Contour lines of ${surface}; the solid path is Adam ${bc}, the dashed one the same run ${other}, both up to step ${step}.`,
    mLegend: (coord: string) => `|m̂| for ${coord} (mean gradient)`,
    sLegend: (coord: string) => `√ŝ for ${coord} (RMS gradient)`,
    momentsLabel: (coord: string, last: number) =>
      `Adam's bias-corrected moments for ${coord}: |m̂| and √ŝ over steps 1 to ${last}, logarithmic axes`,
    momentsDescription: (step: number) =>
      `Drawn up to step ${step}. The step is α times |m̂| divided by √ŝ, so the gap between the two lines on this log scale is the step length.`,
    lengthLabel: (coord: string) => `Length of each step along ${coord}, in units of α, with and without bias correction`,
    lengthDescription: (bc: string, other: string, step: number) =>
      `Solid: ${bc}; dashed: ${other}. A step of exactly α is the horizontal rule at 1. Drawn up to step ${step}.`,
    timeAxis: 'step t (log scale)',
    momentsAxis: 'gradient units',
    lengthAxis: (coord: string) => `|step along ${coord}| ÷ α`,
  },
  'zh-cn': {
    title: 'Adam 的内部：m̂、ŝ 与它们决定的步长',
    surface: '轴对齐的山谷',
    with: '有偏差修正',
    without: '无偏差修正',
    lr: '学习率 α',
    lrHint: '对数刻度。',
    beta2Paper: '0.999（论文取值）',
    beta2Article: '0.99（原文取值）',
    parameter: '参数',
    gentle: 'x（坡度平缓）',
    steep: 'y（坡度陡峭）',
    biasCorrection: '偏差修正',
    start: (x: string, y: string) => `第 0 步：Adam 从 (${x}, ${y}) 出发，m = s = 0。`,
    status: (
      k: number,
      bc: string,
      beta2: string,
      coord: string,
      m: string,
      s: string,
      step: string,
      loss: string,
      first: string,
      longest: { value: string; step: number } | null,
    ) =>
      `第 ${k} 步（${bc}，β₂ = ${beta2}）：沿 ${coord} 方向，m̂ = ${m}，√ŝ = ${s}，步长 = ${step} α；损失 ${loss}。` +
      `不做修正时，第 1 步长 ${first} α` +
      (longest ? `，最长的一步是第 ${longest.step} 步，长 ${longest.value} α。` : '。'),
    stopped: (step: number, reason: string) => `在第 ${step} 步停止：${reason}`,
    mapLabel: (surface: string, bc: string, step: number) => `Adam 在${surface}上，${bc}，第 ${step} 步`,
    mapDescription: (surface: string, bc: string, other: string, step: number) =>
      `${surface}的等高线；实线是${bc}的 Adam 路径，虚线是同一次运行在${other}时的路径，都画到第 ${step} 步。`,
    mLegend: (coord: string) => `${coord} 的 |m̂|（梯度均值）`,
    sLegend: (coord: string) => `${coord} 的 √ŝ（梯度均方根）`,
    momentsLabel: (coord: string, last: number) => `Adam 对 ${coord} 的偏差修正后的矩：|m̂| 与 √ŝ，第 1 到第 ${last} 步，双对数坐标`,
    momentsDescription: (step: number) =>
      `画到第 ${step} 步。每一步等于 α 乘以 |m̂| 再除以 √ŝ，所以在这个对数刻度上，两条线之间的间距就是步长。`,
    lengthLabel: (coord: string) => `每一步沿 ${coord} 方向的长度（以 α 为单位），有偏差修正与无偏差修正对比`,
    lengthDescription: (bc: string, other: string, step: number) =>
      `实线：${bc}；虚线：${other}。高度为 1 的水平线表示恰好为 α 的一步。画到第 ${step} 步。`,
    timeAxis: '步数 t（对数刻度）',
    momentsAxis: '梯度大小',
    lengthAxis: (coord: string) => `|沿 ${coord} 的一步| ÷ α`,
  },
});
