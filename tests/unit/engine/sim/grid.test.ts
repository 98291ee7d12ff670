import { describe, expect, it } from 'vitest';
import { axisValley, problems, quadratic1d } from '../../../../src/engine/problems/index.ts';
import {
  cellCentre,
  contourLevels,
  curveSamples,
  logHeight,
  logLevels,
  sampleField,
  sampleGrid,
} from '../../../../src/engine/sim/index.ts';

describe('sampleGrid and sampleField (one sampler)', () => {
  it('sampleField is sampleGrid with positional sizes', () => {
    const a = sampleGrid(axisValley.f, axisValley.domain, { nx: 9, ny: 4 });
    const b = sampleField(axisValley.f, axisValley.domain, 9, 4);
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    expect([b.nx, b.ny, b.min, b.max, b.missing]).toEqual([a.nx, a.ny, a.min, a.max, a.missing]);
    // Cell (0, 0) is centred at x = -4.5 + 0.5, y = -2 + 0.5.
    expect(a.values[0]).toBeCloseTo(axisValley.f(Float64Array.of(-4, -1.5)), 12);
  });

  it('counts the cells where f is not finite', () => {
    const grid = sampleGrid((w) => Math.sqrt(w[0]!), { x: [-1, 1], y: [0, 1] }, { nx: 4, ny: 3 });
    expect(grid.missing).toBe(6);
    expect(sampleGrid(axisValley.f, axisValley.domain, { nx: 5 }).missing).toBe(0);
  });
});

describe('contourLevels, quadratic scale', () => {
  it('level k sits at floor + range · (k / (count + 1))², so a bowl gets evenly spaced rings', () => {
    const grid = sampleGrid(axisValley.f, axisValley.domain, { nx: 9, ny: 4 });
    const levels = contourLevels(grid, { count: 3, scale: 'quadratic' });
    expect(levels).toHaveLength(3);
    const lo = Math.min(...grid.values);
    const hi = Math.max(...grid.values);
    expect(levels[0]).toBeCloseTo(lo + (hi - lo) / 16, 12);
    expect(levels[1]).toBeCloseTo(lo + ((hi - lo) * 4) / 16, 12);
    expect(levels[2]).toBeCloseTo(lo + ((hi - lo) * 9) / 16, 12);
  });

  it('a flat grid has one level', () => {
    expect(contourLevels({ min: 2, max: 2 }, { count: 5, scale: 'quadratic' })).toEqual([2]);
  });
});

describe('logLevels and logHeight', () => {
  const p = problems.illConditioned;

  it('levels are increasing, start at log10(floor) and end at the highest lattice point', () => {
    const levels = logLevels(p, 10);
    expect(levels).toHaveLength(10);
    expect(levels[0]).toBeCloseTo(-2, 12);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
    // A convex bowl is highest at a corner of its domain, which the lattice includes.
    const corners = [p.domain.x[0], p.domain.x[1]].flatMap((x) =>
      [p.domain.y[0], p.domain.y[1]].map((y) => p.f(Float64Array.of(x, y))),
    );
    expect(levels[9]).toBeCloseTo(Math.log10(Math.max(...corners) - (p.minima[0]?.value ?? 0)), 12);
  });

  it('the height is log10 of f above the minimum plus the floor', () => {
    const height = logHeight(p, 0.5);
    const [mx, my] = p.minima[0]!.point;
    expect(height(mx!, my!)).toBeCloseTo(Math.log10(0.5), 12);
    expect(height(1, 1)).toBeCloseTo(Math.log10(p.f(Float64Array.of(1, 1)) - p.minima[0]!.value + 0.5), 12);
  });
});

describe('curveSamples', () => {
  it('n evenly spaced points over the domain, ends included', () => {
    const points = curveSamples(quadratic1d, 5);
    const [lo, hi] = quadratic1d.domain;
    expect(points).toHaveLength(5);
    expect(points[0]!.w).toBe(lo);
    expect(points[4]!.w).toBeCloseTo(hi, 12);
    expect(points[2]!.w).toBeCloseTo((lo + hi) / 2, 12);
    for (const { w, loss } of points) expect(loss).toBeCloseTo(quadratic1d.f(Float64Array.of(w)), 12);
  });

  it('takes another interval when given', () => {
    expect(curveSamples(quadratic1d, 3, [-2, 2]).map((p) => p.w)).toEqual([-2, 0, 2]);
  });
});

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
