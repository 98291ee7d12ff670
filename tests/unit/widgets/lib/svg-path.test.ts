import { describe, expect, it } from 'vitest';
import { douglasPeucker, frameTolerance, polylinePath, thinPath } from '../../../../components/widgets/lib/svg-path.ts';

describe('polylinePath', () => {
  it('joins the points, thinned, as relative moves in tenths of a pixel', () => {
    expect(
      polylinePath([
        [0, 1],
        [2.04, 3.96],
      ]),
    ).toBe('M0,1l2,3');
    expect(
      polylinePath([
        [0, 0],
        [1, 0.1],
        [2, 0],
        [2, 5],
      ]),
    ).toBe('M0,0l2,0 0,5');
    expect(
      polylinePath(
        [
          [0, 0],
          [1, 0.1],
          [2, 0],
        ],
        0,
      ),
    ).toBe('M0,0l1,.1 1-.1');
  });

  it('leaves out a point that is not a finite number and starts the line again after it', () => {
    const d = polylinePath([
      [0, 0],
      [1, NaN],
      [2, 2],
      [3, 3],
      [Infinity, 4],
      [5, 5],
    ]);
    expect(d).toBe('M0,0l0,0M2,2l1,1M5,5l0,0');
    expect(polylinePath([[NaN, NaN]])).toBe('');
  });

  it('draws a point alone in its run as a dot, as Plot does (a move to itself: the round cap)', () => {
    expect(polylinePath([[3.04, 4]])).toBe('M3,4l0,0');
    expect(
      polylinePath([
        [1, 1],
        [2, NaN],
        [3, 3],
      ]),
    ).toBe('M1,1l0,0M3,3l0,0');
  });
});

/** The absolute points of a path of M, l (relative) and Z, one array per subpath. */
function absolutePoints(d: string): [number, number][][] {
  return (d.match(/M[^M]*/g) ?? []).map((sub) => {
    const [start, moves = ''] = sub.replace(/Z$/, '').slice(1).split('l');
    const numbers = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [x0, y0] = numbers(start!);
    const points: [number, number][] = [[x0!, y0!]];
    const deltas = numbers(moves);
    for (let i = 0; i < deltas.length; i += 2) {
      const [x, y] = points.at(-1)!;
      points.push([Math.round((x + deltas[i]!) * 10) / 10, Math.round((y + deltas[i + 1]!) * 10) / 10]);
    }
    return points;
  });
}

/** Distance from p to the polyline through `line`. */
function distanceToPolyline([px, py]: readonly number[], line: readonly (readonly number[])[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i] as [number, number];
    const [bx, by] = line[i + 1] as [number, number];
    const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px! - ax) * (bx - ax) + (py! - ay) * (by - ay)) / length2));
    best = Math.min(best, Math.hypot(px! - ax - t * (bx - ax), py! - ay - t * (by - ay)));
  }
  return best;
}

describe('douglasPeucker', () => {
  it('keeps exactly the points the textbook recursion keeps, on paths that turn at every point', () => {
    const naive = (p: [number, number][], tol: number): [number, number][] => {
      if (p.length < 3) return p;
      const [a, b] = [p[0]!, p.at(-1)!];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const l2 = dx * dx + dy * dy;
      let [far, dist] = [-1, tol];
      for (let i = 1; i < p.length - 1; i++) {
        const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[i]![0] - a[0]) * dx + (p[i]![1] - a[1]) * dy) / l2));
        const d = Math.hypot(p[i]![0] - a[0] - t * dx, p[i]![1] - a[1] - t * dy);
        if (d > dist) [far, dist] = [i, d];
      }
      if (far < 0) return [a, b];
      return [...naive(p.slice(0, far + 1), tol).slice(0, -1), ...naive(p.slice(far), tol)];
    };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 200; k++) {
      const zigzag = Array.from({ length: 2 + (k % 60) }, (_, i): [number, number] => [
        i * (0.2 + random()),
        (i % 2 ? 1 : -1) * random() * 3 + (k % 3 === 0 ? 0 : i * 0.1),
      ]);
      for (const tolerance of [0, 0.25, 0.5])
        expect(douglasPeucker(zigzag, tolerance)).toEqual(naive(zigzag, tolerance));
    }
  });

  it('keeps the ends and every point farther than the tolerance from the kept line', () => {
    expect(
      douglasPeucker(
        [
          [0, 0],
          [1, 0.2],
          [2, 0],
          [3, 5],
          [4, 0],
        ],
        0.25,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
    expect(
      douglasPeucker(
        [
          [0, 0],
          [1, 0.3],
          [2, 0],
        ],
        0.25,
      ),
    ).toEqual([
      [0, 0],
      [1, 0.3],
      [2, 0],
    ]);
    expect(
      douglasPeucker(
        [
          [0, 0],
          [1, 1],
        ],
        0.25,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('keeps the turning point of a path that overshoots and comes back along its own line', () => {
    expect(
      douglasPeucker(
        [
          [0, 0],
          [10, 0],
          [5, 0],
        ],
        0.25,
      ),
    ).toEqual([
      [0, 0],
      [10, 0],
      [5, 0],
    ]);
  });

  it('thins a closed ring (first point = last) without collapsing it', () => {
    const ring = Array.from(
      { length: 101 },
      (_, i) => [100 + 50 * Math.cos((i / 50) * Math.PI), 100 + 50 * Math.sin((i / 50) * Math.PI)] as const,
    );
    const kept = douglasPeucker(ring, 0.25);
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(ring.length / 2);
  });
});

describe('thinPath', () => {
  it('writes the kept points as relative moves in tenths of a pixel', () => {
    expect(thinPath('M10.04,20L10.5,20.01L11,20L11,25.55Z')).toBe('M10,20l1,0 0,5.6Z');
    expect(thinPath('M0,10L5,5L10,10L10.25,9.5')).toBe('M0,10l5-5 5,5 .3-.5');
  });

  it('stays within the tolerance (plus the rounding) of a dense curve, with far fewer bytes', () => {
    // A loss curve as Plot writes it: a point per pixel, three decimals.
    const curve = Array.from({ length: 600 }, (_, i) => [20 + i, 300 - 250 * Math.exp(-i / 80) + 3 * Math.sin(i / 7)]);
    const d = `M${curve.map(([x, y]) => `${x!.toFixed(3)},${y!.toFixed(3)}`).join('L')}`;
    const thin = thinPath(d);
    expect(thin.length).toBeLessThan(d.length / 4);
    const [kept] = absolutePoints(thin);
    expect(kept![0]).toEqual([20, 50]);
    expect(kept!.at(-1)).toEqual(curve.at(-1)!.map((v) => Math.round(v * 10) / 10));
    const worst = Math.max(...curve.map((p) => distanceToPolyline(p, kept!)));
    expect(worst).toBeLessThanOrEqual(frameTolerance + 0.1);
  });

  it('keeps each subpath, closed or open, and a path that does not move at all', () => {
    expect(thinPath('M0,0L0,10L10,10ZM20,20L20,30')).toBe('M0,0l0,10 10,0ZM20,20l0,10');
    expect(thinPath('M5,5L5.01,5')).toBe('M5,5l0,0');
    expect(thinPath('M5,5')).toBe('M5,5');
  });

  it('leaves paths it does not fully understand unchanged', () => {
    for (const d of [
      'M0,0C1,1,2,2,3,3',
      'M0,0l1,1',
      'M0,4.5A4.5,4.5,0,1,1,0,-4.5Z',
      'M0,0LNaN,1',
      'M0,0L1,1ZL2,2',
      'M1 1L2 2',
      '',
    ])
      expect(thinPath(d)).toBe(d);
  });
});
