/**
 * A loss surface sampled on a regular grid, for contour maps and heat maps.
 *
 * ```ts
 * const field = sampleField(rosenbrock.f, rosenbrock.domain, 80, 60);
 * field.values[j * field.nx + i]; // f at x = x0 + i * dx, y = y0 + j * dy (row j = y from low to high)
 * shadeValues(field);             // the same grid on a log scale above its minimum, for colours and contour levels
 * ```
 *
 * Non-finite values (a typed formula such as log(x) outside its domain) are stored as NaN and
 * skipped by `min`/`max`, so a drawing can leave those cells blank.
 */
import type { Interval } from '../problems/index.ts';

export interface Field {
  /** Columns (along x) and rows (along y). */
  readonly nx: number;
  readonly ny: number;
  readonly x: Interval;
  readonly y: Interval;
  /** nx * ny values, row-major; row 0 is the lowest y, column 0 the lowest x. Cell centres are sampled. */
  readonly values: Float64Array;
  /** Smallest and largest finite value (both 0 if there is none). */
  readonly min: number;
  readonly max: number;
  /** Number of cells whose value is not finite. */
  readonly missing: number;
}

/** Samples f at the centres of an nx × ny grid of cells over the domain. */
export function sampleField(
  f: (w: Float64Array) => number,
  domain: { readonly x: Interval; readonly y: Interval },
  nx: number,
  ny: number,
): Field {
  if (!Number.isSafeInteger(nx) || nx < 2 || !Number.isSafeInteger(ny) || ny < 2) {
    throw new RangeError(`nx and ny must be integers >= 2, got ${nx} and ${ny}`);
  }
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  if (!(x1 > x0) || !(y1 > y0)) throw new RangeError('the domain must have lo < hi on both axes');
  const values = new Float64Array(nx * ny);
  const at = new Float64Array(2);
  const dx = (x1 - x0) / nx;
  const dy = (y1 - y0) / ny;
  let min = Infinity;
  let max = -Infinity;
  let missing = 0;
  for (let j = 0; j < ny; j++) {
    at[1] = y0 + (j + 0.5) * dy;
    for (let i = 0; i < nx; i++) {
      at[0] = x0 + (i + 0.5) * dx;
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
  if (min > max) min = max = 0;
  return { nx, ny, x: domain.x, y: domain.y, values, min, max, missing };
}

/**
 * The field on a log scale above its minimum: log10(v - min + floor), with floor = 1e-3 of the
 * range (1e-12 if the field is flat). Loss surfaces span many orders of magnitude (Rosenbrock:
 * 0 to 2,500), and evenly spaced contour levels on this scale show both the valley floor and the
 * walls. NaN stays NaN.
 */
export function shadeValues(field: Field): Float64Array {
  const range = field.max - field.min;
  const floor = range > 0 ? range * 1e-3 : 1e-12;
  const out = new Float64Array(field.values.length);
  for (let k = 0; k < out.length; k++) {
    const v = field.values[k]!;
    out[k] = Number.isNaN(v) ? NaN : Math.log10(v - field.min + floor);
  }
  return out;
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
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || !(hi > lo)) return [];
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * (i + 1)) / (count + 1));
}

/** `count` learning rates spaced evenly on a log scale from lo to hi (both included). */
export function logSpace(lo: number, hi: number, count: number): Float64Array {
  if (!(lo > 0) || !(hi > lo) || !Number.isSafeInteger(count) || count < 2) {
    throw new RangeError(`logSpace needs 0 < lo < hi and an integer count >= 2, got ${lo}, ${hi}, ${count}`);
  }
  const out = new Float64Array(count);
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  for (let i = 0; i < count; i++) out[i] = 10 ** (a + ((b - a) * i) / (count - 1));
  out[count - 1] = hi;
  return out;
}
