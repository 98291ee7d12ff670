import type { Surface } from '../../../src/engine/problems/index.ts';

/**
 * Contour levels for a surface seen from above: `count` levels evenly spaced in log10(f - fmin + floor),
 * from `floor` up to the largest value on the domain's corners and edges (sampled on a coarse grid).
 * Log spacing keeps both the flat floor of a valley and its steep walls readable.
 */
export function logLevels(surface: Surface, count: number, floor = 1e-2): number[] {
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
  const lo = Math.log10(floor);
  const hi = Math.log10(top);
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
}

/** The function Plot.contour samples: log10 of the height above the minimum (plus `floor`). */
export function logHeight(surface: Surface, floor = 1e-2): (x: number, y: number) => number {
  const fmin = surface.minima[0]?.value ?? 0;
  const at = new Float64Array(2);
  return (x, y) => {
    at[0] = x;
    at[1] = y;
    return Math.log10(Math.max(0, surface.f(at) - fmin) + floor);
  };
}
