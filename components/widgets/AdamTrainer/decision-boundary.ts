/**
 * The decision map's region where the network predicts class 1: its grid's 0.5 contour, traced by
 * d3-contour as Plot's contour mark traces it, drawn as one path on the map's overlay. Plot rebuilt
 * the whole map (axes, frame, 150 dots) to move this one path at every redraw while training.
 */
import { contours } from 'd3-contour';

/** A ring's points in grid units: x in [0, width], y in [0, height], sample (i, j) at (i + ½, j + ½). */
export type Ring = [number, number][];

/**
 * The rings (outer rings and holes, in d3's order) of the region where `values` (a `width` ×
 * `height` grid, row-major) are at least `threshold`. A value that is not a number counts as below;
 * the grid's outside too, so a region that reaches the border is closed along it.
 */
export function boundaryRings(values: ArrayLike<number>, width: number, height: number, threshold: number): Ring[] {
  const [region] = contours().size([width, height]).thresholds([threshold])(values);
  return region!.coordinates.flat();
}

/**
 * The rings as one SVG path in pixels: grid x 0..width onto `x` (left to right edge of the grid's
 * domain), grid y 0..height onto `y` (row 0's edge first), to tenths of a pixel.
 */
export function ringsPath(
  rings: readonly Ring[],
  width: number,
  height: number,
  x: readonly [number, number],
  y: readonly [number, number],
): string {
  const kx = (x[1] - x[0]) / width;
  const ky = (y[1] - y[0]) / height;
  const tenth = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (const ring of rings) {
    ring.forEach(([gx, gy], i) => {
      if (i === ring.length - 1) return;
      d += `${i === 0 ? 'M' : 'L'}${tenth(x[0] + gx * kx)},${tenth(y[0] + gy * ky)}`;
    });
    d += 'Z';
  }
  return d;
}
