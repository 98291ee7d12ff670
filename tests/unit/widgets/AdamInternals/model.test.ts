import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/axis-valley.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import {
  lengthAxisTop,
  peak,
  stepLengths,
  uncorrectedFactor,
} from '../../../../components/widgets/AdamInternals/model.ts';

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

  it('lengthAxisTop: the longest step plus a tenth, at least 1.2, rounded up to a half', () => {
    expect(lengthAxisTop([6.0, 1])).toBe(7); // 6.6 -> 7
    expect(lengthAxisTop([5.9, 6.0])).toBe(7);
    expect(lengthAxisTop([6.4, 1])).toBe(7.5); // 7.04 -> 7.5
    expect(lengthAxisTop([1, 0.5])).toBe(1.5); // at least 1.2
    expect(lengthAxisTop([])).toBe(1.5);
  });

  it('lengthAxisTop keeps the axis for most α keys: 31 values of α from 0.001 to 1 share a handful of tops', () => {
    const tops = new Set<number>();
    for (let i = 0; i <= 30; i++) {
      const lr = 10 ** (-3 + i / 10);
      const runs = [true, false].map((biasCorrection) =>
        runOnProblem(
          axisValley,
          { name: 'adam', lr, beta1: 0.9, beta2: 0.999, biasCorrection },
          { steps: 200, record: true },
        ),
      );
      const top = lengthAxisTop(runs.map((run) => peak(stepLengths(run, 0, lr))?.value ?? 1));
      expect(top).toBeGreaterThanOrEqual(Math.max(...runs.map((run) => peak(stepLengths(run, 0, lr))!.value)) * 1.1);
      tops.add(top);
    }
    expect(tops.size).toBeLessThanOrEqual(9);
  });
});
