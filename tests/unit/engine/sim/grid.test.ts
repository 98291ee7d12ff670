import { describe, expect, it } from 'vitest';
import { problems } from '../../../../src/engine/problems/index.ts';
import { cellCentre, contourLevels, sampleGrid } from '../../../../src/engine/sim/grid.ts';

describe('sampleGrid', () => {
  it('samples f at cell centres, row-major from the bottom row', () => {
    const grid = sampleGrid((w) => w[0]! + 10 * w[1]!, { x: [0, 4], y: [0, 2] }, { nx: 4, ny: 2 });
    expect(grid.nx).toBe(4);
    expect(grid.ny).toBe(2);
    // x centres 0.5, 1.5, 2.5, 3.5; y centres 0.5, 1.5.
    expect([...grid.values]).toEqual([5.5, 6.5, 7.5, 8.5, 15.5, 16.5, 17.5, 18.5]);
    expect(grid.min).toBe(5.5);
    expect(grid.max).toBe(18.5);
    expect(cellCentre([0, 4], 4, 3)).toBe(3.5);
  });

  it('matches the problem at every sample and finds the bowl bottom near its minimum', () => {
    const p = problems.illConditioned;
    const grid = sampleGrid(p.f, p.domain, { nx: 61 });
    expect(grid.values).toHaveLength(61 * 61);
    const at = new Float64Array(2);
    for (const [i, j] of [
      [0, 0],
      [30, 30],
      [60, 12],
      [7, 59],
    ] as const) {
      at[0] = cellCentre(p.domain.x, 61, i);
      at[1] = cellCentre(p.domain.y, 61, j);
      expect(grid.values[j * 61 + i]).toBe(p.f(at));
    }
    expect(grid.min).toBe(0); // 61 cells: the centre cell sits exactly on (0, 0)
    expect(grid.max).toBeCloseTo(
      p.f(Float64Array.of(cellCentre(p.domain.x, 61, 0), cellCentre(p.domain.y, 61, 60))),
      12,
    );
  });

  it('stores non-finite values as NaN and keeps them out of min and max', () => {
    const grid = sampleGrid((w) => (w[0]! < 0 ? Infinity : w[0]!), { x: [-1, 1], y: [0, 1] }, { nx: 2, ny: 2 });
    expect(Number.isNaN(grid.values[0])).toBe(true);
    expect(grid.min).toBe(0.5);
    expect(grid.max).toBe(0.5);
  });

  it('rejects bad sizes and domains', () => {
    expect(() => sampleGrid(() => 0, { x: [0, 1], y: [0, 1] }, { nx: 1 })).toThrow(RangeError);
    expect(() => sampleGrid(() => 0, { x: [1, 0], y: [0, 1] })).toThrow(/domain\.x/);
  });
});

describe('contourLevels', () => {
  it('log levels are evenly spaced in log(f - floor), from ratio * range, below the top', () => {
    const levels = contourLevels({ min: 0, max: 1000 }, { count: 3, ratio: 1e-3 });
    expect(levels[0]).toBeCloseTo(1, 10);
    expect(levels[1]).toBeCloseTo(10, 10);
    expect(levels[2]).toBeCloseTo(100, 10);
  });
  it('respects floor and linear scale', () => {
    expect(contourLevels({ min: -5, max: 5 }, { count: 4, scale: 'linear' })).toEqual([-3, -1, 1, 3]);
    const levels = contourLevels({ min: 3, max: 103 }, { count: 2, floor: 2, ratio: 0.01 });
    expect(levels[0]).toBeCloseTo(2 + 1.01, 10);
  });
  it('a flat grid gives one level', () => {
    expect(contourLevels({ min: 2, max: 2 })).toEqual([2]);
  });
});
