import { describe, expect, it } from 'vitest';
import {
  decayCompareSpecs,
  decayDomain,
  scaleLabel,
  weightRows,
} from '../../../../components/widgets/DecayCompare/model.ts';
import { schema } from '../../../../components/widgets/DecayCompare/schema.ts';
import { compareDecay } from '../../../../src/engine/sim/index.ts';

describe('DecayCompare model', () => {
  const comparison = compareDecay({ lr: 0.01, weightDecay: 0.5, steps: 50 });

  it('one row per weight and method, values and decays at the step shown', () => {
    const rows = weightRows(comparison, 20);
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.scale).slice(0, 4)).toEqual(['×10', '×1', '×0.1', '×0.01']);
    expect(rows[1]).toMatchObject({
      method: 'adam-l2',
      value: comparison.adamL2.run.points[20 * 4 + 1],
      decay: comparison.adamL2.decay[19 * 4 + 1],
    });
    expect(rows[5]).toMatchObject({ method: 'adamw', value: comparison.adamw.run.points[20 * 4 + 1], decay: 0.005 });
  });

  it('step 0 shows the start and step 1’s decay; a step past the end is clamped', () => {
    const start = weightRows(comparison, 0);
    expect(start.every((r) => r.value === 1)).toBe(true);
    expect(start[0]!.decay).toBe(comparison.adamL2.decay[0]);
    expect(weightRows(comparison, 999)).toEqual(weightRows(comparison, 50));
  });

  it('the URL specs match the schema’s ranges', () => {
    const specs = decayCompareSpecs(1000);
    const props = schema.parse({});
    expect(specs.lr).toMatchObject({ default: props.lr, min: 0.001, max: 0.1 });
    expect(specs.wd).toMatchObject({ default: props.weightDecay, min: 0, max: 1 });
    expect(specs.step.max).toBe(1000);
    expect(scaleLabel(0.01)).toBe('×0.01');
  });
});

describe('decayDomain', () => {
  it('spans whole decades around every decay of both runs; null without decay', () => {
    const comparison = compareDecay({ lr: 0.01, weightDecay: 0.5, steps: 100 });
    const [lo, hi] = decayDomain(comparison)!;
    const all = [...comparison.adamL2.decay, ...comparison.adamw.decay];
    expect(Math.min(...all)).toBeGreaterThanOrEqual(lo);
    expect(Math.max(...all)).toBeLessThanOrEqual(hi);
    expect(Math.log10(lo) % 1).toBeCloseTo(0, 12);
    expect(hi / lo).toBeLessThanOrEqual(1000);
    expect(decayDomain(compareDecay({ lr: 0.01, weightDecay: 0, steps: 10 }))).toBeNull();
  });
});
