import type { Scales } from './scales.ts';

/**
 * An SVG path through `rows` (data coordinates from `x` and `y`) with `scales`, for a line drawn on a
 * LayeredFigure's overlay as Plot's line mark draws it: straight segments, coordinates to a tenth
 * of a pixel, and a gap (a new "M") wherever a point is missing or lies off the scale (a log
 * scale's 0), as Plot leaves undefined points out of a line.
 */
export function linePath<T>(rows: readonly T[], x: (row: T) => number, y: (row: T) => number, scales: Scales): string {
  let d = '';
  let open = false;
  for (const row of rows) {
    const px = scales.x(x(row));
    const py = scales.y(y(row));
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${round(px)},${round(py)}`;
    open = true;
  }
  return d;
}

const round = (v: number) => Math.round(v * 10) / 10;
