/**
 * A minimal contour map for the adaptive-step widgets: the surface sampled once on a grid (so a
 * redraw only re-runs Plot's contouring, never the function), and contour levels spaced so that a
 * quadratic bowl gets evenly spaced rings.
 */
import { Plot } from '../lib/plot.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';

export interface Grid {
  /** Row-major samples of f at pixel centres; row 0 is at y = domain.y[0] (Plot's raster order). */
  values: Float64Array;
  width: number;
  height: number;
  x: readonly [number, number];
  y: readonly [number, number];
}

export function sampleGrid(surface: Surface, width: number, height: number): Grid {
  const [x0, x1] = surface.domain.x;
  const [y0, y1] = surface.domain.y;
  const values = new Float64Array(width * height);
  const at = new Float64Array(2);
  for (let j = 0; j < height; j++) {
    at[1] = y0 + ((j + 0.5) * (y1 - y0)) / height;
    for (let i = 0; i < width; i++) {
      at[0] = x0 + ((i + 0.5) * (x1 - x0)) / width;
      values[j * width + i] = surface.f(at);
    }
  }
  return { values, width, height, x: surface.domain.x, y: surface.domain.y };
}

/**
 * `count` levels between the grid's minimum and maximum, spaced quadratically (level k is
 * proportional to k²), so the rings of a quadratic bowl are evenly spaced in distance.
 */
export function contourLevels(grid: Grid, count: number): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of grid.values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) return [lo];
  return Array.from({ length: count }, (_, k) => lo + (hi - lo) * ((k + 1) / (count + 1)) ** 2);
}

/** The contour lines as a Plot mark, in the soft foreground colour. */
export function contourMark(grid: Grid, levels: readonly number[], stroke: string) {
  return Plot.contour(grid.values, {
    width: grid.width,
    height: grid.height,
    x1: grid.x[0],
    x2: grid.x[1],
    y1: grid.y[0],
    y2: grid.y[1],
    thresholds: [...levels],
    stroke,
    strokeOpacity: 0.45,
    fill: 'none',
  });
}
