/**
 * Drops the points of an SVG path that lie on the straight line between their neighbours.
 *
 * Observable Plot's contour mark traces each filled band cell by cell (marching squares), so the
 * band's edge along the border of the plot is a run of points on one straight line, one per grid
 * cell: on a 640 px contour map about half of the path text. The shape drawn is exactly the same
 * without them, and the page (which ships every figure's first frame as static SVG) is lighter.
 *
 * Only paths made of M, L and Z with absolute coordinates are rewritten; anything else (curves,
 * arcs, relative commands) comes back unchanged. The coordinate texts are kept as written.
 */
export function simplifyPath(d: string): string {
  if (!/^[MLZ0-9.,eE+\-\s]*$/.test(d)) return d;
  if (!d.startsWith('M')) return d;
  const subpaths = d.match(/M[^M]*/g) ?? [];
  const out: string[] = [];
  for (const sub of subpaths) {
    const closed = /Z\s*$/.test(sub);
    const body = sub.replace(/Z\s*$/, '').slice(1);
    if (body.includes('Z')) return d;
    const texts = body.split('L').map((p) => p.trim());
    const points = texts.map((t) => t.split(',').map(Number));
    if (points.some((p) => p.length !== 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return d;
    const keep: number[] = [];
    for (let i = 0; i < points.length; i++) {
      const last = keep.at(-1);
      if (last !== undefined && i < points.length - 1 && between(points[last]!, points[i]!, points[i + 1]!)) continue;
      keep.push(i);
    }
    out.push(`M${keep.map((i) => texts[i]).join('L')}${closed ? 'Z' : ''}`);
  }
  return out.join('');
}

/** Whether b lies on the segment from a to c (so a → b → c is one straight stroke, no turn back). */
function between(a: number[], b: number[], c: number[]): boolean {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const [cx, cy] = c as [number, number];
  const cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const scale = Math.abs(cx - ax) + Math.abs(cy - ay);
  if (Math.abs(cross) > 1e-9 * Math.max(1, scale * scale)) return false;
  return (bx - ax) * (cx - bx) + (by - ay) * (cy - by) >= 0;
}

/**
 * Rounds the coordinates of an SVG path made of M, L and Z (absolute) to tenths of a pixel.
 * Observable Plot writes three decimals; a tenth moves no point by more than 0.05 px, which no
 * screen shows, and the build's two frames of a contour map lose about a fifth of their text.
 * Other paths (curves, arcs, relative commands: Plot's dot symbols) come back unchanged.
 */
export function roundPath(d: string): string {
  if (!/^[MLZ0-9.,\-\s]*$/.test(d) || !d.startsWith('M')) return d;
  return d.replace(/-?\d*\.?\d+/g, (text) => String(Math.round(Number(text) * 10) / 10));
}

/**
 * An SVG polyline through points in pixels, to a tenth of a pixel. A point with a coordinate that
 * is not a finite number (a diverged run's loss, a log of 0) is left out and the line starts
 * again after it: a "NaN" in `d` makes the browser drop the whole path and log an error.
 */
export function polylinePath(points: Iterable<readonly [number, number]>): string {
  let d = '';
  let pen: 'M' | 'L' = 'M';
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = 'M';
      continue;
    }
    d += `${pen}${x.toFixed(1)},${y.toFixed(1)}`;
    pen = 'L';
  }
  return d;
}
