import { describe, expect, it } from 'vitest';
import { outcome, stepArrows } from '../../../../components/widgets/MomentumEscape/model.ts';
import { logLevels } from '../../../../components/widgets/MomentumRavine/contour.ts';
import { firstBelow, reversals, segments, splitStep } from '../../../../components/widgets/MomentumRavine/model.ts';
import { beforeMinimum, brakeStep, firstSlowdown, speeds, stepParts } from '../../../../components/widgets/NesterovCompare/model.ts';
import { compareForms } from '../../../../components/widgets/TorchFormCheck/model.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

describe('MomentumEscape model (the chapter’s claims)', () => {
  const run = (name: 'sgd' | 'momentum', lr: number, mu = 0.9) => runOnProblem(problems.twoMinima, { name, lr, momentum: mu }, { steps: 120, record: true });
  it('at α 0.02: momentum μ 0.9 reaches the deeper minimum, μ 0.8 and GD stay in the shallow one', () => {
    expect(outcome(problems.twoMinima, run('momentum', 0.02), 0)).toEqual({ kind: 'global', words: 'settles in the deeper minimum at w = 1.6' });
    expect(outcome(problems.twoMinima, run('momentum', 0.02, 0.8), 0).kind).toBe('local');
    expect(outcome(problems.twoMinima, run('sgd', 0.02), 0).kind).toBe('local');
    expect(outcome(problems.twoMinima, run('momentum', 0.01), 0).kind).toBe('local');
    expect(outcome(problems.twoMinima, run('momentum', 0.05, 0.8), 0).kind).toBe('global');
  });
  it('at α 0.05, μ 0.95 crosses the hump and comes back', () => {
    expect(outcome(problems.twoMinima, run('momentum', 0.05, 0.95), 0).words).toMatch(/^crossed the hump, overshot, and came back to the shallow minimum/);
  });
  it('draws one arrow per step, from w_{k-1} to w_k', () => {
    const r = run('momentum', 0.02);
    const arrows = stepArrows(r, 3);
    expect(arrows).toHaveLength(3);
    expect(arrows[1]).toEqual({ k: 2, x1: r.points[1], x2: r.points[2], y: r.losses[1] });
    expect(r.points[2]! - r.points[1]!).toBeCloseTo(-r.states!.velocity![1]!, 15);
  });
});

describe('MomentumRavine model', () => {
  const p = problems.illConditioned;
  const m = runOnProblem(p, { name: 'momentum', lr: 0.08, momentum: 0.6 }, { steps: 60, record: true });
  const g = runOnProblem(p, { name: 'sgd', lr: 0.08 }, { steps: 60 });
  it('splits a step tip to tail into μ v_{t-1} and α g_t that land on w_t', () => {
    for (const t of [1, 2, 5]) {
      const split = splitStep(m, t, 0.6)!;
      const v = m.states!.velocity!;
      const gr = m.states!.grad!;
      expect(split.carry.x2 - split.carry.x1).toBeCloseTo(t === 1 ? 0 : -0.6 * v[2 * t - 4]!, 14);
      expect(split.push.x2 - split.push.x1).toBeCloseTo(-0.08 * gr[2 * t - 2]!, 14);
      expect(split.push.y2 - split.push.y1).toBeCloseTo(-0.08 * gr[2 * t - 1]!, 14);
      expect(split.push.x2).toBe(m.points[2 * t]);
    }
    expect(splitStep(m, 0, 0.6)).toBeNull();
  });
  it('finds the chapter’s numbers: loss below 0.001 at steps 47 (GD) and 20 (momentum)', () => {
    expect(firstBelow(g.losses, 1e-3)).toBe(47);
    expect(firstBelow(m.losses, 1e-3)).toBe(20);
    expect(firstBelow([1, 2], 0.5)).toBeNull();
    expect(reversals(m, 60)).toBeLessThan(reversals(g, 60));
    expect(segments(m, 2)).toHaveLength(2);
  });
  it('log levels are increasing and start at the floor', () => {
    const levels = logLevels(p, 10);
    expect(levels[0]).toBeCloseTo(-2, 12);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
  });
});

describe('NesterovCompare model', () => {
  const m = runOnProblem(problems.quadratic1d, { name: 'momentum', lr: 0.02, momentum: 0.9 }, { steps: 40, record: true });
  const n = runOnProblem(problems.quadratic1d, { name: 'nag', lr: 0.02, momentum: 0.9 }, { steps: 40, record: true });
  it('NAG brakes at step 7, momentum first slows at step 8 (the chapter’s numbers)', () => {
    expect(brakeStep(speeds(m), speeds(n))).toBe(7);
    expect(firstSlowdown(speeds(m))).toBe(8);
    expect(speeds(n)[6]).toBeCloseTo(0.1981, 4);
    expect(speeds(n)[7]).toBeCloseTo(0.1959, 4);
    expect(n.points[7]).toBeCloseTo(-0.4223, 4);
    expect(Math.max(...m.points)).toBeCloseTo(0.6546, 4);
    expect(Math.max(...n.points)).toBeCloseTo(0.4618, 4);
    expect(beforeMinimum(n.points[7]!, n.states!.velocity![6]!, 0)).toBe(true);
  });
  it('NAG takes its gradient at the look-ahead point, momentum at w', () => {
    const partsN = stepParts(n, 3, 0.9, true)!;
    const partsM = stepParts(m, 3, 0.9, false)!;
    expect(partsN.gradAt).toBe(partsN.carried);
    expect(partsN.grad).toBeCloseTo(2 * partsN.gradAt, 14);
    expect(partsM.gradAt).toBe(partsM.from);
    expect(partsN.carried - 0.02 * partsN.grad).toBeCloseTo(partsN.to, 14);
  });
  it('at μ 0 there is no braking step', () => {
    const a = runOnProblem(problems.quadratic1d, { name: 'momentum', lr: 0.02, momentum: 0 }, { steps: 40, record: true });
    const b = runOnProblem(problems.quadratic1d, { name: 'nag', lr: 0.02, momentum: 0 }, { steps: 40, record: true });
    expect(brakeStep(speeds(a), speeds(b))).toBeNull();
  });
  it('the NAG stability limits quoted in the chapter', () => {
    const at = (name: 'momentum' | 'nag', lr: number) => runOnProblem(problems.illConditioned, { name, lr, momentum: 0.6 }, { steps: 2000 });
    expect(at('nag', 0.072).losses[2000]).toBeLessThan(1e-3);
    expect(at('nag', 0.073).losses.at(-1)!).toBeGreaterThan(1);
    expect(at('momentum', 0.159).losses[2000]).toBeLessThan(1e-3);
    expect(at('momentum', 0.161).diverged).not.toBeNull();
  });
});

describe('TorchFormCheck model', () => {
  it('agrees at a constant α, parts under a schedule', () => {
    expect(compareForms(problems.twoMinima, 'momentum', 0.02, 0.9, 200, false).maxDifference).toBeLessThan(1e-14);
    expect(compareForms(problems.twoMinima, 'momentum', 0.02, 0.9, 200, true).maxDifference).toBeCloseTo(0.00146, 5);
    expect(compareForms(problems.ravine, 'nag', 0.02, 0.9, 200, false).maxDifference).toBeLessThan(1e-14);
  });
});
