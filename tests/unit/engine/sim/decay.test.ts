import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../../src/engine/optim/index.ts';
import { compareDecay, decayScales, meanWeight } from '../../../../src/engine/sim/index.ts';

describe('compareDecay', () => {
  const { adamL2, adamw } = compareDecay({ lr: 0.01, weightDecay: 0.5, steps: 200, seed: 3 });

  it('runs Adam with the L2 term and AdamW with the same α, λ, from w = 1', () => {
    expect(adamL2.run.spec).toMatchObject({ name: 'adam', lr: 0.01, weightDecay: 0.5 });
    expect(adamw.run.spec).toMatchObject({ name: 'adamw', lr: 0.01, weightDecay: 0.5 });
    expect(Array.from(adamL2.run.points.slice(0, 4))).toEqual([1, 1, 1, 1]);
    expect(adamL2.decay).toHaveLength(200 * decayScales.length);
  });

  it('AdamW decays every weight by αλ; Adam + L2 by αλ / (√ŝ + ε) from the recorded ŝ', () => {
    expect(new Set(adamw.decay)).toEqual(new Set([0.005]));
    const sHat = adamL2.run.states!.sHat!;
    for (const j of [0, 5, 402, 799]) expect(adamL2.decay[j]).toBeCloseTo(0.005 / (Math.sqrt(sHat[j]!) + 1e-8), 15);
  });

  it('reproduces step 1 by hand: the noise is h_i σ N(0, 1) from the seed, the same for both runs', () => {
    // Same seed, same noise: the first gradient differs between the two only by the L2 term λ w = 0.5.
    const g1 = adamL2.run.states!.grad!.slice(0, 4);
    const gw = adamw.run.states!.grad!.slice(0, 4);
    for (let i = 0; i < 4; i++) expect(g1[i]! - gw[i]!).toBeCloseTo(0.5, 12);
    // Adam's first step is α sign(g) in every coordinate (bias correction), decay included.
    const opt = createOptimizer({ name: 'adam', lr: 0.01, weightDecay: 0.5 }, 4);
    const w = Float64Array.of(1, 1, 1, 1);
    opt.step(w, (_, out) => out.set(gw));
    expect(Array.from(w)).toEqual(Array.from(adamL2.run.points.slice(4, 8)));
  });

  it('the weights with the smallest gradients are decayed the most under Adam + L2, alike under AdamW', () => {
    const last = (i: number) => adamL2.decay[199 * 4 + i]!;
    expect(last(3)).toBeGreaterThan(10 * last(0));
    const levels = [0, 1, 2, 3].map((i) => meanWeight(adamL2.run, i, 100, 200));
    expect(levels[3]).toBeLessThan(levels[0]!);
  });

  it('meanWeight averages steps (from, to]', () => {
    const points = adamw.run.points;
    expect(meanWeight(adamw.run, 2, 9, 11)).toBeCloseTo((points[10 * 4 + 2]! + points[11 * 4 + 2]!) / 2, 15);
  });

  it('a different seed gives different noise; the same seed the same run', () => {
    const again = compareDecay({ lr: 0.01, weightDecay: 0.5, steps: 200, seed: 3 });
    expect(Array.from(again.adamw.run.points)).toEqual(Array.from(adamw.run.points));
    const other = compareDecay({ lr: 0.01, weightDecay: 0.5, steps: 200, seed: 4 });
    expect(Array.from(other.adamw.run.points)).not.toEqual(Array.from(adamw.run.points));
  });
});
