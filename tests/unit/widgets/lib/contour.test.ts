import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { contourMarks, gridContour, pathPoints } from '../../../../components/widgets/lib/contour.ts';
import { axisValley, problems, surfaceIds } from '../../../../src/engine/problems/index.ts';
import { contourLevels, runOnProblem, sampleGrid, type Grid } from '../../../../src/engine/sim/index.ts';

describe('pathPoints', () => {
  const flat = Float64Array.of(0, 0, 1, 10, 2, 20, 3, 30, 4, 40);

  it('takes steps 0..count of a flattened path, all of it by default', () => {
    expect(pathPoints(flat, 2)).toEqual([
      { k: 0, x: 0, y: 0 },
      { k: 1, x: 1, y: 10 },
      { k: 2, x: 2, y: 20 },
    ]);
    expect(pathPoints(flat)).toHaveLength(5);
    expect(pathPoints(flat, 99)).toHaveLength(5);
  });

  it('thins to about max points, keeping the start and the last step asked for', () => {
    expect(pathPoints(flat, 4, 2).map((p) => p.k)).toEqual([0, 3, 4]);
    const run = runOnProblem(axisValley, { name: 'adagrad', lr: 0.3 }, { steps: 3000 });
    const path = pathPoints(run.points, 2500, 100);
    expect(path.length).toBeLessThanOrEqual(101);
    expect(path[0]).toEqual({ k: 0, x: -4, y: 1.5 });
    expect(path.at(-1)?.k).toBe(2500);
    expect(path.at(-1)?.x).toBe(run.points[5000]);
  });
});

describe('pathPoints, short paths', () => {
  it('takes the first count + 1 points of a flattened path', () => {
    expect(pathPoints([1, 2, 3, 4, 5, 6], 1)).toEqual([
      { k: 0, x: 1, y: 2 },
      { k: 1, x: 3, y: 4 },
    ]);
    expect(pathPoints([1, 2, 3, 4], 10)).toHaveLength(2);
  });
});

/** How a raster mark fills its raster: Plot's own field, the interpolation function, or null for values used as the raster. */
const interpolationOf = (mark: unknown) => (mark as { interpolate: unknown }).interpolate;

describe('contourMarks', () => {
  const mapOf = (
    grid: Grid,
    domain: { x: readonly [number, number]; y: readonly [number, number] },
    width: number,
    interpolate?: 'nearest',
  ) => {
    const levels = contourLevels(grid, { count: 12, scale: 'quadratic' });
    const [mark] = contourMarks(grid, { levels, stroke: 'red', shade: 'blue' }) as Plot.Contour[];
    // The same map with Plot's default interpolation for gridded data.
    const frame = {
      width: grid.nx,
      height: grid.ny,
      x1: grid.x[0],
      x2: grid.x[1],
      y1: grid.y[0],
      y2: grid.y[1],
      thresholds: [...levels],
    };
    const style = { fill: 'blue', fillOpacity: 0.032, stroke: 'red', strokeOpacity: 0.45, strokeWidth: 1 };
    const marks = interpolate ? [Plot.contour(Array.from(grid.values), { ...frame, ...style, interpolate })] : [mark];
    const svg = Plot.plot({
      document: globalThis.__descentServerDocument!,
      width,
      height: Math.round(width / 2),
      x: { domain: domain.x },
      y: { domain: domain.y },
      marks,
    });
    return { mark: mark!, svg: svg.outerHTML };
  };

  it('takes each sample as its own cell: the map Plot draws by nearest neighbour, without triangulating', () => {
    for (const id of surfaceIds) {
      const { domain, f } = problems[id];
      // An odd grid and an odd width: no cell edge falls on a round number.
      const grid = sampleGrid(f, domain, { nx: 61, ny: 37 });
      const map = mapOf(grid, domain, 333);
      expect(interpolationOf(map.mark)).toBeNull();
      expect(map.svg).toContain('<path');
      expect(map.svg).toBe(mapOf(grid, domain, 333, 'nearest').svg);
    }
  }, 20_000);

  it('fills a grid with holes from their neighbours, as Plot does', () => {
    const grid = sampleGrid(axisValley.f, axisValley.domain, { nx: 30, ny: 20 });
    const values = Float64Array.from(grid.values);
    values[5 * 30 + 7] = NaN;
    const holed: Grid = { ...grid, values, missing: 1 };
    expect(interpolationOf(mapOf(holed, axisValley.domain, 360).mark)).toBe(Plot.interpolateNearest);
  });

  it('gridContour: the same for a fill read from a value array, and keeps nearest when that array has holes', () => {
    const grid = sampleGrid(axisValley.f, axisValley.domain, { nx: 45, ny: 30 });
    const heat = Array.from(grid.values);
    const frame = {
      width: 45,
      height: 30,
      x1: grid.x[0],
      x2: grid.x[1],
      y1: grid.y[0],
      y2: grid.y[1],
      value: heat,
      thresholds: [1, 4, 9],
    };
    const svg = (mark: Plot.Markish) =>
      Plot.plot({ document: globalThis.__descentServerDocument!, width: 360, color: { type: 'linear' }, marks: [mark] })
        .outerHTML;
    const fast = gridContour(heat, { ...frame, fill: 'value' });
    expect(interpolationOf(fast)).toBeNull();
    expect(svg(fast)).toBe(svg(Plot.contour(heat, { ...frame, fill: 'value' })));
    const holed = [...heat];
    holed[3] = NaN;
    expect(interpolationOf(gridContour(holed, { ...frame, value: holed, fill: 'value' }))).toBe(
      Plot.interpolateNearest,
    );
  });
});
