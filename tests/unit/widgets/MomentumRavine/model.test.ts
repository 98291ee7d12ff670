import { describe, expect, it } from 'vitest';
import { firstBelow, reversals, segments, splitStep } from '../../../../components/widgets/MomentumRavine/model.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

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
});
