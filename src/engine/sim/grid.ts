/**
 * A loss surface sampled on a regular grid, for contour maps and heat maps, the contour levels to
 * draw on it, and a curve sampled for a line chart. Every widget that draws a surface or a curve
 * samples it here, so there is one sampling rule (cell centres) for all of them.
 *
 * ```ts
 * const grid = sampleGrid(problems.illConditioned.f, problems.illConditioned.domain, { nx: 80, ny: 80 });
 * grid.values;                         // nx * ny numbers, row-major: row j is y = yAt(j), column i is x = xAt(i)
 * const levels = contourLevels(grid, { count: 12, scale: 'log' });
 * shadeValues(grid);                   // the same grid on a log scale above its minimum, for colours
 * curveSamples(problems.quadratic1d, 200); // [{ w, loss }, ...] evenly spaced over the curve's domain
 * ```
 *
 * Sampling is at cell centres: the domain is cut into nx × ny equal cells and f is evaluated at
 * the centre of each, x_i = x0 + (i + ½)·dx. That is the layout Observable Plot's `contour` and
 * `raster` marks expect for `{ width: nx, height: ny, x1: x0, x2: x1, y1: y0, y2: y1 }` (row 0 at
 * y0). Non-finite values of f are stored as NaN and left out of `min`/`max`.
 */
import type { Curve, Interval, Surface } from '../problems/index.ts';
import { exp, log, log10 } from '../math/index.ts';

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
  /** Number of cells whose value is not finite (a typed formula such as log(x) outside its domain). */
  readonly missing: number;
}

/** The name the heat-map code used for a grid before the two samplers were merged. */
export type Field = Grid;

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
  let missing = 0;
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
        missing++;
      }
    }
  }
  if (min === Infinity) min = max = 0;
  return { nx, ny, x: [domain.x[0], domain.x[1]], y: [domain.y[0], domain.y[1]], values, min, max, missing };
}

export interface LevelOptions {
  /** How many levels, an integer >= 1. Default 12. */
  count?: number;
  /**
   * 'log' (default): the heights above the lowest value, f − floor, are spaced evenly on a log
   * scale, so the levels crowd near the minimum where a run spends its time and thin out on the
   * steep walls. 'linear': evenly spaced from floor to top. 'quadratic': level k sits at
   * floor + range · (k / (count + 1))², so the rings of a quadratic bowl are evenly spaced in distance.
   */
  scale?: 'log' | 'linear' | 'quadratic';
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
  const scale = options.scale ?? 'log';
  if (scale === 'linear') return Array.from({ length: count }, (_, k) => floor + (range * (k + 1)) / (count + 1));
  if (scale === 'quadratic') return Array.from({ length: count }, (_, k) => floor + range * ((k + 1) / (count + 1)) ** 2);
  const ratio = options.ratio ?? 1e-3;
  if (!(ratio > 0 && ratio < 1)) throw new RangeError(`ratio must be in (0, 1), got ${ratio}`);
  const lo = log(range * ratio);
  const hi = log(range);
  if (count === 1) return [floor + exp(lo)];
  // The top level itself would only outline the grid's highest corner: stop one step short of it.
  return Array.from({ length: count }, (_, k) => floor + exp(lo + ((hi - lo) * k) / count));
}

/** `sampleGrid` with positional sizes, as the heat maps call it. */
export const sampleField = (f: (w: Float64Array) => number, domain: { readonly x: Interval; readonly y: Interval }, nx: number, ny: number): Grid =>
  sampleGrid(f, domain, { nx, ny });

/**
 * The grid on a log scale above its minimum: log10(v - min + floor), with floor = 1e-3 of the
 * range (1e-12 if the grid is flat). Loss surfaces span many orders of magnitude (Rosenbrock:
 * 0 to 2,500), and evenly spaced colours on this scale show both the valley floor and the walls.
 * NaN stays NaN.
 */
export function shadeValues(grid: Grid): Float64Array {
  const range = grid.max - grid.min;
  const floor = range > 0 ? range * 1e-3 : 1e-12;
  const out = new Float64Array(grid.values.length);
  for (let k = 0; k < out.length; k++) {
    const v = grid.values[k]!;
    out[k] = Number.isNaN(v) ? NaN : log10(v - grid.min + floor);
  }
  return out;
}

/**
 * Contour levels for a surface drawn through `logHeight`: `count` levels evenly spaced in
 * log10(f - fmin + floor), from `floor` up to the largest height on a coarse 25 × 25 lattice
 * (corners and edges included). Log spacing keeps both the flat floor of a valley and its steep
 * walls readable. fmin is the surface's first listed minimum (0 if it lists none).
 */
export function logLevels(surface: Pick<Surface, 'f' | 'domain' | 'minima'>, count: number, floor = 1e-2): number[] {
  const { x, y } = surface.domain;
  const fmin = surface.minima[0]?.value ?? 0;
  const at = new Float64Array(2);
  let top = floor;
  const n = 24;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= n; j++) {
      at[0] = x[0] + ((x[1] - x[0]) * i) / n;
      at[1] = y[0] + ((y[1] - y[0]) * j) / n;
      const value = surface.f(at) - fmin;
      if (Number.isFinite(value) && value > top) top = value;
    }
  }
  const lo = log10(floor);
  const hi = log10(top);
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
}

/** The height `logLevels` is measured in, as a function of (x, y) for Plot's contour: log10(max(0, f - fmin) + floor). */
export function logHeight(surface: Pick<Surface, 'f' | 'minima'>, floor = 1e-2): (x: number, y: number) => number {
  const fmin = surface.minima[0]?.value ?? 0;
  const at = new Float64Array(2);
  return (x, y) => {
    at[0] = x;
    at[1] = y;
    return log10(Math.max(0, surface.f(at) - fmin) + floor);
  };
}

/** `count` numbers spaced evenly on a log scale from lo to hi (both included, hi exactly). */
export function logSpace(lo: number, hi: number, count: number): Float64Array {
  if (!(lo > 0) || !(hi > lo) || !Number.isSafeInteger(count) || count < 2) {
    throw new RangeError(`logSpace needs 0 < lo < hi and an integer count >= 2, got ${lo}, ${hi}, ${count}`);
  }
  const out = new Float64Array(count);
  const a = log10(lo);
  const b = log10(hi);
  for (let i = 0; i < count; i++) out[i] = 10 ** (a + ((b - a) * i) / (count - 1));
  out[count - 1] = hi;
  return out;
}

/** Points of a curve for drawing, `n` of them evenly spaced over [lo, hi] (default: its domain), ends included. */
export function curveSamples(curve: Pick<Curve, 'f' | 'domain'>, n: number, [lo, hi]: readonly [number, number] = curve.domain): { w: number; loss: number }[] {
  const at = new Float64Array(1);
  return Array.from({ length: n }, (_, i) => {
    at[0] = lo + ((hi - lo) * i) / (n - 1);
    return { w: at[0], loss: curve.f(at) };
  });
}

/**
 * `count` levels spaced evenly strictly between the smallest and largest finite value of `values`
 * (lo + (hi − lo)·k/(count + 1), k = 1..count), for contour lines of `shadeValues`; none when the
 * values are flat or none is finite.
 */
export function evenLevels(values: ArrayLike<number>, count: number): number[] {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be an integer >= 1, got ${count}`);
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || !(hi > lo)) return [];
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * (i + 1)) / (count + 1));
}
