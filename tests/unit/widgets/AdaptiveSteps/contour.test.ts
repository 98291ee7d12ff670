import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/axis-valley.ts';
import { contourLevels, sampleGrid } from '../../../../components/widgets/AdaptiveSteps/contour.ts';

describe('AdaptiveSteps contour grid', () => {
  it('the contour grid samples f at cell centres, and levels rise quadratically', () => {
    const grid = sampleGrid(axisValley, 9, 4);
    expect(grid.values).toHaveLength(36);
    // Cell (0, 0) is centred at x = -4.5 + 0.5, y = -2 + 0.5.
    expect(grid.values[0]).toBeCloseTo(axisValley.f(Float64Array.of(-4, -1.5)), 12);
    const levels = contourLevels(grid, 3);
    expect(levels).toHaveLength(3);
    const lo = Math.min(...grid.values);
    const hi = Math.max(...grid.values);
    expect(levels[0]).toBeCloseTo(lo + (hi - lo) / 16, 12);
    expect(levels[2]).toBeCloseTo(lo + ((hi - lo) * 9) / 16, 12);
  });
});
