/**
 * A loss surface sampled on a regular grid, for contour maps and heat maps, and the contour
 * levels to draw on it.
 *
 * ```ts
 * const grid = sampleGrid(problems.illConditioned.f, problems.illConditioned.domain, { nx: 80, ny: 80 });
 * grid.values;                         // nx * ny numbers, row-major: row j is y = yAt(j), column i is x = xAt(i)
 * const levels = contourLevels(grid, { count: 12, scale: 'log' });
 * ```
 *
 * Sampling is at cell centres: the domain is cut into nx × ny equal cells and f is evaluated at
 * the centre of each, x_i = x0 + (i + ½)·dx. That is the layout Observable Plot's `contour` and
 * `raster` marks expect for `{ width: nx, height: ny, x1: x0, x2: x1, y1: y0, y2: y1 }` (row 0 at
 * y0). Non-finite values of f are stored as NaN and left out of `min`/`max`.
 */
import type { Interval } from '../problems/index.ts';

export interface GridOptions {
  /** Columns (samples along x), an integer >= 2. Default 80. */
  nx?: number;
  /** Rows (samples along y), an integer >= 2. Default: nx. */
  ny?: number;
}

export interface Grid {
  readonly nx: number;
  readonly ny: number;
  readonly x: Interval;
  readonly y: Interval;
  /** nx * ny values, row-major from y0: values[j * nx + i] = f(xAt(i), yAt(j)). */
  readonly values: Float64Array;
  /** Smallest and largest finite value (0 and 0 if none is finite). */
  readonly min: number;
  readonly max: number;
}

export const gridDefaults = Object.freeze({ nx: 80 });

function checkSize(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 2 || n > 2000) throw new RangeError(`${name} must be an integer from 2 to 2000, got ${n}`);
}

function checkInterval(name: string, [lo, hi]: Interval): void {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) {
    throw new RangeError(`${name} must be a finite interval [lo, hi] with lo < hi, got [${lo}, ${hi}]`);
  }
}

/** The x of column i (a cell centre). */
export const cellCentre = ([lo, hi]: Interval, n: number, i: number): number => lo + ((hi - lo) * (i + 0.5)) / n;

/** Samples f(x, y) at the centres of an nx × ny grid over the domain. Throws `RangeError` for a bad size or domain. */
export function sampleGrid(
  f: (w: Float64Array) => number,
  domain: { readonly x: Interval; readonly y: Interval },
  options: GridOptions = {},
): Grid {
  const nx = options.nx ?? gridDefaults.nx;
  const ny = options.ny ?? nx;
  checkSize('nx', nx);
  checkSize('ny', ny);
  checkInterval('domain.x', domain.x);
  checkInterval('domain.y', domain.y);
  const values = new Float64Array(nx * ny);
  const at = new Float64Array(2);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < ny; j++) {
    at[1] = cellCentre(domain.y, ny, j);
    for (let i = 0; i < nx; i++) {
      at[0] = cellCentre(domain.x, nx, i);
      const v = f(at);
      if (Number.isFinite(v)) {
        values[j * nx + i] = v;
        if (v < min) min = v;
        if (v > max) max = v;
      } else {
        values[j * nx + i] = NaN;
      }
    }
  }
  if (min === Infinity) min = max = 0;
  return { nx, ny, x: [domain.x[0], domain.x[1]], y: [domain.y[0], domain.y[1]], values, min, max };
}

export interface LevelOptions {
  /** How many levels, an integer >= 1. Default 12. */
  count?: number;
  /**
   * 'log' (default): the heights above the lowest value, f − floor, are spaced evenly on a log
   * scale, so the levels crowd near the minimum where a run spends its time and thin out on the
   * steep walls. 'linear': evenly spaced from floor to top.
   */
  scale?: 'log' | 'linear';
  /** The value the levels start above. Default: the grid's min (use a known minimum value if the grid misses it). */
  floor?: number;
  /** The highest level. Default: the grid's max. */
  top?: number;
  /** 'log' only: the lowest level sits at floor + (top − floor) · ratio. Default 1e-3. */
  ratio?: number;
}

/** Contour levels for a grid (ascending). */
export function contourLevels(grid: Pick<Grid, 'min' | 'max'>, options: LevelOptions = {}): number[] {
  const count = options.count ?? 12;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be an integer >= 1, got ${count}`);
  const floor = options.floor ?? grid.min;
  const top = options.top ?? grid.max;
  if (!Number.isFinite(floor) || !Number.isFinite(top)) throw new RangeError('floor and top must be finite');
  const range = top - floor;
  if (!(range > 0)) return [floor];
  if ((options.scale ?? 'log') === 'linear') {
    return Array.from({ length: count }, (_, k) => floor + (range * (k + 1)) / (count + 1));
  }
  const ratio = options.ratio ?? 1e-3;
  if (!(ratio > 0 && ratio < 1)) throw new RangeError(`ratio must be in (0, 1), got ${ratio}`);
  const lo = Math.log(range * ratio);
  const hi = Math.log(range);
  if (count === 1) return [floor + Math.exp(lo)];
  // The top level itself would only outline the grid's highest corner: stop one step short of it.
  return Array.from({ length: count }, (_, k) => floor + Math.exp(lo + ((hi - lo) * k) / count));
}
