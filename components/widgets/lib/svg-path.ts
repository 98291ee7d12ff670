/**
 * How far (in pixels of the frame) a thinned static frame's lines may stray from Plot's: half a
 * pixel, less than a line's width (1–1.6 px), so a thinned line still covers the place of the
 * original. A frame is shown at 0.8–1.25 × its size (PlotFigure's keepScale).
 */
export const frameTolerance = 0.5;

/**
 * The path of a build's static frame, thinned: within each subpath, only the points needed to stay
 * within `tolerance` pixels of the original polyline are kept (Douglas–Peucker), and the points are
 * written to a tenth of a pixel as relative moves (`l`), which are short. Plot samples a contour
 * band at every grid cell and a loss curve at every step, a few pixels or less apart, so most
 * points of a smooth curve carry no visible information; they were most of a chapter's bytes.
 * Paths other than M/L/Z with absolute coordinates (curves, arcs: dot symbols) come back unchanged.
 */
export function thinPath(d: string, tolerance = frameTolerance): string {
  if (!/^[MLZ0-9.,eE+-]*$/.test(d) || !d.startsWith('M')) return d;
  let out = '';
  for (const sub of d.match(/M[^M]*/g) ?? []) {
    const closed = sub.endsWith('Z');
    const body = (closed ? sub.slice(0, -1) : sub).slice(1);
    if (body.includes('Z')) return d;
    const points = body.split('L').map((text) => text.split(',').map(Number));
    if (points.some((p) => p.length !== 2 || !p.every(Number.isFinite))) return d;
    out += relativePath(douglasPeucker(points as [number, number][], tolerance)) + (closed ? 'Z' : '');
  }
  return out;
}

/**
 * The points of a polyline to keep so that none dropped lies farther than `tolerance` from it.
 * Distances are compared squared, in a loop with no allocation: a path that turns at every point
 * (momentum's or Adam's zigzag across a valley) keeps nearly all its points, which costs the
 * search n² / 2 distances; with Math.hypot and a tuple per distance, 800 such points took 27 ms,
 * inside the render of the reader's key press (an overlay's path is thinned in the browser too).
 */
export function douglasPeucker(
  points: readonly (readonly [number, number])[],
  tolerance: number,
): (readonly [number, number])[] {
  const n = points.length;
  if (n < 3) return [...points];
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) [xs[i], ys[i]] = points[i]!;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const limit = tolerance * tolerance;
  // A stack of spans [a, b], two numbers each.
  const spans = new Int32Array(2 * n);
  spans[0] = 0;
  spans[1] = n - 1;
  let top = 2;
  while (top > 0) {
    const b = spans[--top]!;
    const a = spans[--top]!;
    const ax = xs[a]!;
    const ay = ys[a]!;
    const dx = xs[b]! - ax;
    const dy = ys[b]! - ay;
    const length2 = dx * dx + dy * dy;
    let farthest = -1;
    let distance2 = limit;
    for (let i = a + 1; i < b; i++) {
      const d2 = distanceToSegment2(xs[i]! - ax, ys[i]! - ay, dx, dy, length2);
      if (d2 > distance2) {
        farthest = i;
        distance2 = d2;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans[top++] = a;
    spans[top++] = farthest;
    spans[top++] = farthest;
    spans[top++] = b;
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * The squared distance from p to the segment from a to b, given p − a = (px, py), b − a = (dx, dy)
 * and its squared length (to a itself when a and b coincide: a closed ring). The segment, not its
 * line: a path that overshoots and comes back along the same line (momentum does) keeps its
 * turning point.
 */
function distanceToSegment2(px: number, py: number, dx: number, dy: number, length2: number): number {
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
  const ex = px - t * dx;
  const ey = py - t * dy;
  return ex * ex + ey * ey;
}

/**
 * `M x,y l dx,dy dx,dy ...` in tenths of a pixel. The moves are summed in whole tenths, so the
 * rounding never drifts along a long path; a move that rounds to nothing is left out.
 */
function relativePath(points: readonly (readonly [number, number])[]): string {
  const tenths = points.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
  const [first, ...rest] = tenths;
  if (!first) return '';
  const text = `M${decimal(first[0])},${decimal(first[1])}`;
  let moves = '';
  let [x, y] = first;
  for (const [nx, ny] of rest) {
    if (nx === x && ny === y) continue;
    const pair = `${decimal(nx - x)}${ny - y < 0 ? '' : ','}${decimal(ny - y)}`;
    moves += moves === '' || pair.startsWith('-') ? pair : ` ${pair}`;
    [x, y] = [nx, ny];
  }
  // A path whose moves all round to nothing still draws its point (a round cap), as before.
  if (moves === '' && rest.length > 0) moves = '0,0';
  return moves === '' ? text : `${text}l${moves}`;
}

/** Tenths as the shortest decimal text ("-0.5" is "-.5"). */
const decimal = (tenths: number): string => String(tenths / 10).replace(/^(-?)0\./, '$1.');

/**
 * An SVG polyline through points in pixels, thinned as a static frame is (`thinPath`: within a
 * quarter pixel, relative moves in tenths). A point with a coordinate that is not a finite number
 * (a diverged run's loss, a log of 0) is left out and the line starts again after it: a "NaN" in
 * `d` makes the browser drop the whole path and log an error. A point alone in its run is drawn
 * as a dot (a move to itself, with the line's round cap), as Plot draws it.
 */
export function polylinePath(points: Iterable<readonly [number, number]>, tolerance = frameTolerance): string {
  let d = '';
  let run: (readonly [number, number])[] = [];
  const flush = () => {
    // A run of one point (a line of one step, or one between gaps) draws a dot as Plot's line
    // does ("M x,y Z" with round caps): a move to itself, which draws the round cap.
    if (run.length === 1) d += `${relativePath(run)}l0,0`;
    else if (run.length > 0) d += relativePath(douglasPeucker(run, tolerance));
    run = [];
  };
  for (const point of points) {
    if (Number.isFinite(point[0]) && Number.isFinite(point[1])) run.push(point);
    else flush();
  }
  flush();
  return d;
}
