import { describe, expect, it } from 'vitest';
import { boundaryRings, ringsPath } from '../../../../components/widgets/AdamTrainer/decision-boundary.ts';
import { createAdamRace, inputGrid } from '../../../../components/widgets/AdamTrainer/model.ts';

/** A path's rings back as points (what ringsPath wrote: `M x,y L x,y … Z` per ring). */
function pathRings(d: string): [number, number][][] {
  return d
    .split('Z')
    .filter((ring) => ring !== '')
    .map((ring) =>
      ring
        .split(/[ML]/)
        .filter((point) => point !== '')
        .map((point) => point.split(',').map(Number) as [number, number]),
    );
}

/** Whether a point is inside a set of rings, holes included (even-odd: a hole is a ring inside another). */
function inside(rings: readonly [number, number][][], [x, y]: readonly [number, number]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/**
 * The region's path as AdamMap draws it in pixels (x to the right, y flipped: row 0 at the bottom,
 * 20 px a cell), and the grid samples whose value puts them on the wrong side of it.
 */
function regionDisagrees(values: ArrayLike<number>, w: number, h: number): number[] {
  const region = pathRings(ringsPath(boundaryRings(values, w, h, 0.5), w, h, [0, 20 * w], [20 * h, 0]));
  const wrong: number[] = [];
  for (let k = 0; k < w * h; k++) {
    const sample = [20 * ((k % w) + 0.5), 20 * h - 20 * (Math.floor(k / w) + 0.5)] as const;
    if (inside(region, sample) !== values[k]! >= 0.5) wrong.push(k);
  }
  return wrong;
}

describe('AdamTrainer decision boundary', () => {
  it('the region on the map holds exactly the grid samples a trained network puts in class 1', () => {
    const { race, mlp } = createAdamRace({
      dataset: 'moons',
      batch: '16',
      adamLr: 0.01,
      rmspropLr: 0.01,
      momentumLr: 0.05,
      seed: 3,
    });
    race.run(300);
    const grid = inputGrid('moons', 36, 30);
    const probs = new Float64Array(36 * 30);
    mlp.predict(race.trainers[0]!.params, grid.X, probs);
    const classOne = probs.filter((p) => p >= 0.5).length;
    expect(classOne).toBeGreaterThan(100);
    expect(classOne).toBeLessThan(36 * 30 - 100);
    expect(regionDisagrees(probs, 36, 30)).toEqual([]);
  });

  it('a hole in the region stays a hole; a grid all above is closed along its border; no number, no region', () => {
    const w = 7;
    const h = 5;
    // Class 1 but for one sample in the middle and the right-hand column.
    const hole = Float64Array.from({ length: w * h }, (_, k) => (k === 2 * w + 3 || k % w === w - 1 ? 0.2 : 0.9));
    expect(boundaryRings(hole, w, h, 0.5)).toHaveLength(2);
    expect(regionDisagrees(hole, w, h)).toEqual([]);
    const full = new Float64Array(w * h).fill(1);
    expect(boundaryRings(full, w, h, 0.5)).toHaveLength(1);
    expect(regionDisagrees(full, w, h)).toEqual([]);
    expect(boundaryRings(new Float64Array(w * h).fill(NaN), w, h, 0.5)).toEqual([]);
  });

  it('a path in pixels: the grid spans the given ranges, each ring closed, to tenths', () => {
    const values = Float64Array.from([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    // One sample above: a diamond around the middle sample (grid 1.5, 1.5), half a cell either way.
    expect(ringsPath(boundaryRings(values, 3, 3, 0.5), 3, 3, [0, 30], [300, 0])).toBe('M20,150L15,200L10,150L15,100Z');
  });
});
