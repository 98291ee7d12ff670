import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/axis-valley.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import { peak, stepLengths, uncorrectedFactor } from '../../../../components/widgets/AdamInternals/model.ts';

describe('AdamInternals helpers', () => {
  it('uncorrectedFactor: 3.16 at t = 1 with β2 = 0.999, 1 with 0.99, peak 6.57 at t = 12', () => {
    expect(uncorrectedFactor(1, 0.9, 0.999)).toBeCloseTo(0.1 / Math.sqrt(0.001), 12);
    expect(uncorrectedFactor(1, 0.9, 0.99)).toBeCloseTo(1, 12);
    const values = Float64Array.from({ length: 3000 }, (_, i) => uncorrectedFactor(i + 1, 0.9, 0.999));
    const top = peak(values);
    expect(top?.index).toBe(11);
    expect(top?.value).toBeCloseTo(6.5685, 3);
  });

  it('the engine agrees: an uncorrected first step is 3.162 α, a corrected one exactly α', () => {
    for (const biasCorrection of [true, false]) {
      const run = runOnProblem(axisValley, { name: 'adam', lr: 0.05, biasCorrection }, { steps: 3, record: true });
      const lengths = stepLengths(run, 0, 0.05);
      expect(lengths[0]).toBeCloseTo(biasCorrection ? 1 : uncorrectedFactor(1, 0.9, 0.999), 4); // ε = 1e-8 against √s1 ≈ 0.013
      expect(stepLengths(run, 1, 0.05)[0]).toBeCloseTo(biasCorrection ? 1 : 3.1623, 4);
    }
  });

  it('peak of an empty array is null', () => {
    expect(peak(new Float64Array(0))).toBeNull();
  });
});
