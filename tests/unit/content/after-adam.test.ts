import { describe, expect, it } from 'vitest';
import { schema as decaySchema } from '../../../components/widgets/DecayCompare/schema.ts';
import { schema as scheduleSchema } from '../../../components/widgets/ScheduleView/schema.ts';
import {
  noisyBowl,
  scheduleSpec,
  scheduleViewSpecs,
  tailMean,
} from '../../../components/widgets/ScheduleView/model.ts';
import type { ScheduleViewState } from '../../../components/widgets/ScheduleView/model.ts';
import type { ScheduleName } from '../../../src/engine/optim/index.ts';
import { adamStepSizes, compareDecay, meanWeight, noisyBowlLoss } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/** Every number the After Adam chapter states about its widgets, computed with the widgets' settings and found in both languages. */
const en = chapterText('after-adam');
const zh = chapterText('after-adam', 'zh-cn');

const decayDefaults = decaySchema.parse({});
const scheduleDefaults = scheduleSchema.parse({});

const comparison = (weightDecay = decayDefaults.weightDecay) =>
  compareDecay({ lr: decayDefaults.lr, weightDecay, steps: decayDefaults.steps });
/** Each weight's mean over the last half of the run (the level it hovers at). */
const levels = (run: ReturnType<typeof comparison>['adamw']['run']) =>
  [0, 1, 2, 3].map((i) => meanWeight(run, i, run.steps / 2, run.steps));

/** The widget's state for a schedule: its defaults with `changes`, as the reader sets them. */
function scheduleState(name: ScheduleName, changes: Partial<ScheduleViewState> = {}): ScheduleViewState {
  const specs = scheduleViewSpecs(scheduleDefaults.steps, scheduleDefaults.schedule, scheduleDefaults.lr);
  const defaults = Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, spec.default]),
  ) as ScheduleViewState;
  return { ...defaults, name, ...changes };
}
const floorOf = (state: ScheduleViewState) =>
  noisyBowlLoss(
    { name: 'sgd', lr: state.lr, schedule: scheduleSpec(state) },
    { steps: scheduleDefaults.steps, ...noisyBowl },
  );
const last50 = (state: ScheduleViewState) => tailMean(floorOf(state), 50);

describe('after-adam chapter: Adam + L2 against AdamW', () => {
  it('the widget starts at α 0.01, λ 0.5, 1,000 steps, as the prose says', () => {
    expect(decayDefaults).toMatchObject({ lr: 0.01, weightDecay: 0.5, steps: 1000 });
    expect(en).toContain('($\\alpha = 0.01$, $\\lambda = 0.5$, 1,000 steps)');
    expect(zh).toContain('（$\\alpha = 0.01$，$\\lambda = 0.5$，1000 步）');
  });

  it('λ 0: both are plain Adam, identical, and the weights stay close to 1', () => {
    const { adamL2, adamw } = comparison(0);
    expect(Array.from(adamL2.run.points)).toEqual(Array.from(adamw.run.points));
    for (const level of levels(adamL2.run)) expect(Math.abs(level - 1)).toBeLessThan(0.05);
  });

  it('Adam + L2 holds the weights at 0.98, 0.68, 0.17, 0.02; AdamW all at 0.79 to 0.80', () => {
    const { adamL2, adamw } = comparison();
    const l2 = levels(adamL2.run);
    [0.98, 0.68, 0.17, 0.02].forEach((value, i) => expect(l2[i]).toBeCloseTo(value, 2));
    for (const level of levels(adamw.run)) {
      expect(level).toBeGreaterThanOrEqual(0.785);
      expect(level).toBeLessThan(0.805);
    }
    expect(en).toContain('weights at about 0.98, 0.68, 0.17 and 0.02');
    expect(en).toContain('all four settle at about 0.79 to 0.80');
    expect(zh).toContain('分别保持在约 0.98、0.68、0.17 和 0.02');
    expect(zh).toContain('四个权重都停在约 0.79 到 0.80');
  });

  it('at step 1,000 Adam + L2 decays 0.001 and 0.066 per step (a factor of about 70); AdamW 0.005', () => {
    const { adamL2, adamw } = comparison();
    const at = (decay: Float64Array, i: number) => decay[(decayDefaults.steps - 1) * 4 + i]!;
    expect(at(adamL2.decay, 0)).toBeCloseTo(0.001, 3);
    expect(at(adamL2.decay, 3)).toBeCloseTo(0.066, 3);
    expect(Math.round(at(adamL2.decay, 3) / at(adamL2.decay, 0) / 10) * 10).toBe(70);
    for (let i = 0; i < 4; i++) expect(at(adamw.decay, i)).toBeCloseTo(0.005, 12);
    expect(en).toContain('by about 0.001 of itself per step and the last by 0.066, a factor of about 70');
    expect(en).toContain('$\\alpha\\lambda = 0.005$ per step');
    expect(zh).toContain('约 0.001，最后一个则是 0.066，相差约 70 倍');
    expect(zh).toContain('$\\alpha\\lambda = 0.005$');
  });

  it('λ 0.1: Adam + L2 halves the 0.1-scale weight and takes the smallest to 0.09; AdamW averages 0.95 to 0.97', () => {
    const { adamL2, adamw } = comparison(0.1);
    const l2 = levels(adamL2.run);
    expect(l2[2]).toBeCloseTo(0.5, 2);
    expect(l2[3]).toBeCloseTo(0.09, 2);
    const adamwLevels = levels(adamw.run);
    expect(Math.min(...adamwLevels).toFixed(2)).toBe('0.95');
    expect(Math.max(...adamwLevels).toFixed(2)).toBe('0.97');
    expect(en).toContain('pushes the smallest one to about 0.09');
    expect(en).toContain('AdamW keeps all four near 1: over the last 500 steps they average 0.95 to 0.97');
    expect(zh).toContain('把最小的那个压到约 0.09');
    expect(zh).toContain('AdamW 让四个权重都留在 1 附近：最后 500 步里它们的平均值在 0.95 到 0.97 之间');
  });

  it('λ 0.1: the status line’s AdamW weights at step 1,000 lie between 0.91 and 0.99 (some below 0.95), as the text warns', () => {
    const { run } = comparison(0.1).adamw;
    const last = [0, 1, 2, 3].map((i) => run.points[run.steps * 4 + i]!);
    expect(Math.min(...last).toFixed(2)).toBe('0.91');
    expect(Math.max(...last).toFixed(2)).toBe('0.99');
    expect(en).toContain("the status line's values at step 1,000 (0.91 to 0.99) jitter around that");
    expect(zh).toContain('状态行给出的第 1000 步的值（0.91 到 0.99）就在这附近抖动');
  });
});

describe('after-adam chapter: schedules', () => {
  it('the widget starts with a cosine over 300 steps at α 0.1', () => {
    expect(scheduleDefaults).toMatchObject({ schedule: 'cosine', lr: 0.1, steps: 300 });
    expect(scheduleState('cosine').tMax).toBe(300);
  });

  it('last 50 of 300 steps: constant 0.029, cosine 0.0022, step 0.0024, exponential 0.0024', () => {
    expect(last50(scheduleState('constant'))).toBeCloseTo(0.029, 3);
    expect(last50(scheduleState('cosine'))).toBeCloseTo(0.0022, 4);
    expect(last50(scheduleState('constant')) / last50(scheduleState('cosine'))).toBeGreaterThan(10);
    expect(last50(scheduleState('step'))).toBeCloseTo(0.0024, 4);
    expect(last50(scheduleState('exponential'))).toBeCloseTo(0.0024, 4);
    expect(scheduleSpec(scheduleState('step'))).toEqual({ name: 'step', stepSize: 100, gamma: 0.1 });
    expect(scheduleSpec(scheduleState('exponential'))).toEqual({ name: 'exponential', gamma: 0.99 });
    for (const [text, phrases] of [
      [
        en,
        [
          'last 50 of 300 steps is 0.029',
          'ends at 0.0022, more than ten times',
          'gives 0.0024, and exponential decay with $\\gamma = 0.99$ gives 0.0024',
        ],
      ],
      [
        zh,
        [
          '最后 50 步的平均损失是 0.029',
          '最后是 0.0022，低了十倍以上',
          '是 0.0024，$\\gamma = 0.99$ 的指数衰减也是 0.0024',
        ],
      ],
    ] as const) {
      for (const phrase of phrases) expect(text).toContain(phrase);
    }
  });

  it('the floor formula gives 0.028 at α 0.1, σ 1, close to the measured constant-rate level; half α, about half the floor', () => {
    const floor = (alpha: number) => (alpha * noisyBowl.sigma ** 2) / (4 * (1 - alpha));
    expect(floor(0.1)).toBeCloseTo(0.028, 3);
    expect(Math.abs(last50(scheduleState('constant')) / floor(0.1) - 1)).toBeLessThan(0.1);
    expect(floor(0.05) / floor(0.1)).toBeGreaterThan(0.45);
    expect(floor(0.05) / floor(0.1)).toBeLessThan(0.55);
    expect(en).toContain('which is 0.028 for $\\alpha = 0.1$');
    expect(zh).toContain('时它等于 0.028');
  });

  it('a cosine with T 100 climbs back (to α at step 200): the loss around step 200 is far above the loss around step 100', () => {
    const loss = floorOf(scheduleState('cosine', { tMax: 100 }));
    expect(tailMean(loss.slice(0, 221), 40)).toBeGreaterThan(3 * tailMean(loss.slice(0, 106), 10));
  });

  it('α 0.3: the constant floor rises, the schedules end far below it', () => {
    const constant = last50(scheduleState('constant', { lr: 0.3 }));
    expect(constant).toBeGreaterThan(last50(scheduleState('constant')));
    for (const name of ['step', 'exponential', 'cosine'] as const) {
      expect(last50(scheduleState(name, { lr: 0.3 }))).toBeLessThan(constant / 5);
    }
  });

  it('warm-up + cosine: W 50 ends at 0.0025 against 0.0022 at W 10; W 100 at 0.0035; the constant rate at 0.029', () => {
    const at = (warmup: number) => Number(last50(scheduleState('warmup-cosine', { warmup })).toPrecision(2));
    expect(scheduleState('warmup-cosine').warmup).toBe(10);
    expect([at(10), at(50), at(100)]).toEqual([0.0022, 0.0025, 0.0035]);
    expect(Number(last50(scheduleState('constant')).toPrecision(2))).toBe(0.029);
    expect(en).toContain('lengthen **W** to 50');
    expect(en).toContain('its last 50 steps average 0.0025, against 0.0022 at $W = 10$');
    expect(en).toContain('the end is visibly higher (0.0035)');
    expect(zh).toContain('把 **W** 加长到 50');
    expect(zh).toContain('最后 50 步的平均损失却是 0.0025，与 $W = 10$ 时的 0.0022 相差不大');
    expect(zh).toContain('终点明显高一些（0.0035）');
  });

  it('Adam’s first step: 0.1 = α at a constant rate, 0.01 with a linear warm-up f 0.1, W 10, on both weights', () => {
    const warm = scheduleState('warmup');
    expect(warm).toMatchObject({ startFactor: 0.1, warmup: 10 });
    const [bigC, smallC] = adamStepSizes({ lr: 0.1 }, 5);
    const [bigW, smallW] = adamStepSizes({ lr: 0.1, schedule: scheduleSpec(warm) }, 5);
    expect(bigC[0]).toBeCloseTo(0.1, 8);
    expect(smallC[0]).toBeCloseTo(0.1, 6);
    expect(bigW[0]).toBeCloseTo(0.01, 8);
    for (let k = 0; k < 5; k++) {
      // Equal up to ε: the small weight's gradient is 0.01, so ε / |g| = 1e-6 of a step.
      expect(smallC[k]).toBeCloseTo(bigC[k]!, 6);
      expect(smallW[k]).toBeCloseTo(bigW[k]!, 6);
    }
    expect(en).toContain('the first one is exactly $\\alpha$ (0.1)');
    expect(en).toContain('the first step is 0.01');
    expect(zh).toContain('第一步正好是 $\\alpha$（0.1）');
    expect(zh).toContain('第一步变成 0.01');
  });
});
