import { describe, expect, it } from 'vitest';
import { runAdaptive } from '../../../components/widgets/AdaptiveSteps/model.ts';
import { createAdamRace } from '../../../components/widgets/AdamTrainer/model.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { axisValley } from '../../../src/engine/problems/axis-valley.ts';

/** The numbers the Adagrad, RMSProp and Adam chapters quote (both languages), from the engine. */
const x = (r: RunResult | undefined, t: number): number => r!.points[2 * t]!;
const y = (r: RunResult | undefined, t: number): number => r!.points[2 * t + 1]!;
const effX = (r: RunResult | undefined, t: number): number => r!.states!.effectiveStep![2 * (t - 1)]!;
const run = (names: ('adagrad' | 'rmsprop')[], lr: number, decay: number, noise: number, steps: number) =>
  runAdaptive({ optimizers: names, surface: axisValley, lr, decay, noise, steps });

describe('adagrad chapter', () => {
  it('α 0.3: x’s effective step 0.75 at step 1, 0.19 by step 100, then level', () => {
    const [a] = run(['adagrad'], 0.3, 0.9, 0, 200);
    expect(effX(a, 1)).toBeCloseTo(0.75, 6);
    expect(effX(a, 100)).toBeCloseTo(0.19, 2);
    expect(effX(a, 200)).toBeCloseTo(0.19, 2);
  });
  it('α 0.02: x from −4 to −2.84 after 1,000 steps and −0.94 after 10,000; effective step 0.05 → 0.001', () => {
    const [a] = run(['adagrad'], 0.02, 0.9, 0, 10000);
    expect(x(a, 1000)).toBeCloseTo(-2.84, 2);
    expect(x(a, 10000)).toBeCloseTo(-0.94, 2);
    expect(effX(a, 1)).toBeCloseTo(0.05, 6);
    expect(effX(a, 10000)).toBeCloseTo(0.001, 3);
  });
  it('noise σ 0.5, α 0.3: effective step 0.018 at 1,000 and 0.006 at 10,000 (a factor 3.0)', () => {
    const [a] = run(['adagrad'], 0.3, 0.9, 0.5, 10000);
    expect(effX(a, 1000)).toBeCloseTo(0.018, 3);
    expect(effX(a, 10000)).toBeCloseTo(0.006, 3);
    expect(effX(a, 1000) / effX(a, 10000)).toBeCloseTo(3.0, 1);
  });
});

describe('rmsprop chapter', () => {
  it('α 0.05, γ 0.9: Adagrad’s x only reaches −1.4 in 1,000 steps (effective step 0.125 → 0.007); RMSProp arrives in ~100 and hovers 0.025 away', () => {
    const [ag, rm] = run(['adagrad', 'rmsprop'], 0.05, 0.9, 0, 1000);
    expect(x(ag, 1000)).toBeCloseTo(-1.44, 2);
    expect(effX(ag, 1)).toBeCloseTo(0.125, 6);
    expect(effX(ag, 1000)).toBeCloseTo(0.007, 3);
    const arrived = Array.from({ length: 1001 }, (_, t) => t).find((t) => Math.abs(x(rm, t)) < 0.05);
    expect(arrived).toBeGreaterThan(80);
    expect(arrived).toBeLessThanOrEqual(110);
    expect(x(rm, 1000)).toBeCloseTo(-0.025, 3);
    expect(y(rm, 1000)).toBeCloseTo(-0.025, 3);
  });
  it('γ 0: a two-step cycle of sign steps of length α', () => {
    const [, rm] = run(['adagrad', 'rmsprop'], 0.05, 0, 0, 1000);
    expect(y(rm, 1000)).toBeCloseTo(0.01, 3);
    expect(y(rm, 999)).toBeCloseTo(-0.04, 3);
    expect(x(rm, 1000)).toBeCloseTo(-0.009, 3);
    expect(x(rm, 999)).toBeCloseTo(0.041, 3);
  });
  it('γ 0.999: the first step takes y from 1.5 to −0.08', () => {
    const [, rm] = run(['adagrad', 'rmsprop'], 0.05, 0.999, 0, 1);
    expect(y(rm, 1)).toBeCloseTo(-0.08, 2);
  });
});

describe('adam chapter: the two-moons race', () => {
  const lossesAfter1000 = (adamLr: number) => {
    const { race } = createAdamRace({ dataset: 'moons', batch: '16', adamLr, rmspropLr: 0.01, momentumLr: 0.05, seed: 1 });
    race.run(1000);
    return race.trainers.map((t) => t.history.trainLoss.at(-1)!);
  };
  it('α 0.01: Adam 0.0029 (β₂ 0.999) and 0.0007 (β₂ 0.99) after 1,000 steps', () => {
    const [adam, adam99] = lossesAfter1000(0.01);
    expect(adam).toBeCloseTo(0.0029, 4);
    expect(adam99).toBeCloseTo(0.0007, 4);
  });
  it('the paper’s α 0.001: both Adams still at 0.24 after 1,000 steps', () => {
    const [adam, adam99] = lossesAfter1000(0.001);
    expect(adam).toBeCloseTo(0.24, 2);
    expect(adam99).toBeCloseTo(0.24, 2);
  });
});
