import { problems } from '../../../src/engine/problems/index.ts';
import { zh } from '../lib/cjk-space.ts';
import { defineStrings } from '../lib/i18n.tsx';

/** Position and speed of both runs at the shown step, formatted. */
export interface Both {
  momentumW: string;
  momentumV: string;
  nagW: string;
  nagV: string;
}

/**
 * The braking step: NAG's and Momentum's speeds before and after it; NAG's look-ahead point, its
 * push α|g| and the speed μ takes off, (1 − μ)|v|; whether the push points back; and the minimum
 * NAG started before (null if it had already passed it).
 */
export interface Brake {
  nagBefore: string;
  nagNow: string;
  momentumBefore: string;
  momentumNow: string;
  lookAhead: string;
  push: string;
  drop: string;
  pointsBack: boolean;
  minimum: string | null;
}

/** The first step at which NAG starts before a minimum while its look-ahead point is past it. */
export interface Crossing {
  from: string;
  lookAhead: string;
  grad: string;
  minimum: string;
  speedBefore: string;
  speedNow: string;
}

/** Every string NesterovCompare shows, per language. Optimizer names (Momentum, Nesterov, NAG) stay as they are. */
export const strings = defineStrings({
  en: {
    title: 'Momentum and Nesterov from the same start',
    formula: 'Nesterov (NAG) update rule, with linked symbols',
    curve: 'Curve',
    problems: { quadratic1d: 'Bowl w²', twoMinima: 'Two minima' },
    /** The curves' names inside sentences (English: the engine's own titles). */
    curveName: { quadratic1d: problems.quadratic1d.title, twoMinima: problems.twoMinima.title },
    mu: 'Momentum μ',
    lr: 'Learning rate α',
    lrHint: 'Logarithmic scale, shared by both runs.',
    both: (b: Both) => `Momentum w = ${b.momentumW}, |v| = ${b.momentumV}; NAG w = ${b.nagW}, |v| = ${b.nagV}`,
    stopped: (step: number, reason: string) => `Stopped at step ${step}: ${reason}`,
    brake: (step: number, b: Brake) =>
      `step ${step}: NAG's speed falls (|v| ${b.nagBefore} → ${b.nagNow}) while Momentum's still grows (${b.momentumBefore} → ${b.momentumNow}). ` +
      (b.pointsBack
        ? `The gradient at NAG's look-ahead point w − μv = ${b.lookAhead}${b.minimum === null ? '' : `, past the minimum at ${b.minimum},`} points back: its push takes speed off.`
        : `NAG's look-ahead point w − μv = ${b.lookAhead} is ${b.minimum === null ? 'nearer the bottom' : `still before the minimum at ${b.minimum}`} and its gradient still pushes forward, ` +
          `but the slope there is gentler than at the ball: the push α|g| = ${b.push} no longer makes up for the (1 − μ)|v| = ${b.drop} that μ takes off each step.`),
    crossing: (c: Crossing) =>
      `In this step NAG started at w = ${c.from}, before the minimum at ${c.minimum}, but its look-ahead point w − μv = ${c.lookAhead} is past it: ` +
      `the gradient there (${c.grad}) points back, so NAG brakes before it reaches the minimum (|v| ${c.speedBefore} → ${c.speedNow}).`,
    firstFalls: (nag: number | null, momentum: number | null, marked: number | null) =>
      (nag === null
        ? "NAG's speed never falls in these steps."
        : momentum === nag
          ? `Both speeds first fall at step ${nag}.`
          : momentum === null
            ? `NAG's speed first falls at step ${nag}; Momentum's never does in these steps.`
            : `NAG's speed first falls at step ${nag}, Momentum's ${momentum > nag ? 'only' : 'already'} at step ${momentum}.`) +
      (marked === null
        ? ' In this run NAG never slows down while Momentum still speeds up.'
        : marked === nag
          ? ''
          : ` The dashed line marks step ${marked}, where NAG slows while Momentum still speeds up.`),
    status: (step: number, both: string, when: string) => `step ${step}: ${both}. ${when}`,
    /** Appended to the status line while there is noise: where each run hovers, and the effective step. */
    noisy: (sigma: string, from: number, to: number, momentum: string, nag: string, effective: string) =>
      ` With noise σ = ${sigma}, mean loss over steps ${from}–${to}: Momentum ${momentum}, NAG ${nag}. Effective step α/(1−μ) = ${effective}.`,
    label: (curve: string, step: number, last: number) =>
      `Momentum (top) and NAG (bottom) on ${curve}, step ${step} of ${last}`,
    description: (step: number, both: string) =>
      `Two copies of the curve. In each, dots are the iterates and thin arrows the steps taken (the velocity). For step ${step}, a dashed arrow goes from w to w − μv, ` +
      `a ring marks where the gradient was taken (at w for momentum, at w − μv for NAG), and a red arrow is the push −αg. ${both}.`,
    speedLabel: (last: number) => `Speed |v| of both runs over ${last} steps`,
    speedDescription: (brake: number | null) =>
      `Speed |v_t| of momentum and NAG against the step t.${brake === null ? '' : ` The marked step ${brake} is where NAG slows while momentum still speeds up.`}`,
    legend: { kept: 'kept velocity, to w − μv', push: 'gradient push −αg (ring: where g is taken)' },
    yAxis: 'loss',
    stepAxis: 'step t',
    speedAxis: 'speed |v|',
  },
  'zh-cn': {
    title: '从同一起点出发的 Momentum 与 Nesterov',
    formula: 'Nesterov（NAG）的更新规则（符号与图联动）',
    curve: '曲线',
    problems: { quadratic1d: '碗形曲线 w²', twoMinima: '双极小值曲线' },
    curveName: { quadratic1d: '碗形曲线 w²', twoMinima: '双极小值曲线' },
    mu: '动量系数 μ',
    lr: '学习率 α',
    lrHint: '对数刻度，两次运行共用。',
    both: (b: Both) =>
      `Momentum 位于 w = ${b.momentumW}，速度 |v| = ${b.momentumV}；NAG 位于 w = ${b.nagW}，速度 |v| = ${b.nagV}`,
    stopped: (step: number, reason: string) => `在第 ${step} 步停止：${reason}`,
    brake: (step: number, b: Brake) =>
      `第 ${step} 步：NAG 的速度在下降（|v| ${b.nagBefore} → ${b.nagNow}），而 Momentum 的速度仍在增加（${b.momentumBefore} → ${b.momentumNow}）。` +
      (b.pointsBack
        ? `NAG 的前瞻点 w − μv = ${b.lookAhead}${b.minimum === null ? '' : ` 已越过 ${b.minimum} 处的极小值`}，那里的梯度指向回头的方向：这一推减掉了速度。`
        : `NAG 的前瞻点 w − μv = ${b.lookAhead} ${b.minimum === null ? '更靠近谷底' : `仍在 ${b.minimum} 处的极小值之前`}，那里的梯度仍然向前推，` +
          `但那里的坡比小球所在处平缓：推力 α|g| = ${b.push} 已经补不上 μ 每步减掉的 (1 − μ)|v| = ${b.drop}。`),
    crossing: (c: Crossing) =>
      `这一步 NAG 从 w = ${c.from} 出发，还没到 ${c.minimum} 处的极小值，但它的前瞻点 w − μv = ${c.lookAhead} 已经越过了极小值：` +
      `那里的梯度（${c.grad}）指向回头的方向，所以 NAG 在到达极小值之前就刹车了（|v| ${c.speedBefore} → ${c.speedNow}）。`,
    firstFalls: (nag: number | null, momentum: number | null, marked: number | null) =>
      (nag === null
        ? '在这些步数里，NAG 的速度从未下降。'
        : momentum === nag
          ? `两者的速度都在第 ${nag} 步首次下降。`
          : momentum === null
            ? `NAG 的速度在第 ${nag} 步首次下降；Momentum 的速度在这些步数里从未下降。`
            : `NAG 的速度在第 ${nag} 步首次下降，Momentum 的速度${momentum > nag ? '要到' : '早在'}第 ${momentum} 步${momentum > nag ? '才下降' : '就已下降'}。`) +
      (marked === null
        ? '在这次运行中，NAG 从未出现“自己减速而 Momentum 仍在加速”的时刻。'
        : marked === nag
          ? ''
          : `虚线标出第 ${marked} 步：NAG 在那里减速，而 Momentum 仍在加速。`),
    status: (step: number, both: string, when: string) => `第 ${step} 步：${both}。${when}`,
    noisy: (sigma: string, from: number, to: number, momentum: string, nag: string, effective: string) =>
      `噪声 σ = ${sigma} 时，第 ${from}–${to} 步的平均损失：Momentum ${momentum}，NAG ${nag}。有效步长 α/(1−μ) = ${effective}。`,
    label: (curve: string, step: number, last: number) =>
      zh`${curve}上的 Momentum（上）与 NAG（下），第 ${step} 步，共 ${last} 步`,
    description: (step: number, both: string) =>
      `同一条曲线画了两份。每份中，圆点是迭代点，细箭头是走过的每一步（即速度）。对第 ${step} 步：虚线箭头从 w 指向 w − μv，` +
      `圆环标出计算梯度的位置（Momentum 在 w 处，NAG 在 w − μv 处），红色箭头是梯度推力 −αg。${both}。`,
    speedLabel: (last: number) => `两次运行在 ${last} 步中的速度 |v|`,
    speedDescription: (brake: number | null) =>
      `Momentum 与 NAG 的速度 |v_t| 随步数 t 的变化。${brake === null ? '' : `标出的第 ${brake} 步是 NAG 开始减速、而 Momentum 仍在加速的时刻。`}`,
    legend: { kept: '保留的速度，到达 w − μv', push: '梯度推力 −αg（圆环：计算 g 的位置）' },
    yAxis: '损失',
    stepAxis: '步数 t',
    speedAxis: '速度 |v|',
  },
});
