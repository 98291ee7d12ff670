import { describe, expect, it } from 'vitest';
import { formulaSurface, raceLrs, runRace, surfaceOf } from '../../../components/widgets/Race/model.ts';
import type { RaceInput, RaceRun } from '../../../components/widgets/Race/model.ts';
import { computeSweep } from '../../../components/widgets/Race/sweep.ts';
import { defaultSettings } from '../../../components/widgets/lib/optimizer-settings.ts';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { chapterText } from './chapter-text.ts';

/** The playground's Rosenbrock "Try this" (issue #22, point 1), against the Race the page shows: `<Race />`. */
const en = chapterText('playground');
const zh = chapterText('playground', 'zh-cn');

const surface = surfaceOf('rosenbrock', formulaSurface('x'));
const input: RaceInput = {
  surface,
  start: surface.start,
  steps: 300,
  noise: 0,
  seed: 1,
  selected: classicOptimizerNames,
  settings: defaultSettings(raceLrs),
};
const lossAt = (runs: readonly RaceRun[], name: OptimizerName | null, k: number): number => {
  const run = runs.find((r) => r.name === name)!.run;
  return run.losses[Math.min(k, run.steps)]!;
};
const lowestAt = (runs: readonly RaceRun[], k: number): OptimizerName | null =>
  runs.reduce((best, r) => (lossAt(runs, r.name, k) < lossAt(runs, best.name, k) ? r : best)).name;

describe('playground chapter: the Rosenbrock race', () => {
  it('with the defaults Momentum ends lowest (about 0.003); gradient descent and the adaptive methods stay between 1.2 and 2.4', () => {
    const { runs } = runRace(input);
    expect(lowestAt(runs, 300)).toBe('momentum');
    expect(lossAt(runs, 'momentum', 300)).toBeCloseTo(0.003, 3);
    for (const name of ['sgd', 'adagrad', 'rmsprop', 'adam'] as const) {
      expect(lossAt(runs, name, 300)).toBeGreaterThan(1.2);
      expect(lossAt(runs, name, 300)).toBeLessThan(2.4);
    }
    expect(en).toContain('Momentum ends lowest, near 0.003 at step 300');
    expect(en).toContain('between 1.2 and 2.4');
    expect(zh).toContain('动量法最终最低，第 300 步时约为 0.003');
    expect(zh).toContain('损失在 1.2 到 2.4 之间');
  });

  it('with the best learning rates Adagrad and RMSProp lead at step 50, Momentum at step 300', () => {
    const best = computeSweep(input).best;
    const settings = defaultSettings(Object.fromEntries(best.map((b) => [b.name, b.lr])));
    const { runs } = runRace({ ...input, settings });
    for (const name of classicOptimizerNames)
      expect(lossAt(runs, name, 300)).toBeLessThan(lossAt(runRace(input).runs, name, 300));
    expect(lossAt(runs, 'adagrad', 50)).toBeLessThan(0.001);
    expect(lossAt(runs, 'rmsprop', 50)).toBeLessThan(0.001);
    expect(lossAt(runs, 'momentum', 50)).toBeCloseTo(0.19, 2);
    expect(lowestAt(runs, 300)).toBe('momentum');
    expect(en).toContain(
      'at step 50 Adagrad and RMSProp are already below 0.001 while Momentum is near 0.19, yet at step 300 Momentum is lowest again',
    );
    expect(zh).toContain(
      '第 50 步时 Adagrad 和 RMSProp 已经低于 0.001，动量法还在 0.19 左右；可到了第 300 步，最低的又是动量法',
    );
    expect(en).not.toContain('the adaptive methods reach the floor much sooner');
  });
});

describe('playground chapter: the saddle (the Race at its default rates, as the page starts)', () => {
  const saddle = surfaceOf('saddle', formulaSurface('x'));
  const race = (noise: number) => runRace({ ...input, surface: saddle, start: saddle.start, noise }).runs;

  it('gradient descent has not reached the saddle by step 300; the momentum methods sit on it; the adaptive ones leave', () => {
    const runs = race(0);
    expect(saddle.start).toEqual([-1.8, 0.001]);
    for (const name of ['sgd', 'momentum', 'nag'] as const) expect(raceLrs[name]).toBe(0.002);
    expect(lossAt(runs, 'sgd', 300)).toBeCloseTo(0.54, 2);
    for (const name of ['momentum', 'nag'] as const) {
      expect(Math.abs(lossAt(runs, name, 75) - 0.25)).toBeLessThan(0.005);
      expect(lossAt(runs, name, 280)).toBeGreaterThan(0.24);
    }
    expect(lossAt(runs, 'adam', 50)).toBeLessThan(0.001);
    for (const name of ['adagrad', 'rmsprop', 'adam'] as const) expect(lossAt(runs, name, 300)).toBeLessThan(1e-5);
    expect(en).toContain('(gradient descent, Momentum and Nesterov at $\\alpha = 0.002$');
    expect(en).toContain('gradient descent is still sliding toward the saddle at step 300 (loss 0.54)');
    expect(en).toContain('Momentum and Nesterov reach it by step 75 and sit on it');
    expect(en).toContain('(Adam is below 0.001 by step 50)');
    expect(en).not.toContain('Plain gradient descent lingers; momentum');
    expect(zh).toContain('（梯度下降、动量和 Nesterov 都是 $\\alpha = 0.002$');
    expect(zh).toContain('到第 300 步还在朝鞍点滑去（损失 0.54）');
    expect(zh).toContain('动量和 Nesterov 在第 75 步前就到了鞍点');
    expect(zh).toContain('Adam 在第 50 步前就降到 0.001 以下');
  });

  it('gradient noise 0.1 knocks the momentum methods off the ridge: 0.07 and 0.06 at step 300, against 0.24 without', () => {
    const quiet = race(0);
    const noisy = race(0.1);
    expect(lossAt(noisy, 'momentum', 300).toFixed(2)).toBe('0.07');
    expect(lossAt(noisy, 'nag', 300).toFixed(2)).toBe('0.06');
    for (const name of ['momentum', 'nag'] as const) expect(lossAt(quiet, name, 300)).toBeGreaterThan(0.23);
    expect(en).toContain('set the gradient noise to 0.1');
    expect(en).toContain('well on their way down (0.07 and 0.06)');
    expect(zh).toContain('把梯度噪声设为 0.1');
    expect(zh).toContain('（0.07 和 0.06）');
  });
});
