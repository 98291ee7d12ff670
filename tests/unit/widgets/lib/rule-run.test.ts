import { describe, expect, it } from 'vitest';
// The rule racers run in the island that loads the rule language (lib/rule-language.ts).
import '../../../../components/widgets/lib/with-rules.ts';
import { firstDifference, runRule } from '../../../../components/widgets/lib/rule-run.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { rulePresets } from '../../../../src/engine/rule/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

const { rosenbrock } = problems;

describe('runRule', () => {
  it('follows the built-in optimizer its preset reproduces, point for point', () => {
    const rule = runRule(rosenbrock.f, rosenbrock.grad, rulePresets.adam.source, {
      steps: 200,
      start: rosenbrock.start,
      params: { lr: 0.05 },
    });
    const builtIn = runOnProblem(rosenbrock, { name: 'adam', lr: 0.05 }, { steps: 200 });
    expect(rule.steps).toBe(200);
    expect(firstDifference(rule, builtIn)).toBeNull();
    rule.losses.forEach((loss, k) => expect(loss).toBeCloseTo(builtIn.losses[k]!, 12));
  });

  it('stops where a line gives a non-finite value and keeps the points before', () => {
    const run = runRule(rosenbrock.f, rosenbrock.grad, 'q = q + 1\nr = log(3 - q)\nw = w - 0.0001 * g * r', {
      steps: 10,
      start: [0, 0],
    });
    // q is 3 at step 3: log(0) = -Infinity on line 2.
    expect(run.stopped).toMatchObject({ step: 3, rule: { line: 2, step: 3 } });
    expect(run.steps).toBe(2);
    expect(run.points.length).toBe(6);
  });

  it('stops a run whose weights explode, as the built-ins’ runs do', () => {
    const run = runRule(rosenbrock.f, rosenbrock.grad, 'w = w - 10 * g', { steps: 50, start: rosenbrock.start });
    const stopped = run.stopped;
    expect(stopped !== null && 'run' in stopped ? stopped.run : null).toMatch(/weight|loss/);
    expect(run.steps).toBe(run.stopped!.step - 1);
  });

  it('adds the same seeded noise for the same seed', () => {
    const options = { steps: 20, start: rosenbrock.start, noise: { sigma: 0.5, seed: 3 } };
    const a = runRule(rosenbrock.f, rosenbrock.grad, rulePresets.sgd.source, options);
    const b = runRule(rosenbrock.f, rosenbrock.grad, rulePresets.sgd.source, options);
    const clean = runRule(rosenbrock.f, rosenbrock.grad, rulePresets.sgd.source, { ...options, noise: undefined });
    expect(firstDifference(a, b)).toBeNull();
    expect(firstDifference(a, clean)).not.toBeNull();
  });
});

describe('firstDifference', () => {
  it('says the first step and size of a difference, or a difference in length', () => {
    const a = { points: [0, 0, 1, 1, 2, 2], steps: 2, dim: 2 };
    expect(firstDifference(a, { points: [0, 0, 1, 1, 2, 2.5], steps: 2 })).toEqual({ step: 2, by: 0.5 / 2.5 });
    expect(firstDifference(a, { points: [0, 0, 1, 1], steps: 1 })).toEqual({ step: 2, by: Infinity });
    expect(firstDifference(a, { points: [0, 0, 1, 1 + 1e-15, 2, 2], steps: 2 })).toBeNull();
  });
});
