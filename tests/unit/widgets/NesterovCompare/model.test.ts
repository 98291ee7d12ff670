import { describe, expect, it } from 'vitest';
import {
  beforeMinimum,
  brakeStep,
  firstSlowdown,
  lookAheadCrossing,
  pushPointsBack,
  speeds,
  stepParts,
} from '../../../../components/widgets/NesterovCompare/model.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

describe('NesterovCompare model', () => {
  const m = runOnProblem(
    problems.quadratic1d,
    { name: 'momentum', lr: 0.02, momentum: 0.9 },
    { steps: 40, record: true },
  );
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
    const a = runOnProblem(
      problems.quadratic1d,
      { name: 'momentum', lr: 0.02, momentum: 0 },
      { steps: 40, record: true },
    );
    const b = runOnProblem(problems.quadratic1d, { name: 'nag', lr: 0.02, momentum: 0 }, { steps: 40, record: true });
    expect(brakeStep(speeds(a), speeds(b))).toBeNull();
  });
  it('the NAG stability limits quoted in the chapter', () => {
    const at = (name: 'momentum' | 'nag', lr: number) =>
      runOnProblem(problems.illConditioned, { name, lr, momentum: 0.6 }, { steps: 2000 });
    expect(at('nag', 0.072).losses[2000]).toBeLessThan(1e-3);
    expect(at('nag', 0.073).losses.at(-1)!).toBeGreaterThan(1);
    expect(at('momentum', 0.159).losses[2000]).toBeLessThan(1e-3);
    expect(at('momentum', 0.161).diverged).not.toBeNull();
  });
});

describe('NesterovCompare look-ahead crossing (issue #22, point 2)', () => {
  const run = (name: 'momentum' | 'nag', problem: 'quadratic1d' | 'twoMinima') =>
    runOnProblem(problems[problem], { name, lr: 0.02, momentum: 0.9 }, { steps: 40, record: true });
  it('on the bowl the push at the braking step 7 still points forward; the look-ahead crosses 0 at step 10', () => {
    const nag = run('nag', 'quadratic1d');
    expect(pushPointsBack(nag, 7)).toBe(false);
    expect(pushPointsBack(nag, 10)).toBe(true);
    expect(lookAheadCrossing(nag, 0.9, [0])).toEqual({ step: 10, minimum: 0 });
  });
  it('at μ 0 the look-ahead is the weight itself and never crosses ahead of it', () => {
    const nag = runOnProblem(problems.quadratic1d, { name: 'nag', lr: 0.02, momentum: 0 }, { steps: 40, record: true });
    expect(lookAheadCrossing(nag, 0, [0])).toBeNull();
  });
  it('on two minima both speeds first fall at step 4 (the status must not say "only")', () => {
    expect(firstSlowdown(speeds(run('nag', 'twoMinima')))).toBe(4);
    expect(firstSlowdown(speeds(run('momentum', 'twoMinima')))).toBe(4);
    expect(brakeStep(speeds(run('momentum', 'twoMinima')), speeds(run('nag', 'twoMinima')))).toBe(30);
  });
});
