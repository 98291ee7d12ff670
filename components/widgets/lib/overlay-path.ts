import type { Scales } from './scales.ts';
import { thinPath } from './svg-path.ts';

/**
 * An SVG path through `rows` (data coordinates from `x` and `y`) with `scales`, for a line drawn on
 * a LayeredFigure's overlay as Plot's line mark draws it: straight segments, and a gap (a new "M")
 * wherever a point is missing or lies off the scale (a log scale's 0), as Plot leaves undefined
 * points out of a line. Thinned as the build thins a static frame's paths (thinPath: within half a
 * pixel, to a tenth), since the build's markup carries the overlay of both frames: unthinned, they
 * added 4–7 KB (gzipped) to a chapter.
 */
export function linePath<T>(rows: readonly T[], x: (row: T) => number, y: (row: T) => number, scales: Scales): string {
  let d = '';
  let open = false;
  for (const row of rows) {
    const sx = scales.x(x(row));
    const sy = scales.y(y(row));
    if (!Number.isFinite(sx) || !Number.isFinite(sy)) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${sx},${sy}`;
    open = true;
  }
  return d === '' ? d : thinPath(d);
}

/** A position in pixels to a tenth (no screen shows less), as the build rounds a static frame's. */
export const px = (v: number): number => Math.round(v * 10) / 10;
