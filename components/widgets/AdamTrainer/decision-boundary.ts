/**
 * The decision map's region where the network predicts class 1: the rings of a grid's contour at
 * one threshold, as d3-contour traces them for Plot's contour mark (marching squares with d3's case
 * table and its linear smoothing; the grid's outside counts as below the threshold, so a region
 * that reaches the border is closed along it). Plot rebuilt the whole map (axes, frame, 150 dots)
 * to move this one path at every redraw while training; the widget now draws the path on the map's
 * overlay from these rings.
 */

/** A ring's points in grid units: x in [0, width], y in [0, height], sample (i, j) at (i + ½, j + ½). */
export type Ring = [number, number][];

// d3-contour's cases: for each of the 16 corner states, the cell's directed segments (region on one
// side), in cell units from the cell's top-left sample.
const cases: readonly (readonly (readonly [readonly [number, number], readonly [number, number]])[])[] = [
  [],
  [
    [
      [1.0, 1.5],
      [0.5, 1.0],
    ],
  ],
  [
    [
      [1.5, 1.0],
      [1.0, 1.5],
    ],
  ],
  [
    [
      [1.5, 1.0],
      [0.5, 1.0],
    ],
  ],
  [
    [
      [1.0, 0.5],
      [1.5, 1.0],
    ],
  ],
  [
    [
      [1.0, 1.5],
      [0.5, 1.0],
    ],
    [
      [1.0, 0.5],
      [1.5, 1.0],
    ],
  ],
  [
    [
      [1.0, 0.5],
      [1.0, 1.5],
    ],
  ],
  [
    [
      [1.0, 0.5],
      [0.5, 1.0],
    ],
  ],
  [
    [
      [0.5, 1.0],
      [1.0, 0.5],
    ],
  ],
  [
    [
      [1.0, 1.5],
      [1.0, 0.5],
    ],
  ],
  [
    [
      [0.5, 1.0],
      [1.0, 0.5],
    ],
    [
      [1.5, 1.0],
      [1.0, 1.5],
    ],
  ],
  [
    [
      [1.5, 1.0],
      [1.0, 0.5],
    ],
  ],
  [
    [
      [0.5, 1.0],
      [1.5, 1.0],
    ],
  ],
  [
    [
      [1.0, 1.5],
      [1.5, 1.0],
    ],
  ],
  [
    [
      [0.5, 1.0],
      [1.0, 1.5],
    ],
  ],
  [],
];

/**
 * The rings of the region where `values` (a `width` × `height` grid, row-major) are at least
 * `threshold`. A value that is not a number counts as below.
 */
export function boundaryRings(values: ArrayLike<number>, width: number, height: number, threshold: number): Ring[] {
  const above = (x: number, y: number) =>
    x >= 0 && y >= 0 && x < width && y < height && values[y * width + x]! >= threshold;
  // Each segment's end, by its start (every point on a cell edge starts exactly one segment).
  const stride = 2 * height + 4;
  const key = (x: number, y: number) => (2 * x + 2) * stride + (2 * y + 2);
  const next = new Map<number, [number, number]>();
  const starts: [number, number][] = [];
  for (let y = -1; y < height; y++) {
    for (let x = -1; x < width; x++) {
      const index = +above(x, y + 1) | (+above(x + 1, y + 1) << 1) | (+above(x + 1, y) << 2) | (+above(x, y) << 3);
      for (const [[sx, sy], [ex, ey]] of cases[index]!) {
        const start: [number, number] = [sx + x, sy + y];
        next.set(key(start[0], start[1]), [ex + x, ey + y]);
        starts.push(start);
      }
    }
  }
  const rings: Ring[] = [];
  for (const start of starts) {
    if (!next.has(key(start[0], start[1]))) continue;
    const ring: Ring = [];
    let point = start;
    for (;;) {
      const k = key(point[0], point[1]);
      const end = next.get(k);
      if (end === undefined) break;
      next.delete(k);
      ring.push(smoothed(point, values, width, height, threshold));
      point = end;
    }
    ring.push([ring[0]![0], ring[0]![1]]);
    rings.push(ring);
  }
  return rings;
}

/** A value d3's smoothing can use: not a number is -∞ (below any threshold). */
const valid = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? -Infinity : v);

/** d3-contour's smoothLinear: a point on an inner cell edge moves to where the line between the samples crosses the threshold. */
function smoothed(
  point: [number, number],
  values: ArrayLike<number>,
  width: number,
  height: number,
  threshold: number,
): [number, number] {
  let [x, y] = point;
  const xt = Math.floor(x);
  const yt = Math.floor(y);
  const v1 = valid(values[yt * width + xt]);
  if (x > 0 && x < width && xt === x) x = smooth1(x, valid(values[yt * width + xt - 1]), v1, threshold);
  if (y > 0 && y < height && yt === y) y = smooth1(y, valid(values[(yt - 1) * width + xt]), v1, threshold);
  return [x, y];
}

function smooth1(x: number, v0: number, v1: number, threshold: number): number {
  const a = threshold - v0;
  const b = v1 - v0;
  const d = Number.isFinite(a) || Number.isFinite(b) ? a / b : Math.sign(a) / Math.sign(b);
  return Number.isNaN(d) ? x : x + d - 0.5;
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
